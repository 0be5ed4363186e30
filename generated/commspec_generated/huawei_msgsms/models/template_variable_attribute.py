from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.variable_type import VariableType, check_variable_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateVariableAttribute")


@_attrs_define
class TemplateVariableAttribute:
    """Attributes of one template variable (Huawei's client model SmsTemplateVariableAttrReq; not on any vendor page).
    `variable_desc` is required when `variable_type` is TEXT.

        Attributes:
            variable_index (int): Index of the variable in the template content.
            variable_type (VariableType): Variable type (documented only in Huawei's client, SmsTemplateVariableAttrReq).
            variable_desc (str | Unset): Variable description; required when variable_type is TEXT.
    """

    variable_index: int
    variable_type: VariableType
    variable_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_index = self.variable_index

        variable_type: str = self.variable_type

        variable_desc = self.variable_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_index": variable_index,
                "variable_type": variable_type,
            }
        )
        if variable_desc is not UNSET:
            field_dict["variable_desc"] = variable_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_index = d.pop("variable_index")

        variable_type = check_variable_type(d.pop("variable_type"))

        variable_desc = d.pop("variable_desc", UNSET)

        template_variable_attribute = cls(
            variable_index=variable_index,
            variable_type=variable_type,
            variable_desc=variable_desc,
        )

        template_variable_attribute.additional_properties = d
        return template_variable_attribute

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
