from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_flow_summary_advanced import (
    CallFlowSummaryAdvanced,
    check_call_flow_summary_advanced,
)
from ..models.call_flow_summary_template_type import (
    CallFlowSummaryTemplateType,
    check_call_flow_summary_template_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallFlowSummary")


@_attrs_define
class CallFlowSummary:
    """One flow of getCallFlows; every field is optional because `req_fields` selects them.

    Attributes:
        template_name (str | Unset): Flow name (tna).
        template_notes (None | str | Unset): Flow notes (tno).
        template_type (CallFlowSummaryTemplateType | Unset): DEFAULT (built-in) or CUSTOM (made by the account) (tt).
        created (str | Unset): Creation date-time (c); the format is undocumented, so it is kept as text.
        advanced (CallFlowSummaryAdvanced | Unset): YES for advanced templates (a).
    """

    template_name: str | Unset = UNSET
    template_notes: None | str | Unset = UNSET
    template_type: CallFlowSummaryTemplateType | Unset = UNSET
    created: str | Unset = UNSET
    advanced: CallFlowSummaryAdvanced | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        template_notes: None | str | Unset
        if isinstance(self.template_notes, Unset):
            template_notes = UNSET
        else:
            template_notes = self.template_notes

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type

        created = self.created

        advanced: str | Unset = UNSET
        if not isinstance(self.advanced, Unset):
            advanced = self.advanced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_notes is not UNSET:
            field_dict["template_notes"] = template_notes
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if created is not UNSET:
            field_dict["created"] = created
        if advanced is not UNSET:
            field_dict["advanced"] = advanced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_name = d.pop("template_name", UNSET)

        def _parse_template_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_notes = _parse_template_notes(d.pop("template_notes", UNSET))

        _template_type = d.pop("template_type", UNSET)
        template_type: CallFlowSummaryTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = check_call_flow_summary_template_type(_template_type)

        created = d.pop("created", UNSET)

        _advanced = d.pop("advanced", UNSET)
        advanced: CallFlowSummaryAdvanced | Unset
        if isinstance(_advanced, Unset):
            advanced = UNSET
        else:
            advanced = check_call_flow_summary_advanced(_advanced)

        call_flow_summary = cls(
            template_name=template_name,
            template_notes=template_notes,
            template_type=template_type,
            created=created,
            advanced=advanced,
        )

        call_flow_summary.additional_properties = d
        return call_flow_summary

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
