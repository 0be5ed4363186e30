from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="TaskPage")


@_attrs_define
class TaskPage:
    """
    Attributes:
        records (list[Task]):
        total (int): Total number of records.
        size (int): Records per page (the requested size).
        current (int): Current page.
        pages (int): Total pages.
        search_count (bool | Unset): Whether the total was counted (in the vendor's example
    """

    records: list[Task]
    total: int
    size: int
    current: int
    pages: int
    search_count: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        total = self.total

        size = self.size

        current = self.current

        pages = self.pages

        search_count = self.search_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "total": total,
                "size": size,
                "current": current,
                "pages": pages,
            }
        )
        if search_count is not UNSET:
            field_dict["searchCount"] = search_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = Task.from_dict(records_item_data)

            records.append(records_item)

        total = d.pop("total")

        size = d.pop("size")

        current = d.pop("current")

        pages = d.pop("pages")

        search_count = d.pop("searchCount", UNSET)

        task_page = cls(
            records=records,
            total=total,
            size=size,
            current=current,
            pages=pages,
            search_count=search_count,
        )

        task_page.additional_properties = d
        return task_page

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
