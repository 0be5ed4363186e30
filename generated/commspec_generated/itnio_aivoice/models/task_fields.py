from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_fields_days_of_week_item import (
    TaskFieldsDaysOfWeekItem,
    check_task_fields_days_of_week_item,
)
from ..models.task_fields_mode import TaskFieldsMode, check_task_fields_mode
from ..models.task_fields_redial_condition_item import (
    TaskFieldsRedialConditionItem,
    check_task_fields_redial_condition_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inactive_date import InactiveDate
    from ..models.inactive_time import InactiveTime


T = TypeVar("T", bound="TaskFields")


@_attrs_define
class TaskFields:
    """Fields shared by taskAdd and taskEdit (https://itniotech.com/api/ai-voice/taskEdit).

    Attributes:
        app_id (str): Application ID.
        name (str): Task name; a duplicate name answers -33.
        dialog_flow_id (int): Script (话术) ID; an invalid one answers -41.
        mode (TaskFieldsMode): MANUAL: started by the taskStart API or in the console. AUTO: starts itself at
            startDateTime.
        daily_start_date_time (str): Time of day, HH:mm (24 h).
        daily_end_date_time (str): Time of day, HH:mm (24 h).
        robot_count (int): AI concurrency used by the task; above the account maximum answers -52.
        job_phone_number_id (int): Line ID.
        redial (bool): Whether to redial automatically.
        start_date_time (str | Unset): Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00).
        end_date_time (str | Unset): Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00).
        inactive_time_list (list[InactiveTime] | Unset): Daily no-call windows, e.g.
            [{"startTime":"12:00","endTime":"13:00"}].
        inactive_date_list (list[InactiveDate] | Unset): No-call date ranges, e.g.
            [{"startDate":"2022-02-05","endDate":"2022-02-07"}].
        days_of_week (list[TaskFieldsDaysOfWeekItem] | Unset): Weekdays on which dialing is allowed, e.g.
            ["MONDAY","TUESDAY"].
        redial_condition (list[TaskFieldsRedialConditionItem] | Unset): Redial only customers whose outcome matches:
            CALL_LOSS (call loss), NO_ANSWER (no answer), BUSY (busy), REFUSED (rejected), POWER_OFF (switched off),
            OUT_OF_SERVICE (suspended), CAN_NOT_CONNECT (cannot connect), FROM_PHONE_ERROR (caller in arrears), SYSTEM_ERROR
            (outbound call failed), VACANT_NUMBER (vacant number). Required when redial is true.
        redial_interval (int | Unset): Redial interval in minutes. Required when redial is true.
        redial_times (int | Unset): Number of redials. Required when redial is true.
    """

    app_id: str
    name: str
    dialog_flow_id: int
    mode: TaskFieldsMode
    daily_start_date_time: str
    daily_end_date_time: str
    robot_count: int
    job_phone_number_id: int
    redial: bool
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    inactive_time_list: list[InactiveTime] | Unset = UNSET
    inactive_date_list: list[InactiveDate] | Unset = UNSET
    days_of_week: list[TaskFieldsDaysOfWeekItem] | Unset = UNSET
    redial_condition: list[TaskFieldsRedialConditionItem] | Unset = UNSET
    redial_interval: int | Unset = UNSET
    redial_times: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        name = self.name

        dialog_flow_id = self.dialog_flow_id

        mode: str = self.mode

        daily_start_date_time = self.daily_start_date_time

        daily_end_date_time = self.daily_end_date_time

        robot_count = self.robot_count

        job_phone_number_id = self.job_phone_number_id

        redial = self.redial

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        inactive_time_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_time_list, Unset):
            inactive_time_list = []
            for inactive_time_list_item_data in self.inactive_time_list:
                inactive_time_list_item = inactive_time_list_item_data.to_dict()
                inactive_time_list.append(inactive_time_list_item)

        inactive_date_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_date_list, Unset):
            inactive_date_list = []
            for inactive_date_list_item_data in self.inactive_date_list:
                inactive_date_list_item = inactive_date_list_item_data.to_dict()
                inactive_date_list.append(inactive_date_list_item)

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item: str = days_of_week_item_data
                days_of_week.append(days_of_week_item)

        redial_condition: list[str] | Unset = UNSET
        if not isinstance(self.redial_condition, Unset):
            redial_condition = []
            for redial_condition_item_data in self.redial_condition:
                redial_condition_item: str = redial_condition_item_data
                redial_condition.append(redial_condition_item)

        redial_interval = self.redial_interval

        redial_times = self.redial_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "name": name,
                "dialogFlowId": dialog_flow_id,
                "mode": mode,
                "dailyStartDateTime": daily_start_date_time,
                "dailyEndDateTime": daily_end_date_time,
                "robotCount": robot_count,
                "jobPhoneNumberId": job_phone_number_id,
                "redial": redial,
            }
        )
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if inactive_time_list is not UNSET:
            field_dict["inactiveTimeList"] = inactive_time_list
        if inactive_date_list is not UNSET:
            field_dict["inactiveDateList"] = inactive_date_list
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week
        if redial_condition is not UNSET:
            field_dict["redialCondition"] = redial_condition
        if redial_interval is not UNSET:
            field_dict["redialInterval"] = redial_interval
        if redial_times is not UNSET:
            field_dict["redialTimes"] = redial_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inactive_date import InactiveDate  # noqa: PLC0415
        from ..models.inactive_time import InactiveTime  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("appId")

        name = d.pop("name")

        dialog_flow_id = d.pop("dialogFlowId")

        mode = check_task_fields_mode(d.pop("mode"))

        daily_start_date_time = d.pop("dailyStartDateTime")

        daily_end_date_time = d.pop("dailyEndDateTime")

        robot_count = d.pop("robotCount")

        job_phone_number_id = d.pop("jobPhoneNumberId")

        redial = d.pop("redial")

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        _inactive_time_list = d.pop("inactiveTimeList", UNSET)
        inactive_time_list: list[InactiveTime] | Unset = UNSET
        if _inactive_time_list is not UNSET:
            inactive_time_list = []
            for inactive_time_list_item_data in _inactive_time_list:
                inactive_time_list_item = InactiveTime.from_dict(
                    inactive_time_list_item_data
                )

                inactive_time_list.append(inactive_time_list_item)

        _inactive_date_list = d.pop("inactiveDateList", UNSET)
        inactive_date_list: list[InactiveDate] | Unset = UNSET
        if _inactive_date_list is not UNSET:
            inactive_date_list = []
            for inactive_date_list_item_data in _inactive_date_list:
                inactive_date_list_item = InactiveDate.from_dict(
                    inactive_date_list_item_data
                )

                inactive_date_list.append(inactive_date_list_item)

        _days_of_week = d.pop("daysOfWeek", UNSET)
        days_of_week: list[TaskFieldsDaysOfWeekItem] | Unset = UNSET
        if _days_of_week is not UNSET:
            days_of_week = []
            for days_of_week_item_data in _days_of_week:
                days_of_week_item = check_task_fields_days_of_week_item(
                    days_of_week_item_data
                )

                days_of_week.append(days_of_week_item)

        _redial_condition = d.pop("redialCondition", UNSET)
        redial_condition: list[TaskFieldsRedialConditionItem] | Unset = UNSET
        if _redial_condition is not UNSET:
            redial_condition = []
            for redial_condition_item_data in _redial_condition:
                redial_condition_item = check_task_fields_redial_condition_item(
                    redial_condition_item_data
                )

                redial_condition.append(redial_condition_item)

        redial_interval = d.pop("redialInterval", UNSET)

        redial_times = d.pop("redialTimes", UNSET)

        task_fields = cls(
            app_id=app_id,
            name=name,
            dialog_flow_id=dialog_flow_id,
            mode=mode,
            daily_start_date_time=daily_start_date_time,
            daily_end_date_time=daily_end_date_time,
            robot_count=robot_count,
            job_phone_number_id=job_phone_number_id,
            redial=redial,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            inactive_time_list=inactive_time_list,
            inactive_date_list=inactive_date_list,
            days_of_week=days_of_week,
            redial_condition=redial_condition,
            redial_interval=redial_interval,
            redial_times=redial_times,
        )

        task_fields.additional_properties = d
        return task_fields

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
