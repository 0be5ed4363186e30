from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskRef")


@_attrs_define
class TaskRef:
    """
    Attributes:
        app_id (str): Application ID.
        job_id (int): Task ID.
    """

    app_id: str
    job_id: int

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId")

        job_id = d.pop("jobId")

        task_ref = cls(
            app_id=app_id,
            job_id=job_id,
        )

        return task_ref
