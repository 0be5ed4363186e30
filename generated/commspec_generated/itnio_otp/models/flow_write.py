from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow_node import FlowNode


T = TypeVar("T", bound="FlowWrite")


@_attrs_define
class FlowWrite:
    """
    Attributes:
        name (str): Flow name, unique in the account (a duplicate is answered with -20).
        flow (list[FlowNode]): The flow's nodes, in the order they are tried.
    """

    name: str
    flow: list[FlowNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        flow = []
        for flow_item_data in self.flow:
            flow_item = flow_item_data.to_dict()
            flow.append(flow_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "flow": flow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_node import FlowNode  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        flow = []
        _flow = d.pop("flow")
        for flow_item_data in _flow:
            flow_item = FlowNode.from_dict(flow_item_data)

            flow.append(flow_item)

        flow_write = cls(
            name=name,
            flow=flow,
        )

        flow_write.additional_properties = d
        return flow_write

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
