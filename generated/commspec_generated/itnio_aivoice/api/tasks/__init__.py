"""Resources for `tasks`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from commspec.runtime import (
    AsyncPaginator,
    AsyncResource,
    CallOptions,
    Page,
    SyncResource,
    Timeout,
    omit_none,
)
from commspec.runtime import response as _response

from ... import spec as _spec

if TYPE_CHECKING:  # annotations only: see lazy_model
    from ...models import (
        InactiveDate,
        InactiveTime,
        JobIdEnvelope,
        NullEnvelope,
        Task,
        TaskPage,
        TasksCreateResponse,
        TasksListResponse,
    )
    from ...param_types import InactiveDateParam, InactiveTimeParam

__all__ = ["Tasks", "AsyncTasks"]


class Tasks(SyncResource):
    """`tasks` operations (blocking)."""

    def create(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: Literal["MANUAL", "AUTO"],
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        start_date_time: str | None = None,
        end_date_time: str | None = None,
        inactive_time_list: Sequence[InactiveTime | InactiveTimeParam] | None = None,
        inactive_date_list: Sequence[InactiveDate | InactiveDateParam] | None = None,
        days_of_week: Sequence[
            Literal[
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
            ]
        ]
        | None = None,
        redial_condition: Sequence[
            Literal[
                "CALL_LOSS",
                "NO_ANSWER",
                "BUSY",
                "REFUSED",
                "POWER_OFF",
                "OUT_OF_SERVICE",
                "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR",
                "SYSTEM_ERROR",
                "VACANT_NUMBER",
            ]
        ]
        | None = None,
        redial_interval: int | None = None,
        redial_times: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> int:
        """Create an outbound task.

        `POST /aivoice/taskAdd`

        Creates an outbound task with the same fields as `edit` (without `jobId`).

        Vendor documentation: https://www.itniotech.cn/api/ai-voice/taskAdd/

        Args:
            app_id: Application ID. Not empty.
            name: Task name; a duplicate name answers -33. Not empty.
            dialog_flow_id: Script (话术) ID; an invalid one answers -41. At least 1.
            mode: MANUAL: started by the taskStart API or in the console. AUTO: starts itself at
                startDateTime. One of "MANUAL", "AUTO".
            daily_start_date_time: Daily dialing start, e.g. 09:00; not before 09:00 (-48). Time of
                day, HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            daily_end_date_time: Daily dialing end, e.g. 20:00; not after 20:00 (-48). Time of day,
                HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            robot_count: AI concurrency used by the task; above the account maximum answers -52. At
                least 1.
            job_phone_number_id: Line ID. At least 1.
            redial: Whether to redial automatically.
            start_date_time: Auto-start date; required only when mode is AUTO (-28), ignored
                otherwise. Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            end_date_time: End of outbound calling, e.g. 2022-02-07 10:00:00. Date and time,
                yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            inactive_time_list: Daily no-call windows, e.g.
                [{"startTime":"12:00","endTime":"13:00"}]. At most 3 items. Each item:
                `InactiveTime` or a `InactiveTimeParam` dict with the keys `startTime`, `endTime`.
            inactive_date_list: No-call date ranges, e.g.
                [{"startDate":"2022-02-05","endDate":"2022-02-07"}]. At most 3 items. Each item:
                `InactiveDate` or a `InactiveDateParam` dict with the keys `startDate`, `endDate`.
            days_of_week: Weekdays on which dialing is allowed, e.g. ["MONDAY","TUESDAY"]. Items:
                one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY".
            redial_condition: Redial only customers whose outcome matches: CALL_LOSS (call loss),
                NO_ANSWER (no answer), BUSY (busy), REFUSED (rejected), POWER_OFF (switched off),
                OUT_OF_SERVICE (suspended), CAN_NOT_CONNECT (cannot connect), FROM_PHONE_ERROR
                (caller in arrears), SYSTEM_ERROR (outbound call failed), VACANT_NUMBER (vacant
                number). Required when redial is true. At least 1 item. Items: one of "CALL_LOSS",
                "NO_ANSWER", "BUSY", "REFUSED", "POWER_OFF", "OUT_OF_SERVICE", "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR", "SYSTEM_ERROR", "VACANT_NUMBER".
            redial_interval: Redial interval in minutes. Required when redial is true. 1-1440.
            redial_times: Number of redials. Required when redial is true. 1-3.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            int: The new task's id (`jobId`), to pass to `edit` and `start`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
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
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
                "inactiveTimeList": inactive_time_list,
                "inactiveDateList": inactive_date_list,
                "daysOfWeek": days_of_week,
                "redialCondition": redial_condition,
                "redialInterval": redial_interval,
                "redialTimes": redial_times,
            }
        )

        def parse(payload: Any) -> int:
            return _response.parse(
                _spec.TASKS_CREATE,
                payload,
                cast(
                    "type[TasksCreateResponse]",
                    _response.model(_spec.TASKS_CREATE, "TasksCreateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.TASKS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def edit(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: Literal["MANUAL", "AUTO"],
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        job_id: int,
        start_date_time: str | None = None,
        end_date_time: str | None = None,
        inactive_time_list: Sequence[InactiveTime | InactiveTimeParam] | None = None,
        inactive_date_list: Sequence[InactiveDate | InactiveDateParam] | None = None,
        days_of_week: Sequence[
            Literal[
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
            ]
        ]
        | None = None,
        redial_condition: Sequence[
            Literal[
                "CALL_LOSS",
                "NO_ANSWER",
                "BUSY",
                "REFUSED",
                "POWER_OFF",
                "OUT_OF_SERVICE",
                "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR",
                "SYSTEM_ERROR",
                "VACANT_NUMBER",
            ]
        ]
        | None = None,
        redial_interval: int | None = None,
        redial_times: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> int | None:
        """Edit an outbound task.

        `POST /aivoice/taskEdit`

        Changes an outbound task's settings. Optional fields that are omitted are left unchanged.

        Vendor documentation: https://itniotech.com/api/ai-voice/taskEdit

        Args:
            app_id: Application ID. Not empty.
            name: Task name; a duplicate name answers -33. Not empty.
            dialog_flow_id: Script (话术) ID; an invalid one answers -41. At least 1.
            mode: MANUAL: started by the taskStart API or in the console. AUTO: starts itself at
                startDateTime. One of "MANUAL", "AUTO".
            daily_start_date_time: Daily dialing start, e.g. 09:00; not before 09:00 (-48). Time of
                day, HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            daily_end_date_time: Daily dialing end, e.g. 20:00; not after 20:00 (-48). Time of day,
                HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            robot_count: AI concurrency used by the task; above the account maximum answers -52. At
                least 1.
            job_phone_number_id: Line ID. At least 1.
            redial: Whether to redial automatically.
            job_id: Task ID. At least 1.
            start_date_time: Auto-start date; required only when mode is AUTO (-28), ignored
                otherwise. Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            end_date_time: End of outbound calling, e.g. 2022-02-07 10:00:00. Date and time,
                yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            inactive_time_list: Daily no-call windows, e.g.
                [{"startTime":"12:00","endTime":"13:00"}]. At most 3 items. Each item:
                `InactiveTime` or a `InactiveTimeParam` dict with the keys `startTime`, `endTime`.
            inactive_date_list: No-call date ranges, e.g.
                [{"startDate":"2022-02-05","endDate":"2022-02-07"}]. At most 3 items. Each item:
                `InactiveDate` or a `InactiveDateParam` dict with the keys `startDate`, `endDate`.
            days_of_week: Weekdays on which dialing is allowed, e.g. ["MONDAY","TUESDAY"]. Items:
                one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY".
            redial_condition: Redial only customers whose outcome matches: CALL_LOSS (call loss),
                NO_ANSWER (no answer), BUSY (busy), REFUSED (rejected), POWER_OFF (switched off),
                OUT_OF_SERVICE (suspended), CAN_NOT_CONNECT (cannot connect), FROM_PHONE_ERROR
                (caller in arrears), SYSTEM_ERROR (outbound call failed), VACANT_NUMBER (vacant
                number). Required when redial is true. At least 1 item. Items: one of "CALL_LOSS",
                "NO_ANSWER", "BUSY", "REFUSED", "POWER_OFF", "OUT_OF_SERVICE", "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR", "SYSTEM_ERROR", "VACANT_NUMBER".
            redial_interval: Redial interval in minutes. Required when redial is true. 1-1440.
            redial_times: Number of redials. Required when redial is true. 1-3.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            int | None: The vendor documents a task id (Long) here but its example sends null, so
                None is the usual result.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
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
        )

        def parse(payload: Any) -> int | None:
            return _response.parse(
                _spec.TASKS_EDIT,
                payload,
                cast(
                    "type[JobIdEnvelope]",
                    _response.model(_spec.TASKS_EDIT, "JobIdEnvelope"),
                ),
            ).data

        return self._pipeline.call(
            _spec.TASKS_EDIT,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_EDIT, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def start(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Start an outbound task.

        `POST /aivoice/taskStart`

        Starts an outbound task. A task without imported customers cannot start (-45); a task whose
        status does not allow starting is answered with -39.

        Vendor documentation: https://www.itniotech.cn/api/ai-voice/taskStart/

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the vendor accepted the start.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_START,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_START, "NullEnvelope"),
                ),
            )
            return None

        return self._pipeline.call(
            _spec.TASKS_START,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_START, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def stop(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Pause an outbound task.

        `POST /aivoice/taskStop`

        Pauses a running outbound task; `start` resumes it. A task that is not running is answered
        with -38, an unknown task with -32.

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the vendor accepted the pause.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_STOP,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_STOP, "NullEnvelope"),
                ),
            )
            return None

        return self._pipeline.call(
            _spec.TASKS_STOP,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_STOP, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def delete(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an outbound task.

        `POST /aivoice/taskDel`

        Deletes an outbound task. An unknown task is answered with -32.

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the task is deleted.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_DELETE,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_DELETE, "NullEnvelope"),
                ),
            )
            return None

        return self._pipeline.call(
            _spec.TASKS_DELETE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        current: int = 1,
        size: int = 20,
        app_id: str,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Page[Task]:
        """Query the task list (paged).

        `POST /aivoice/taskList`

        The tasks of one application, a page at a time (vendor page "Query Task List" of the AI
        voice API, endpoint https://api.itniotech.com/aivoice/taskList).

        Args:
            current: Page number. At least 1. Default 1.
            size: Records per page. 1-100. Default 20.
            app_id: Application ID. Not empty.
            name: Task name filter (the vendor does not document the matching rule; commspec's mock
                matches substrings).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Page[Task]: The requested page of tasks. The page holds `records`, `current`, `size`,
                `total` and `pages`; iterating it (`for item in page`) walks every record of every
                page, fetching the next page only when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor code "-37".
            InvalidParameterError: Vendor code "-27".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "current": current,
                "size": size,
                "params": omit_none(
                    {
                        "appId": app_id,
                        "name": name,
                    }
                ),
            }
        )

        def parse(payload: Any) -> TaskPage:
            return _response.parse(
                _spec.TASKS_LIST,
                payload,
                cast(
                    "type[TasksListResponse]",
                    _response.model(_spec.TASKS_LIST, "TasksListResponse"),
                ),
            ).data

        return self._pipeline.paginate(
            _spec.TASKS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncTasks(AsyncResource):
    """`tasks` operations (asyncio)."""

    async def create(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: Literal["MANUAL", "AUTO"],
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        start_date_time: str | None = None,
        end_date_time: str | None = None,
        inactive_time_list: Sequence[InactiveTime | InactiveTimeParam] | None = None,
        inactive_date_list: Sequence[InactiveDate | InactiveDateParam] | None = None,
        days_of_week: Sequence[
            Literal[
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
            ]
        ]
        | None = None,
        redial_condition: Sequence[
            Literal[
                "CALL_LOSS",
                "NO_ANSWER",
                "BUSY",
                "REFUSED",
                "POWER_OFF",
                "OUT_OF_SERVICE",
                "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR",
                "SYSTEM_ERROR",
                "VACANT_NUMBER",
            ]
        ]
        | None = None,
        redial_interval: int | None = None,
        redial_times: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> int:
        """Create an outbound task.

        `POST /aivoice/taskAdd`

        Creates an outbound task with the same fields as `edit` (without `jobId`).

        Vendor documentation: https://www.itniotech.cn/api/ai-voice/taskAdd/

        Args:
            app_id: Application ID. Not empty.
            name: Task name; a duplicate name answers -33. Not empty.
            dialog_flow_id: Script (话术) ID; an invalid one answers -41. At least 1.
            mode: MANUAL: started by the taskStart API or in the console. AUTO: starts itself at
                startDateTime. One of "MANUAL", "AUTO".
            daily_start_date_time: Daily dialing start, e.g. 09:00; not before 09:00 (-48). Time of
                day, HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            daily_end_date_time: Daily dialing end, e.g. 20:00; not after 20:00 (-48). Time of day,
                HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            robot_count: AI concurrency used by the task; above the account maximum answers -52. At
                least 1.
            job_phone_number_id: Line ID. At least 1.
            redial: Whether to redial automatically.
            start_date_time: Auto-start date; required only when mode is AUTO (-28), ignored
                otherwise. Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            end_date_time: End of outbound calling, e.g. 2022-02-07 10:00:00. Date and time,
                yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            inactive_time_list: Daily no-call windows, e.g.
                [{"startTime":"12:00","endTime":"13:00"}]. At most 3 items. Each item:
                `InactiveTime` or a `InactiveTimeParam` dict with the keys `startTime`, `endTime`.
            inactive_date_list: No-call date ranges, e.g.
                [{"startDate":"2022-02-05","endDate":"2022-02-07"}]. At most 3 items. Each item:
                `InactiveDate` or a `InactiveDateParam` dict with the keys `startDate`, `endDate`.
            days_of_week: Weekdays on which dialing is allowed, e.g. ["MONDAY","TUESDAY"]. Items:
                one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY".
            redial_condition: Redial only customers whose outcome matches: CALL_LOSS (call loss),
                NO_ANSWER (no answer), BUSY (busy), REFUSED (rejected), POWER_OFF (switched off),
                OUT_OF_SERVICE (suspended), CAN_NOT_CONNECT (cannot connect), FROM_PHONE_ERROR
                (caller in arrears), SYSTEM_ERROR (outbound call failed), VACANT_NUMBER (vacant
                number). Required when redial is true. At least 1 item. Items: one of "CALL_LOSS",
                "NO_ANSWER", "BUSY", "REFUSED", "POWER_OFF", "OUT_OF_SERVICE", "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR", "SYSTEM_ERROR", "VACANT_NUMBER".
            redial_interval: Redial interval in minutes. Required when redial is true. 1-1440.
            redial_times: Number of redials. Required when redial is true. 1-3.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            int: The new task's id (`jobId`), to pass to `edit` and `start`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
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
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
                "inactiveTimeList": inactive_time_list,
                "inactiveDateList": inactive_date_list,
                "daysOfWeek": days_of_week,
                "redialCondition": redial_condition,
                "redialInterval": redial_interval,
                "redialTimes": redial_times,
            }
        )

        def parse(payload: Any) -> int:
            return _response.parse(
                _spec.TASKS_CREATE,
                payload,
                cast(
                    "type[TasksCreateResponse]",
                    _response.model(_spec.TASKS_CREATE, "TasksCreateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TASKS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def edit(
        self,
        *,
        app_id: str,
        name: str,
        dialog_flow_id: int,
        mode: Literal["MANUAL", "AUTO"],
        daily_start_date_time: str,
        daily_end_date_time: str,
        robot_count: int,
        job_phone_number_id: int,
        redial: bool,
        job_id: int,
        start_date_time: str | None = None,
        end_date_time: str | None = None,
        inactive_time_list: Sequence[InactiveTime | InactiveTimeParam] | None = None,
        inactive_date_list: Sequence[InactiveDate | InactiveDateParam] | None = None,
        days_of_week: Sequence[
            Literal[
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
            ]
        ]
        | None = None,
        redial_condition: Sequence[
            Literal[
                "CALL_LOSS",
                "NO_ANSWER",
                "BUSY",
                "REFUSED",
                "POWER_OFF",
                "OUT_OF_SERVICE",
                "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR",
                "SYSTEM_ERROR",
                "VACANT_NUMBER",
            ]
        ]
        | None = None,
        redial_interval: int | None = None,
        redial_times: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> int | None:
        """Edit an outbound task.

        `POST /aivoice/taskEdit`

        Changes an outbound task's settings. Optional fields that are omitted are left unchanged.

        Vendor documentation: https://itniotech.com/api/ai-voice/taskEdit

        Args:
            app_id: Application ID. Not empty.
            name: Task name; a duplicate name answers -33. Not empty.
            dialog_flow_id: Script (话术) ID; an invalid one answers -41. At least 1.
            mode: MANUAL: started by the taskStart API or in the console. AUTO: starts itself at
                startDateTime. One of "MANUAL", "AUTO".
            daily_start_date_time: Daily dialing start, e.g. 09:00; not before 09:00 (-48). Time of
                day, HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            daily_end_date_time: Daily dialing end, e.g. 20:00; not after 20:00 (-48). Time of day,
                HH:mm (24 h). Must match `^([01][0-9]|2[0-3]):[0-5][0-9]$`.
            robot_count: AI concurrency used by the task; above the account maximum answers -52. At
                least 1.
            job_phone_number_id: Line ID. At least 1.
            redial: Whether to redial automatically.
            job_id: Task ID. At least 1.
            start_date_time: Auto-start date; required only when mode is AUTO (-28), ignored
                otherwise. Date and time, yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            end_date_time: End of outbound calling, e.g. 2022-02-07 10:00:00. Date and time,
                yyyy-MM-dd HH:mm:ss (e.g. 2021-12-22 00:00:00). Must match
                `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
            inactive_time_list: Daily no-call windows, e.g.
                [{"startTime":"12:00","endTime":"13:00"}]. At most 3 items. Each item:
                `InactiveTime` or a `InactiveTimeParam` dict with the keys `startTime`, `endTime`.
            inactive_date_list: No-call date ranges, e.g.
                [{"startDate":"2022-02-05","endDate":"2022-02-07"}]. At most 3 items. Each item:
                `InactiveDate` or a `InactiveDateParam` dict with the keys `startDate`, `endDate`.
            days_of_week: Weekdays on which dialing is allowed, e.g. ["MONDAY","TUESDAY"]. Items:
                one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY".
            redial_condition: Redial only customers whose outcome matches: CALL_LOSS (call loss),
                NO_ANSWER (no answer), BUSY (busy), REFUSED (rejected), POWER_OFF (switched off),
                OUT_OF_SERVICE (suspended), CAN_NOT_CONNECT (cannot connect), FROM_PHONE_ERROR
                (caller in arrears), SYSTEM_ERROR (outbound call failed), VACANT_NUMBER (vacant
                number). Required when redial is true. At least 1 item. Items: one of "CALL_LOSS",
                "NO_ANSWER", "BUSY", "REFUSED", "POWER_OFF", "OUT_OF_SERVICE", "CAN_NOT_CONNECT",
                "FROM_PHONE_ERROR", "SYSTEM_ERROR", "VACANT_NUMBER".
            redial_interval: Redial interval in minutes. Required when redial is true. 1-1440.
            redial_times: Number of redials. Required when redial is true. 1-3.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            int | None: The vendor documents a task id (Long) here but its example sends null, so
                None is the usual result.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
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
        )

        def parse(payload: Any) -> int | None:
            return _response.parse(
                _spec.TASKS_EDIT,
                payload,
                cast(
                    "type[JobIdEnvelope]",
                    _response.model(_spec.TASKS_EDIT, "JobIdEnvelope"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.TASKS_EDIT,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_EDIT, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def start(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Start an outbound task.

        `POST /aivoice/taskStart`

        Starts an outbound task. A task without imported customers cannot start (-45); a task whose
        status does not allow starting is answered with -39.

        Vendor documentation: https://www.itniotech.cn/api/ai-voice/taskStart/

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the vendor accepted the start.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_START,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_START, "NullEnvelope"),
                ),
            )
            return None

        return await self._pipeline.call(
            _spec.TASKS_START,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_START, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def stop(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Pause an outbound task.

        `POST /aivoice/taskStop`

        Pauses a running outbound task; `start` resumes it. A task that is not running is answered
        with -38, an unknown task with -32.

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the vendor accepted the pause.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_STOP,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_STOP, "NullEnvelope"),
                ),
            )
            return None

        return await self._pipeline.call(
            _spec.TASKS_STOP,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_STOP, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def delete(
        self,
        *,
        app_id: str,
        job_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete an outbound task.

        `POST /aivoice/taskDel`

        Deletes an outbound task. An unknown task is answered with -32.

        Args:
            app_id: Application ID. Not empty.
            job_id: Task ID. At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the task is deleted.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor codes "-32", "-37", "-60".
            ConflictError: Vendor codes "-33", "-38", "-39", "-45", "-55".
            InvalidParameterError: Vendor codes "-27", "-28", "-29", "-30", "-31", "-41", "-46",
                "-48", "-51", "-52".
            InsufficientBalanceError: Vendor code "-3".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-5". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "appId": app_id,
                "jobId": job_id,
            }
        )

        def parse(payload: Any) -> None:
            _response.parse(
                _spec.TASKS_DELETE,
                payload,
                cast(
                    "type[NullEnvelope]",
                    _response.model(_spec.TASKS_DELETE, "NullEnvelope"),
                ),
            )
            return None

        return await self._pipeline.call(
            _spec.TASKS_DELETE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        current: int = 1,
        size: int = 20,
        app_id: str,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncPaginator[Task]:
        """Query the task list (paged).

        `POST /aivoice/taskList`

        The tasks of one application, a page at a time (vendor page "Query Task List" of the AI
        voice API, endpoint https://api.itniotech.com/aivoice/taskList).

        Args:
            current: Page number. At least 1. Default 1.
            size: Records per page. 1-100. Default 20.
            app_id: Application ID. Not empty.
            name: Task name filter (the vendor does not document the matching rule; commspec's mock
                matches substrings).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AsyncPaginator[Task]: The requested page of tasks. `await` the call for the first page
                (`records`, `current`, `size`, `total`, `pages`); `async for item in` the call, or
                the page, walks every record of every page, fetching the next page only when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor codes "-1", "-57", "-58", "-59".
            TimestampExpiredError: Vendor code "-4".
            PermissionDeniedError: Vendor codes "-6", "-49", "-50".
            NotFoundError: Vendor code "-37".
            InvalidParameterError: Vendor code "-27".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "current": current,
                "size": size,
                "params": omit_none(
                    {
                        "appId": app_id,
                        "name": name,
                    }
                ),
            }
        )

        def parse(payload: Any) -> TaskPage:
            return _response.parse(
                _spec.TASKS_LIST,
                payload,
                cast(
                    "type[TasksListResponse]",
                    _response.model(_spec.TASKS_LIST, "TasksListResponse"),
                ),
            ).data

        return self._pipeline.paginate(
            _spec.TASKS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TASKS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )
