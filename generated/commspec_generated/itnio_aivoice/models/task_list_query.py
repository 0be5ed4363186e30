from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_list_params import TaskListParams


T = TypeVar("T", bound="TaskListQuery")


@_attrs_define
class TaskListQuery:
    """
    Attributes:
        current (int): Page number Default: 1.
        size (int): Records per page. Default: 20.
        params (TaskListParams):
    """

    params: TaskListParams
    current: int = 1
    size: int = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        size = self.size

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "size": size,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_list_params import TaskListParams  # noqa: PLC0415

        d = dict(src_dict)
        current = d.pop("current")

        size = d.pop("size")

        params = TaskListParams.from_dict(d.pop("params"))

        task_list_query = cls(
            current=current,
            size=size,
            params=params,
        )

        task_list_query.additional_properties = d
        return task_list_query

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
