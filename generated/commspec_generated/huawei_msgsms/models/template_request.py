from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brackets import Brackets, check_brackets
from ..models.flow_status import FlowStatus, check_flow_status
from ..models.template_region import TemplateRegion, check_template_region
from ..models.template_type import TemplateType, check_template_type
from ..models.universal_template import UniversalTemplate, check_universal_template
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_variable_attribute import TemplateVariableAttribute


T = TypeVar("T", bound="TemplateRequest")


@_attrs_define
class TemplateRequest:
    """Body of create and modify (Huawei's client uses one SmsTemplateReq for both). `brackets` and `sign_id` are valid
    only when region is cn, `send_country` only when region is intl, and international templates are fixed to
    NOTIFY_TYPE. commspec rejects a field that the region does not allow before sending (the vendor would silently
    ignore it).

        Attributes:
            app_id (str): Primary key ID of the application (the `id` of the vendor's query-applications response). An
                unknown application is answered with MSGSMS.0076.
            region (TemplateRegion): Region: cn = Chinese mainland, intl = international.
            template_content (str): Template content, with at most 20 variables `${TXT_n}`, `${NUM_n}` (n 1-20), `${DATE}`,
                `${TIME}` (https://support.huaweicloud.com/intl/en-us/msgsms_faq/sms_faq_0027.html).
            template_name (str): Template name.
            brackets (Brackets | Unset): Bracket type: CN = Chinese brackets, GB = English brackets ([]). The vendor
                processes any other value as CN instead of rejecting it; commspec rejects other values before sending.
            send_country (list[int] | Unset): IDs of the countries or regions the SMSs are sent to (`country_id` of
                `GET /v2/{project_id}/msgsms/country`); valid only when region is intl.
            sign_id (str | Unset): Signature ID (the `id` of the vendor's query-signatures response); valid only when region
                is cn. An unknown signature is answered with MSGSMS.0012.
            template_desc (str | Unset): Template description.
            template_type (TemplateType | Unset): VERIFY_CODE_TYPE = verification code, NOTIFY_TYPE = notification.
            universal_template (UniversalTemplate | Unset): 0 = non-general template, 1 = general template.
            flow_status (FlowStatus | Unset): Process status to set: Pending = to be submitted, Reviewing = to be reviewed.
            variable_attributes (list[TemplateVariableAttribute] | Unset): Attributes of the template's variables
                (documented only in Huawei's client, SmsTemplateReq).
    """

    app_id: str
    region: TemplateRegion
    template_content: str
    template_name: str
    brackets: Brackets | Unset = UNSET
    send_country: list[int] | Unset = UNSET
    sign_id: str | Unset = UNSET
    template_desc: str | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    universal_template: UniversalTemplate | Unset = UNSET
    flow_status: FlowStatus | Unset = UNSET
    variable_attributes: list[TemplateVariableAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        region: str = self.region

        template_content = self.template_content

        template_name = self.template_name

        brackets: str | Unset = UNSET
        if not isinstance(self.brackets, Unset):
            brackets = self.brackets

        send_country: list[int] | Unset = UNSET
        if not isinstance(self.send_country, Unset):
            send_country = self.send_country

        sign_id = self.sign_id

        template_desc = self.template_desc

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type

        universal_template: int | Unset = UNSET
        if not isinstance(self.universal_template, Unset):
            universal_template = self.universal_template

        flow_status: str | Unset = UNSET
        if not isinstance(self.flow_status, Unset):
            flow_status = self.flow_status

        variable_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variable_attributes, Unset):
            variable_attributes = []
            for variable_attributes_item_data in self.variable_attributes:
                variable_attributes_item = variable_attributes_item_data.to_dict()
                variable_attributes.append(variable_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "region": region,
                "template_content": template_content,
                "template_name": template_name,
            }
        )
        if brackets is not UNSET:
            field_dict["brackets"] = brackets
        if send_country is not UNSET:
            field_dict["send_country"] = send_country
        if sign_id is not UNSET:
            field_dict["sign_id"] = sign_id
        if template_desc is not UNSET:
            field_dict["template_desc"] = template_desc
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if universal_template is not UNSET:
            field_dict["universal_template"] = universal_template
        if flow_status is not UNSET:
            field_dict["flow_status"] = flow_status
        if variable_attributes is not UNSET:
            field_dict["variable_attributes"] = variable_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_variable_attribute import TemplateVariableAttribute  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        region = check_template_region(d.pop("region"))

        template_content = d.pop("template_content")

        template_name = d.pop("template_name")

        _brackets = d.pop("brackets", UNSET)
        brackets: Brackets | Unset
        if isinstance(_brackets, Unset):
            brackets = UNSET
        else:
            brackets = check_brackets(_brackets)

        send_country = cast(list[int], d.pop("send_country", UNSET))

        sign_id = d.pop("sign_id", UNSET)

        template_desc = d.pop("template_desc", UNSET)

        _template_type = d.pop("template_type", UNSET)
        template_type: TemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = check_template_type(_template_type)

        _universal_template = d.pop("universal_template", UNSET)
        universal_template: UniversalTemplate | Unset
        if isinstance(_universal_template, Unset):
            universal_template = UNSET
        else:
            universal_template = check_universal_template(_universal_template)

        _flow_status = d.pop("flow_status", UNSET)
        flow_status: FlowStatus | Unset
        if isinstance(_flow_status, Unset):
            flow_status = UNSET
        else:
            flow_status = check_flow_status(_flow_status)

        _variable_attributes = d.pop("variable_attributes", UNSET)
        variable_attributes: list[TemplateVariableAttribute] | Unset = UNSET
        if _variable_attributes is not UNSET:
            variable_attributes = []
            for variable_attributes_item_data in _variable_attributes:
                variable_attributes_item = TemplateVariableAttribute.from_dict(
                    variable_attributes_item_data
                )

                variable_attributes.append(variable_attributes_item)

        template_request = cls(
            app_id=app_id,
            region=region,
            template_content=template_content,
            template_name=template_name,
            brackets=brackets,
            send_country=send_country,
            sign_id=sign_id,
            template_desc=template_desc,
            template_type=template_type,
            universal_template=universal_template,
            flow_status=flow_status,
            variable_attributes=variable_attributes,
        )

        template_request.additional_properties = d
        return template_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
