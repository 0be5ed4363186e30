from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        size = self.size

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

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

        return task_list_query
