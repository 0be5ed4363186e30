"""Resources for `tasks`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from commspec import _response
from commspec._pagination import AsyncPage, Page
from commspec._resource import AsyncResource, SyncResource, require

from ... import spec as _spec
from ...models import *  # noqa: F403 - the signatures name nested models and literal types
from ...types import UNSET, Unset

if TYPE_CHECKING:
    pass

__all__ = ["Tasks", "AsyncTasks"]


class Tasks(SyncResource):
    """`tasks` operations (blocking)."""

    def create(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: TaskCreateMode,
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        start_date_time: str | Unset = UNSET,
        end_date_time: str | Unset = UNSET,
        inactive_time_list: Sequence[InactiveTime | Mapping[str, Any]] | Unset = UNSET,
        inactive_date_list: Sequence[InactiveDate | Mapping[str, Any]] | Unset = UNSET,
        days_of_week: Sequence[TaskCreateDaysOfWeekItem] | Unset = UNSET,
        redial_condition: Sequence[TaskCreateRedialConditionItem] | Unset = UNSET,
        redial_interval: int | Unset = UNSET,
        redial_times: int | Unset = UNSET,
    ) -> int:
        """Create an outbound task

        `POST /aivoice/taskAdd`
        Same fields as taskEdit minus jobId (https://www.itniotech.cn/api/ai-voice/taskAdd/, reference
        §6 Q21).
        `data` is undocumented; the new jobId is returned (reference §3.3, inferred).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "name": name,
            "dialogFlowId": dialog_flow_id,
            "mode": mode,
            "dailyStartDateTime": daily_start_date_time,
            "dailyEndDateTime": daily_end_date_time,
            "robotCount": robot_count,
            "jobPhoneNumberId": job_phone_number_id,
            "redial": redial,
            "startDateTime": start_date_time,
            "endDateTime": end_date_time,
            "inactiveTimeList": inactive_time_list,
            "inactiveDateList": inactive_date_list,
            "daysOfWeek": days_of_week,
            "redialCondition": redial_condition,
            "redialInterval": redial_interval,
            "redialTimes": redial_times,
        }
        payload = self._client.call(_spec.TASKS_CREATE, call_params, call_body)
        return require(
            _response.parse(_spec.TASKS_CREATE, payload, JobIdEnvelope.from_dict).data
        )

    def edit(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: TaskEditMode,
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        job_id: int,
        start_date_time: str | Unset = UNSET,
        end_date_time: str | Unset = UNSET,
        inactive_time_list: Sequence[InactiveTime | Mapping[str, Any]] | Unset = UNSET,
        inactive_date_list: Sequence[InactiveDate | Mapping[str, Any]] | Unset = UNSET,
        days_of_week: Sequence[TaskEditDaysOfWeekItem] | Unset = UNSET,
        redial_condition: Sequence[TaskEditRedialConditionItem] | Unset = UNSET,
        redial_interval: int | Unset = UNSET,
        redial_times: int | Unset = UNSET,
    ) -> int | None:
        """Edit an outbound task

        `POST /aivoice/taskEdit`
        Source: seed 001_c64d10dc053226f2.txt. Omitted optional fields are left unchanged (reference §6
        Q8).
        `data`: the seed's table says Long, its only wire example is null: nullable int64 (reference §6
        Q4).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "name": name,
            "dialogFlowId": dialog_flow_id,
            "mode": mode,
            "dailyStartDateTime": daily_start_date_time,
            "dailyEndDateTime": daily_end_date_time,
            "robotCount": robot_count,
            "jobPhoneNumberId": job_phone_number_id,
            "redial": redial,
            "jobId": job_id,
            "startDateTime": start_date_time,
            "endDateTime": end_date_time,
            "inactiveTimeList": inactive_time_list,
            "inactiveDateList": inactive_date_list,
            "daysOfWeek": days_of_week,
            "redialCondition": redial_condition,
            "redialInterval": redial_interval,
            "redialTimes": redial_times,
        }
        payload = self._client.call(_spec.TASKS_EDIT, call_params, call_body)
        value = _response.parse(_spec.TASKS_EDIT, payload, JobIdEnvelope.from_dict).data
        return None if isinstance(value, Unset) else value

    def start(
        self,
        *,
        app_id: str,
        job_id: int,
    ) -> None:
        """Start an outbound task

        `POST /aivoice/taskStart`
        Source: https://www.itniotech.cn/api/ai-voice/taskStart/. data is null.
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "jobId": job_id,
        }
        payload = self._client.call(_spec.TASKS_START, call_params, call_body)
        _response.parse(_spec.TASKS_START, payload, NullEnvelope.from_dict)
        return None

    def list(
        self,
        *,
        current: int = 1,
        size: int = 20,
        app_id: str,
        name: str | Unset = UNSET,
    ) -> Page[Task]:
        """Query the task list (paged)

        `POST /aivoice/taskList`
        Source: seed 003_6b7a07d4d7c4b865.txt. Codes 0, -1, -4, -6, -37, -49, -50, -57, -58, -59.
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "current": current,
            "size": size,
            "params": {
                "appId": app_id,
                "name": name,
            },
        }

        def parse(payload: Any) -> TaskPage:
            return require(
                _response.parse(
                    _spec.TASKS_LIST, payload, TaskPageEnvelope.from_dict
                ).data
            )

        return self._client.paginate(_spec.TASKS_LIST, call_params, call_body, parse)


class AsyncTasks(AsyncResource):
    """`tasks` operations (asyncio)."""

    async def create(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: TaskCreateMode,
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        start_date_time: str | Unset = UNSET,
        end_date_time: str | Unset = UNSET,
        inactive_time_list: Sequence[InactiveTime | Mapping[str, Any]] | Unset = UNSET,
        inactive_date_list: Sequence[InactiveDate | Mapping[str, Any]] | Unset = UNSET,
        days_of_week: Sequence[TaskCreateDaysOfWeekItem] | Unset = UNSET,
        redial_condition: Sequence[TaskCreateRedialConditionItem] | Unset = UNSET,
        redial_interval: int | Unset = UNSET,
        redial_times: int | Unset = UNSET,
    ) -> int:
        """Create an outbound task

        `POST /aivoice/taskAdd`
        Same fields as taskEdit minus jobId (https://www.itniotech.cn/api/ai-voice/taskAdd/, reference
        §6 Q21).
        `data` is undocumented; the new jobId is returned (reference §3.3, inferred).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "name": name,
            "dialogFlowId": dialog_flow_id,
            "mode": mode,
            "dailyStartDateTime": daily_start_date_time,
            "dailyEndDateTime": daily_end_date_time,
            "robotCount": robot_count,
            "jobPhoneNumberId": job_phone_number_id,
            "redial": redial,
            "startDateTime": start_date_time,
            "endDateTime": end_date_time,
            "inactiveTimeList": inactive_time_list,
            "inactiveDateList": inactive_date_list,
            "daysOfWeek": days_of_week,
            "redialCondition": redial_condition,
            "redialInterval": redial_interval,
            "redialTimes": redial_times,
        }
        payload = await self._client.call(_spec.TASKS_CREATE, call_params, call_body)
        return require(
            _response.parse(_spec.TASKS_CREATE, payload, JobIdEnvelope.from_dict).data
        )

    async def edit(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: TaskEditMode,
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        job_id: int,
        start_date_time: str | Unset = UNSET,
        end_date_time: str | Unset = UNSET,
        inactive_time_list: Sequence[InactiveTime | Mapping[str, Any]] | Unset = UNSET,
        inactive_date_list: Sequence[InactiveDate | Mapping[str, Any]] | Unset = UNSET,
        days_of_week: Sequence[TaskEditDaysOfWeekItem] | Unset = UNSET,
        redial_condition: Sequence[TaskEditRedialConditionItem] | Unset = UNSET,
        redial_interval: int | Unset = UNSET,
        redial_times: int | Unset = UNSET,
    ) -> int | None:
        """Edit an outbound task

        `POST /aivoice/taskEdit`
        Source: seed 001_c64d10dc053226f2.txt. Omitted optional fields are left unchanged (reference §6
        Q8).
        `data`: the seed's table says Long, its only wire example is null: nullable int64 (reference §6
        Q4).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "name": name,
            "dialogFlowId": dialog_flow_id,
            "mode": mode,
            "dailyStartDateTime": daily_start_date_time,
            "dailyEndDateTime": daily_end_date_time,
            "robotCount": robot_count,
            "jobPhoneNumberId": job_phone_number_id,
            "redial": redial,
            "jobId": job_id,
            "startDateTime": start_date_time,
            "endDateTime": end_date_time,
            "inactiveTimeList": inactive_time_list,
            "inactiveDateList": inactive_date_list,
            "daysOfWeek": days_of_week,
            "redialCondition": redial_condition,
            "redialInterval": redial_interval,
            "redialTimes": redial_times,
        }
        payload = await self._client.call(_spec.TASKS_EDIT, call_params, call_body)
        value = _response.parse(_spec.TASKS_EDIT, payload, JobIdEnvelope.from_dict).data
        return None if isinstance(value, Unset) else value

    async def start(
        self,
        *,
        app_id: str,
        job_id: int,
    ) -> None:
        """Start an outbound task

        `POST /aivoice/taskStart`
        Source: https://www.itniotech.cn/api/ai-voice/taskStart/. data is null.
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "appId": app_id,
            "jobId": job_id,
        }
        payload = await self._client.call(_spec.TASKS_START, call_params, call_body)
        _response.parse(_spec.TASKS_START, payload, NullEnvelope.from_dict)
        return None

    async def list(
        self,
        *,
        current: int = 1,
        size: int = 20,
        app_id: str,
        name: str | Unset = UNSET,
    ) -> AsyncPage[Task]:
        """Query the task list (paged)

        `POST /aivoice/taskList`
        Source: seed 003_6b7a07d4d7c4b865.txt. Codes 0, -1, -4, -6, -37, -49, -50, -57, -58, -59.
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = {
            "current": current,
            "size": size,
            "params": {
                "appId": app_id,
                "name": name,
            },
        }

        def parse(payload: Any) -> TaskPage:
            return require(
                _response.parse(
                    _spec.TASKS_LIST, payload, TaskPageEnvelope.from_dict
                ).data
            )

        return await self._client.paginate(
            _spec.TASKS_LIST, call_params, call_body, parse
        )
