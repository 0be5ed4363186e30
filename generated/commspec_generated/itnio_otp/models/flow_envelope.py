from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_flow import TaskFlow


T = TypeVar("T", bound="FlowEnvelope")


@_attrs_define
class FlowEnvelope:
    """
    Attributes:
        status (str): "0" is success; anything else is a failure code.
        reason (str): The reason for the failure ("success" on success).
        data (None | TaskFlow | Unset):
    """

    status: str
    reason: str
    data: None | TaskFlow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_flow import TaskFlow  # noqa: PLC0415

        status = self.status

        reason = self.reason

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, TaskFlow):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "reason": reason,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_flow import TaskFlow  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        reason = d.pop("reason")

        def _parse_data(data: object) -> None | TaskFlow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TaskFlow.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskFlow | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        flow_envelope = cls(
            status=status,
            reason=reason,
            data=data,
        )

        flow_envelope.additional_properties = d
        return flow_envelope

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
