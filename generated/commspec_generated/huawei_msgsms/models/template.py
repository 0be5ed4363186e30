from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_basic import TenantBasic


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """An SMS template (SmsTemplateResp, Table 5 of
    https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html). Every field may be missing, and every field
    except `id` may be null. Enumerated values are plain strings because responses carry values that cannot be written
    (Adopted, Reject, Disable, PROMOTION_TYPE).

        Attributes:
            id (str | Unset): Primary key; used by get/modify/delete.
            create_time (None | str | Unset): Creation time, `yyyy-MM-dd HH:mm:ss`.
            update_time (None | str | Unset): Last update time, `yyyy-MM-dd HH:mm:ss`.
            customer_id (None | str | Unset): Owner customer ID.
            tenant (None | TenantBasic | Unset): Tenant information.
            template_name (None | str | Unset): Template name.
            template_id (None | str | Unset): OMP-synchronized template ID (not the path `id`).
            template_type (None | str | Unset): VERIFY_CODE_TYPE, NOTIFY_TYPE or PROMOTION_TYPE.
            app_name (None | str | Unset): Application name.
            app_key (None | str | Unset): Application key.
            sign_id (None | str | Unset): Signature primary key.
            template_content (None | str | Unset): Template content.
            has_variable (None | str | Unset): Whether the content has variables.
            template_desc (None | str | Unset): Template description.
            review_desc (None | str | Unset): Reviewer comment.
            review_order (None | str | Unset): Reviewer account.
            flow_status (None | str | Unset): Review state (Pending, Reviewing, Adopted, Reject, Disable).
            universal_template (int | None | Unset): 0 = non-general, 1 = general template.
            status (None | str | Unset): Template status.
            region (None | str | Unset): cn or intl.
            brackets (None | str | Unset): CN or GB.
            site (None | str | Unset): Site.
            urge_status (None | str | Unset): Expedite-review status.
            urge_time (None | str | Unset): Expedite-review time.
            urge_desc (None | str | Unset): Expedite-review description.
            send_country1 (int | None | Unset): Target country 1.
            send_country2 (int | None | Unset): Target country 2.
            send_country3 (int | None | Unset): Target country 3.
            is_support_multiomp (bool | None | Unset): Whether multiple OMPs are supported.
            country_name (None | str | Unset): Names of the top-3 target countries joined with `~`.
    """

    id: str | Unset = UNSET
    create_time: None | str | Unset = UNSET
    update_time: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    tenant: None | TenantBasic | Unset = UNSET
    template_name: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    template_type: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    app_key: None | str | Unset = UNSET
    sign_id: None | str | Unset = UNSET
    template_content: None | str | Unset = UNSET
    has_variable: None | str | Unset = UNSET
    template_desc: None | str | Unset = UNSET
    review_desc: None | str | Unset = UNSET
    review_order: None | str | Unset = UNSET
    flow_status: None | str | Unset = UNSET
    universal_template: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    brackets: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    urge_status: None | str | Unset = UNSET
    urge_time: None | str | Unset = UNSET
    urge_desc: None | str | Unset = UNSET
    send_country1: int | None | Unset = UNSET
    send_country2: int | None | Unset = UNSET
    send_country3: int | None | Unset = UNSET
    is_support_multiomp: bool | None | Unset = UNSET
    country_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_basic import TenantBasic  # noqa: PLC0415

        id = self.id

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        tenant: dict[str, Any] | None | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        elif isinstance(self.tenant, TenantBasic):
            tenant = self.tenant.to_dict()
        else:
            tenant = self.tenant

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_type: None | str | Unset
        if isinstance(self.template_type, Unset):
            template_type = UNSET
        else:
            template_type = self.template_type

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        app_key: None | str | Unset
        if isinstance(self.app_key, Unset):
            app_key = UNSET
        else:
            app_key = self.app_key

        sign_id: None | str | Unset
        if isinstance(self.sign_id, Unset):
            sign_id = UNSET
        else:
            sign_id = self.sign_id

        template_content: None | str | Unset
        if isinstance(self.template_content, Unset):
            template_content = UNSET
        else:
            template_content = self.template_content

        has_variable: None | str | Unset
        if isinstance(self.has_variable, Unset):
            has_variable = UNSET
        else:
            has_variable = self.has_variable

        template_desc: None | str | Unset
        if isinstance(self.template_desc, Unset):
            template_desc = UNSET
        else:
            template_desc = self.template_desc

        review_desc: None | str | Unset
        if isinstance(self.review_desc, Unset):
            review_desc = UNSET
        else:
            review_desc = self.review_desc

        review_order: None | str | Unset
        if isinstance(self.review_order, Unset):
            review_order = UNSET
        else:
            review_order = self.review_order

        flow_status: None | str | Unset
        if isinstance(self.flow_status, Unset):
            flow_status = UNSET
        else:
            flow_status = self.flow_status

        universal_template: int | None | Unset
        if isinstance(self.universal_template, Unset):
            universal_template = UNSET
        else:
            universal_template = self.universal_template

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        brackets: None | str | Unset
        if isinstance(self.brackets, Unset):
            brackets = UNSET
        else:
            brackets = self.brackets

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        urge_status: None | str | Unset
        if isinstance(self.urge_status, Unset):
            urge_status = UNSET
        else:
            urge_status = self.urge_status

        urge_time: None | str | Unset
        if isinstance(self.urge_time, Unset):
            urge_time = UNSET
        else:
            urge_time = self.urge_time

        urge_desc: None | str | Unset
        if isinstance(self.urge_desc, Unset):
            urge_desc = UNSET
        else:
            urge_desc = self.urge_desc

        send_country1: int | None | Unset
        if isinstance(self.send_country1, Unset):
            send_country1 = UNSET
        else:
            send_country1 = self.send_country1

        send_country2: int | None | Unset
        if isinstance(self.send_country2, Unset):
            send_country2 = UNSET
        else:
            send_country2 = self.send_country2

        send_country3: int | None | Unset
        if isinstance(self.send_country3, Unset):
            send_country3 = UNSET
        else:
            send_country3 = self.send_country3

        is_support_multiomp: bool | None | Unset
        if isinstance(self.is_support_multiomp, Unset):
            is_support_multiomp = UNSET
        else:
            is_support_multiomp = self.is_support_multiomp

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if sign_id is not UNSET:
            field_dict["sign_id"] = sign_id
        if template_content is not UNSET:
            field_dict["template_content"] = template_content
        if has_variable is not UNSET:
            field_dict["has_variable"] = has_variable
        if template_desc is not UNSET:
            field_dict["template_desc"] = template_desc
        if review_desc is not UNSET:
            field_dict["review_desc"] = review_desc
        if review_order is not UNSET:
            field_dict["review_order"] = review_order
        if flow_status is not UNSET:
            field_dict["flow_status"] = flow_status
        if universal_template is not UNSET:
            field_dict["universal_template"] = universal_template
        if status is not UNSET:
            field_dict["status"] = status
        if region is not UNSET:
            field_dict["region"] = region
        if brackets is not UNSET:
            field_dict["brackets"] = brackets
        if site is not UNSET:
            field_dict["site"] = site
        if urge_status is not UNSET:
            field_dict["urge_status"] = urge_status
        if urge_time is not UNSET:
            field_dict["urge_time"] = urge_time
        if urge_desc is not UNSET:
            field_dict["urge_desc"] = urge_desc
        if send_country1 is not UNSET:
            field_dict["send_country1"] = send_country1
        if send_country2 is not UNSET:
            field_dict["send_country2"] = send_country2
        if send_country3 is not UNSET:
            field_dict["send_country3"] = send_country3
        if is_support_multiomp is not UNSET:
            field_dict["is_support_multiomp"] = is_support_multiomp
        if country_name is not UNSET:
            field_dict["country_name"] = country_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_basic import TenantBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("create_time", UNSET))

        def _parse_update_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_time = _parse_update_time(d.pop("update_time", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_tenant(data: object) -> None | TenantBasic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_type_0 = TenantBasic.from_dict(data)

                return tenant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantBasic | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_type = _parse_template_type(d.pop("template_type", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_app_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_key = _parse_app_key(d.pop("app_key", UNSET))

        def _parse_sign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign_id = _parse_sign_id(d.pop("sign_id", UNSET))

        def _parse_template_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_content = _parse_template_content(d.pop("template_content", UNSET))

        def _parse_has_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        has_variable = _parse_has_variable(d.pop("has_variable", UNSET))

        def _parse_template_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_desc = _parse_template_desc(d.pop("template_desc", UNSET))

        def _parse_review_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_desc = _parse_review_desc(d.pop("review_desc", UNSET))

        def _parse_review_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_order = _parse_review_order(d.pop("review_order", UNSET))

        def _parse_flow_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_status = _parse_flow_status(d.pop("flow_status", UNSET))

        def _parse_universal_template(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        universal_template = _parse_universal_template(
            d.pop("universal_template", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_brackets(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brackets = _parse_brackets(d.pop("brackets", UNSET))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))

        def _parse_urge_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        urge_status = _parse_urge_status(d.pop("urge_status", UNSET))

        def _parse_urge_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        urge_time = _parse_urge_time(d.pop("urge_time", UNSET))

        def _parse_urge_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        urge_desc = _parse_urge_desc(d.pop("urge_desc", UNSET))

        def _parse_send_country1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        send_country1 = _parse_send_country1(d.pop("send_country1", UNSET))

        def _parse_send_country2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        send_country2 = _parse_send_country2(d.pop("send_country2", UNSET))

        def _parse_send_country3(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        send_country3 = _parse_send_country3(d.pop("send_country3", UNSET))

        def _parse_is_support_multiomp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_support_multiomp = _parse_is_support_multiomp(
            d.pop("is_support_multiomp", UNSET)
        )

        def _parse_country_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_name = _parse_country_name(d.pop("country_name", UNSET))

        template = cls(
            id=id,
            create_time=create_time,
            update_time=update_time,
            customer_id=customer_id,
            tenant=tenant,
            template_name=template_name,
            template_id=template_id,
            template_type=template_type,
            app_name=app_name,
            app_key=app_key,
            sign_id=sign_id,
            template_content=template_content,
            has_variable=has_variable,
            template_desc=template_desc,
            review_desc=review_desc,
            review_order=review_order,
            flow_status=flow_status,
            universal_template=universal_template,
            status=status,
            region=region,
            brackets=brackets,
            site=site,
            urge_status=urge_status,
            urge_time=urge_time,
            urge_desc=urge_desc,
            send_country1=send_country1,
            send_country2=send_country2,
            send_country3=send_country3,
            is_support_multiomp=is_support_multiomp,
            country_name=country_name,
        )

        template.additional_properties = d
        return template

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
