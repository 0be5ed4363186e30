from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskListParams")


@_attrs_define
class TaskListParams:
    """
    Attributes:
        app_id (str): Application ID.
        name (str | Unset): Task name filter (the vendor does not document the matching rule; commspec's mock matches
            substrings).
    """

    app_id: str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appId": app_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId")

        name = d.pop("name", UNSET)

        task_list_params = cls(
            app_id=app_id,
            name=name,
        )

        return task_list_params
