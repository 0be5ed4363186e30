"""Every documented constraint: the valid edge is accepted by the mock, the invalid edge is rejected
pre-flight with the field path and rule, and nothing is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.itnio import ItnioClient
from tests.itnio.conftest import KEY, SECRET, task_fields

NODE = {"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0}


def node(**changes: Any) -> dict[str, Any]:
    return {**NODE, **changes}


# (case id, flows.create kwargs, wire path of the error or None when valid)
FLOW_CASES = [
    ("name 4 chars", {"name": "abcd", "flow": [NODE]}, None),
    ("name 3 chars", {"name": "abc", "flow": [NODE]}, "name"),
    ("name 32 chars", {"name": "n" * 32, "flow": [NODE]}, None),
    ("name 33 chars", {"name": "n" * 33, "flow": [NODE]}, "name"),
    ("waitingTime 30", {"name": "abcd", "flow": [node(waitingTime=30)]}, None),
    ("waitingTime 29", {"name": "abcd", "flow": [node(waitingTime=29)]}, "flow[0].waitingTime"),
    ("waitingTime 120", {"name": "abcd", "flow": [node(waitingTime=120)]}, None),
    ("waitingTime 121", {"name": "abcd", "flow": [node(waitingTime=121)]}, "flow[0].waitingTime"),
    ("waitingTime string", {"name": "abcd", "flow": [node(waitingTime="30")]}, "flow[0].waitingTime"),
    ("status 2", {"name": "abcd", "flow": [node(status=2)]}, None),
    ("status 3", {"name": "abcd", "flow": [node(status=3)]}, "flow[0].status"),
    ("channel call", {"name": "abcd", "flow": [node(channel="call")]}, None),
    ("channel email", {"name": "abcd", "flow": [node(channel="email")]}, "flow[0].channel"),
    ("channelCut 1", {"name": "abcd", "flow": [node(channelCut=1)]}, None),
    ("channelCut 2", {"name": "abcd", "flow": [node(channelCut=2)]}, "flow[0].channelCut"),
    (
        "channelCut omitted",
        {"name": "abcd", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms"}]},
        None,
    ),
    (
        "waitingTime missing",
        {"name": "abcd", "flow": [{"status": 1, "channel": "sms"}]},
        "flow[0].waitingTime",
    ),
    ("unknown node field", {"name": "abcd", "flow": [node(colour="red")]}, "flow[0].colour"),
    ("empty flow", {"name": "abcd", "flow": []}, "flow"),
]

# (case id, tasks.create overrides, wire path or None)
TASK_CASES = [
    ("MANUAL", {}, None),
    ("mode unknown", {"mode": "LATER"}, "mode"),
    ("AUTO with startDateTime", {"mode": "AUTO", "start_date_time": "2026-12-01 09:00:00"}, None),
    ("AUTO without startDateTime", {"mode": "AUTO"}, "startDateTime"),
    ("startDateTime bad format", {"mode": "AUTO", "start_date_time": "2026-12-01T09:00"}, "startDateTime"),
    (
        "end before start",
        {"mode": "AUTO", "start_date_time": "2026-12-02 09:00:00", "end_date_time": "2026-12-01 09:00:00"},
        "endDateTime",
    ),
    ("daily 09:00-20:00", {"daily_start_date_time": "09:00", "daily_end_date_time": "20:00"}, None),
    ("daily start 08:59", {"daily_start_date_time": "08:59"}, "dailyStartDateTime"),
    ("daily end 20:01", {"daily_end_date_time": "20:01"}, "dailyEndDateTime"),
    (
        "daily end before start",
        {"daily_start_date_time": "15:00", "daily_end_date_time": "10:00"},
        "dailyEndDateTime",
    ),
    ("daily bad format", {"daily_start_date_time": "9:00"}, "dailyStartDateTime"),
    (
        "3 inactive times",
        {"inactive_time_list": [{"startTime": f"1{i}:00", "endTime": f"1{i}:30"} for i in range(3)]},
        None,
    ),
    (
        "4 inactive times",
        {"inactive_time_list": [{"startTime": f"1{i}:00", "endTime": f"1{i}:30"} for i in range(4)]},
        "inactiveTimeList",
    ),
    (
        "inactive time reversed",
        {"inactive_time_list": [{"startTime": "13:00", "endTime": "12:00"}]},
        "inactiveTimeList[0].endTime",
    ),
    (
        "3 inactive dates",
        {
            "inactive_date_list": [
                {"startDate": f"2026-12-0{i}", "endDate": f"2026-12-0{i}"} for i in range(1, 4)
            ]
        },
        None,
    ),
    (
        "4 inactive dates",
        {
            "inactive_date_list": [
                {"startDate": f"2026-12-0{i}", "endDate": f"2026-12-0{i}"} for i in range(1, 5)
            ]
        },
        "inactiveDateList",
    ),
    ("daysOfWeek valid", {"days_of_week": ["MONDAY", "SUNDAY"]}, None),
    ("daysOfWeek unknown", {"days_of_week": ["FUNDAY"]}, "daysOfWeek[0]"),
    (
        "redial complete",
        {
            "redial": True,
            "redial_condition": ["BUSY", "VACANT_NUMBER"],
            "redial_interval": 1440,
            "redial_times": 3,
        },
        None,
    ),
    (
        "redial without condition",
        {"redial": True, "redial_interval": 1, "redial_times": 1},
        "redialCondition",
    ),
    (
        "redial condition unknown",
        {"redial": True, "redial_condition": ["ANGRY"], "redial_interval": 1, "redial_times": 1},
        "redialCondition[0]",
    ),
    (
        "redialInterval 1441",
        {"redial": True, "redial_condition": ["BUSY"], "redial_interval": 1441, "redial_times": 1},
        "redialInterval",
    ),
    (
        "redialInterval 0",
        {"redial": True, "redial_condition": ["BUSY"], "redial_interval": 0, "redial_times": 1},
        "redialInterval",
    ),
    (
        "redialTimes 0",
        {"redial": True, "redial_condition": ["BUSY"], "redial_interval": 5, "redial_times": 0},
        "redialTimes",
    ),
    (
        "redialTimes 4",
        {"redial": True, "redial_condition": ["BUSY"], "redial_interval": 5, "redial_times": 4},
        "redialTimes",
    ),
    ("robotCount as string", {"robot_count": "1"}, "robotCount"),
    ("jobPhoneNumberId beyond int32", {"job_phone_number_id": 2**31}, "jobPhoneNumberId"),
]


@pytest.mark.parametrize(("kwargs", "path"), [c[1:] for c in FLOW_CASES], ids=[c[0] for c in FLOW_CASES])
def test_flow_constraints(
    itnio: ItnioClient, never_sent: httpx.Client, kwargs: dict[str, Any], path: str | None
) -> None:
    if path is None:
        assert itnio.flows.create(**kwargs).name == kwargs["name"]
        return
    offline = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=never_sent)
    with pytest.raises(errors.ValidationError) as caught:
        offline.flows.create(**kwargs)
    assert path in [e.path for e in caught.value.errors], caught.value.errors
    assert path in str(caught.value)


@pytest.mark.parametrize(("overrides", "path"), [c[1:] for c in TASK_CASES], ids=[c[0] for c in TASK_CASES])
def test_task_constraints(
    itnio: ItnioClient, never_sent: httpx.Client, overrides: dict[str, Any], path: str | None
) -> None:
    if path is None:
        assert itnio.tasks.create(**task_fields(**overrides)) >= 1
        return
    offline = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=never_sent)
    with pytest.raises(errors.ValidationError) as caught:
        offline.tasks.create(**task_fields(**overrides))
    assert path in [e.path for e in caught.value.errors], caught.value.errors


@pytest.mark.parametrize(
    ("current", "size", "path"),
    [
        (1, 1, None),
        (1, 100, None),
        (0, 10, "current"),
        (1, 0, "size"),
        (1, 101, "size"),
    ],
)
def test_task_list_paging_bounds(
    itnio: ItnioClient, never_sent: httpx.Client, current: int, size: int, path: str | None
) -> None:
    if path is None:
        assert itnio.tasks.list(app_id="LILIN888", current=current, size=size).size == size
        return
    offline = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=never_sent)
    with pytest.raises(errors.ValidationError) as caught:
        offline.tasks.list(app_id="LILIN888", current=current, size=size)
    assert [e.path for e in caught.value.errors] == [path]


def test_flow_id_must_be_numeric(never_sent: httpx.Client) -> None:
    offline = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=never_sent)
    with pytest.raises(errors.ValidationError) as caught:
        offline.flows.update("abc", name="abcd", flow=[NODE])  # type: ignore[arg-type]
    assert caught.value.errors[0].path == "flowId"
    assert caught.value.errors[0].rule == "int_type"
