"""The ITNIO fake answers like the vendor: auth codes, state, duplicates, rules, pagination."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from commspec import errors
from commspec.itnio import ItnioClient, sign
from commspec.mock import MockServer
from tests.itnio.conftest import KEY, SECRET, task_fields


def raw(
    server: MockServer, path: str, body: object, headers: dict[str, str], method: str = "POST"
) -> dict[str, object]:
    client = httpx.Client(transport=server.httpx_transport())
    response = client.request(
        method, "http://mock" + path, content=json.dumps(body).encode(), headers=headers
    )
    assert response.status_code == 200  # ITNIO always answers 200
    result: dict[str, object] = response.json()
    return result


def signed(timestamp: int | None = None, key: str = KEY, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Api-Key": key,
        "Timestamp": ts,
        "Sign": sign(key, secret, ts),
        "Content-Type": "application/json",
    }


EMPTY = {"flows": {}, "tasks": {}, "otp_apps": {}, "otp_templates": {}, "verifications_sent": {}}
LIST = {"current": 1, "size": 10, "params": {"appId": "LILIN888"}}


@pytest.mark.parametrize(("missing", "code"), [("Sign", "-57"), ("Timestamp", "-58"), ("Api-Key", "-59")])
def test_aivoice_missing_header_codes(server: MockServer, missing: str, code: str) -> None:
    headers = signed()
    del headers[missing]
    assert raw(server, "/aivoice/taskList", LIST, headers)["status"] == code


def test_otp_missing_header_is_authentication_error(server: MockServer) -> None:
    headers = signed()
    del headers["Sign"]
    assert raw(server, "/otp/flow/list", None, headers, method="GET")["status"] == "-1"


def test_wrong_signature_and_expired_timestamp(server: MockServer) -> None:
    assert raw(server, "/aivoice/taskList", LIST, signed(secret="wrong"))["status"] == "-1"
    old = int(time.time()) - 301
    assert raw(server, "/aivoice/taskList", LIST, signed(old))["status"] == "-4"
    assert raw(server, "/otp/flow/list", None, signed(old), method="GET")["status"] == "-16"
    inside = int(time.time()) - 250
    assert raw(server, "/aivoice/taskList", LIST, signed(inside))["status"] == "0"


def test_sign_compared_case_insensitively(server: MockServer) -> None:
    headers = signed()
    headers["Sign"] = headers["Sign"].upper()
    assert raw(server, "/aivoice/taskList", LIST, headers)["status"] == "0"


def test_mock_rejects_invalid_parameters_with_documented_codes(server: MockServer) -> None:
    base = {
        "appId": "LILIN888",
        "name": "t1",
        "dialogFlowId": 1,
        "mode": "MANUAL",
        "dailyStartDateTime": "09:00",
        "dailyEndDateTime": "20:00",
        "robotCount": 1,
        "jobPhoneNumberId": 1,
        "redial": False,
    }
    assert raw(server, "/aivoice/taskAdd", {**base, "mode": "AUTO"}, signed())["status"] == "-28"
    assert (
        raw(server, "/aivoice/taskAdd", {**base, "dailyStartDateTime": "08:00"}, signed())["status"] == "-48"
    )
    redial = {**base, "redial": True, "redialCondition": ["BUSY"], "redialInterval": 5, "redialTimes": 1}
    assert raw(server, "/aivoice/taskAdd", {**redial, "redialCondition": ["X"]}, signed())["status"] == "-29"
    assert raw(server, "/aivoice/taskAdd", {**redial, "redialInterval": 2000}, signed())["status"] == "-30"
    assert raw(server, "/aivoice/taskAdd", {**redial, "redialTimes": 9}, signed())["status"] == "-31"
    assert raw(server, "/aivoice/taskAdd", {**base, "robotCount": "x"}, signed())["status"] == "-27"
    assert raw(server, "/otp/flow/add", {"name": "ab", "flow": []}, signed())["status"] == "-22"
    assert server.state()["itnio"] == EMPTY  # nothing stored


def test_mock_accepts_the_seed_java_sample_string_channel_cut(server: MockServer) -> None:
    body = {"name": "name", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": "0"}]}
    assert raw(server, "/otp/flow/add", body, signed())["status"] == "0"


def test_flow_update_accepts_post_as_the_seed_header_says(server: MockServer, itnio: ItnioClient) -> None:
    flow = itnio.flows.create(name="name", flow=[{"waitingTime": 30, "status": 1, "channel": "sms"}])
    body = {"name": "renamed", "flow": [{"waitingTime": 40, "status": 2, "channel": "call"}]}
    answer = raw(server, f"/otp/flow/update/{flow.flow_id}", body, signed())
    assert answer["status"] == "0" and itnio.flows.retrieve(flow.flow_id).name == "renamed"


def test_flow_state_duplicates_and_unknown_ids(itnio: ItnioClient) -> None:
    node = {"waitingTime": 30, "status": 1, "channel": "sms"}
    first = itnio.flows.create(name="first", flow=[node])
    second = itnio.flows.create(name="second", flow=[node, {**node, "channel": "call"}])
    with pytest.raises(errors.ConflictError) as caught:
        itnio.flows.create(name="first", flow=[node])
    assert caught.value.code == "-20"
    with pytest.raises(errors.ConflictError):
        itnio.flows.update(second.flow_id, name="first", flow=[node])
    assert itnio.flows.update(first.flow_id, name="first", flow=[node]).name == "first"  # own name is fine
    with pytest.raises(errors.InvalidParameterError) as unknown:
        itnio.flows.retrieve(999)
    assert unknown.value.code == "-22"
    assert [f.name for f in itnio.flows.list()] == ["first", "second"]
    assert [n.channel for n in itnio.flows.retrieve(second.flow_id).flow] == ["sms", "call"]


def test_task_lifecycle_and_codes(itnio: ItnioClient) -> None:
    job_id = itnio.tasks.create(**task_fields(name="a"))
    itnio.tasks.create(**task_fields(name="b"))
    with pytest.raises(errors.ConflictError) as duplicate:
        itnio.tasks.edit(job_id=job_id, **task_fields(name="b"))
    assert duplicate.value.code == "-33"
    assert itnio.tasks.edit(job_id=job_id, **task_fields(name="a2", robot_count=3)) is None
    assert itnio.tasks.start(app_id="LILIN888", job_id=job_id) is None
    with pytest.raises(errors.ConflictError) as again:
        itnio.tasks.start(app_id="LILIN888", job_id=job_id)
    assert again.value.code == "-39"
    with pytest.raises(errors.NotFoundError) as unknown_app:
        itnio.tasks.list(app_id="NO_SUCH_APP")
    assert unknown_app.value.code == "-37"
    with pytest.raises(errors.NotFoundError) as unknown_job:
        itnio.tasks.start(app_id="LILIN888", job_id=424242)
    assert unknown_job.value.code == "-32"
    with pytest.raises(errors.InvalidParameterError) as too_many:
        itnio.tasks.create(**task_fields(name="c", robot_count=11))
    assert too_many.value.code == "-52"
    records = {t.name: t for t in itnio.tasks.list(app_id="LILIN888")}
    assert records["a2"].status == "IN_PROCESS" and records["a2"].robot_count == 3
    assert records["b"].status == "NOT_STARTED"


def test_pagination_is_consistent_and_iteration_is_lazy(server: MockServer, itnio: ItnioClient) -> None:
    for i in range(23):
        itnio.tasks.create(**task_fields(name=f"task-{i:02d}"))
    before = server.request_count
    page = itnio.tasks.list(app_id="LILIN888", size=10)
    assert (page.current, page.size, page.total, page.pages, len(page.records)) == (1, 10, 23, 3, 10)
    assert server.request_count == before + 1
    walked = iter(page)
    first_ten = [next(walked) for _ in range(10)]
    assert server.request_count == before + 1  # still on the first page
    rest = list(walked)
    assert server.request_count == before + 3
    names = [t.name for t in first_ten + rest]
    assert len(names) == 23 and len(set(names)) == 23
    last = itnio.tasks.list(app_id="LILIN888", size=10, current=3)
    assert len(last.records) == 3 and not last.has_next_page()
    assert [t.name for t in itnio.tasks.list(app_id="LILIN888", name="task-1")] == [
        f"task-1{i}" for i in range(9, -1, -1)
    ]


def test_control_api_reset_and_state(server: MockServer, itnio: ItnioClient) -> None:
    itnio.flows.create(name="abcd", flow=[{"waitingTime": 30, "status": 1, "channel": "sms"}])
    control = httpx.Client(transport=server.httpx_transport(), base_url="http://mock")
    state = control.get("/_mock/state").json()
    assert state["credentials"]["ITNIO_API_KEY"] == KEY and state["itnio"]["flows"]
    assert control.post("/_mock/reset", json={}).status_code == 200
    assert control.get("/_mock/state").json()["itnio"] == EMPTY
