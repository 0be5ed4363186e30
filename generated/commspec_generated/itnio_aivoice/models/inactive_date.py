from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InactiveDate")


@_attrs_define
class InactiveDate:
    """A no-call date range.

    Attributes:
        start_date (str): Date, yyyy-MM-dd.
        end_date (str): Date, yyyy-MM-dd.
    """

    start_date: str
    end_date: str

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        inactive_date = cls(
            start_date=start_date,
            end_date=end_date,
        )

        return inactive_date
