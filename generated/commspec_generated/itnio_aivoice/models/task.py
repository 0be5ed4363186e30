from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One task of the task list.

    Attributes:
        job_id (int): Task ID.
        name (str): Task name.
        dialog_flow_name (str | Unset): Script name.
        job_phone_number_name (str | Unset): Line name.
        robot_count (int | Unset): AI concurrency used by the task.
        mode (str | Unset): Task startup mode: MANUAL or AUTO.
        hangup_sms (bool | Unset): Whether SMS on hang-up is enabled.
        task_total (int | Unset): Total number of calls.
        task_completed (int | Unset): Number of successful calls.
        status (str | Unset): Task status, e.g. NOT_STARTED. The full list of values is undocumented, so any string is
            kept.
        is_dialog_flow_unbind (bool | Unset): Whether the script is unbound.
        create_time (str | Unset): Creation time, yyyy-MM-dd HH:mm:ss.
    """

    job_id: int
    name: str
    dialog_flow_name: str | Unset = UNSET
    job_phone_number_name: str | Unset = UNSET
    robot_count: int | Unset = UNSET
    mode: str | Unset = UNSET
    hangup_sms: bool | Unset = UNSET
    task_total: int | Unset = UNSET
    task_completed: int | Unset = UNSET
    status: str | Unset = UNSET
    is_dialog_flow_unbind: bool | Unset = UNSET
    create_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        name = self.name

        dialog_flow_name = self.dialog_flow_name

        job_phone_number_name = self.job_phone_number_name

        robot_count = self.robot_count

        mode = self.mode

        hangup_sms = self.hangup_sms

        task_total = self.task_total

        task_completed = self.task_completed

        status = self.status

        is_dialog_flow_unbind = self.is_dialog_flow_unbind

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "name": name,
            }
        )
        if dialog_flow_name is not UNSET:
            field_dict["dialogFlowName"] = dialog_flow_name
        if job_phone_number_name is not UNSET:
            field_dict["jobPhoneNumberName"] = job_phone_number_name
        if robot_count is not UNSET:
            field_dict["robotCount"] = robot_count
        if mode is not UNSET:
            field_dict["mode"] = mode
        if hangup_sms is not UNSET:
            field_dict["hangupSms"] = hangup_sms
        if task_total is not UNSET:
            field_dict["taskTotal"] = task_total
        if task_completed is not UNSET:
            field_dict["taskCompleted"] = task_completed
        if status is not UNSET:
            field_dict["status"] = status
        if is_dialog_flow_unbind is not UNSET:
            field_dict["isDialogFlowUnbind"] = is_dialog_flow_unbind
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        name = d.pop("name")

        dialog_flow_name = d.pop("dialogFlowName", UNSET)

        job_phone_number_name = d.pop("jobPhoneNumberName", UNSET)

        robot_count = d.pop("robotCount", UNSET)

        mode = d.pop("mode", UNSET)

        hangup_sms = d.pop("hangupSms", UNSET)

        task_total = d.pop("taskTotal", UNSET)

        task_completed = d.pop("taskCompleted", UNSET)

        status = d.pop("status", UNSET)

        is_dialog_flow_unbind = d.pop("isDialogFlowUnbind", UNSET)

        create_time = d.pop("createTime", UNSET)

        task = cls(
            job_id=job_id,
            name=name,
            dialog_flow_name=dialog_flow_name,
            job_phone_number_name=job_phone_number_name,
            robot_count=robot_count,
            mode=mode,
            hangup_sms=hangup_sms,
            task_total=task_total,
            task_completed=task_completed,
            status=status,
            is_dialog_flow_unbind=is_dialog_flow_unbind,
            create_time=create_time,
        )

        task.additional_properties = d
        return task

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
