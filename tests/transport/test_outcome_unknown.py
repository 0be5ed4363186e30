"""Retries tell the truth: after a failure that may have been processed (the answer came too late), an
operation is sent again only when the spec marks it safe to repeat; otherwise the caller is told the
outcome is unknown. Never NotFound/Conflict for the caller's own change, never a change applied twice.

Every mutating operation of every vendor spec is exercised under the mock's ``slow`` fault (the change is
applied, the answer arrives after the client's timeout), sync and async, and the mock's state is compared
with the same scenario run without the fault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import yaml

from commspec import errors
from commspec._retry import RetryPolicy
from commspec._spec import Operation
from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import Fault, MockServer
from commspec.mock._config import DEMO
from commspec.mock._http import MockRequest
from commspec.mock._serve import running_server
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms
from commspec_generated.iovox_callflow import spec as iovox_callflow
from commspec_generated.itnio_aivoice import spec as itnio_aivoice
from commspec_generated.itnio_otp import spec as itnio_otp
from generator.__main__ import openapi_specs
from generator.openapi_client import GenerationFailed
from generator.preprocess import operations
from generator.spec_module import _operations

# The APIs the clients call (IAM's token request is made by the auth flow, not by a client method).
CLIENT_SPECS = (itnio_otp, itnio_aivoice, huawei_msgsms, iovox_callflow)
MUTATING = sorted(
    (op for spec in CLIENT_SPECS for op in spec.OPERATIONS.values() if op.method not in ("GET", "HEAD")),
    key=lambda op: op.name,
)
RETRY = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002, total_budget=30.0)
TIMEOUT = 5.0  # the in-process transport compares it with the fault's delay; nothing waits for it
SLOW = {"kind": "slow", "delay": TIMEOUT + 1, "count": 1}
NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}
TASK: dict[str, Any] = {
    "app_id": "LILIN888",
    "name": "outcome",
    "dialog_flow_id": 8663,
    "mode": "MANUAL",
    "daily_start_date_time": "09:00",
    "daily_end_date_time": "20:00",
    "robot_count": 1,
    "job_phone_number_id": 2959,
    "redial": False,
}
DRAFT: dict[str, Any] = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Hi ${NUM_6}",
    "template_name": "outcome",
}
TEMPLATE: dict[str, Any] = {**DRAFT, "flow_status": "Pending"}  # a draft can be modified


def late_answers_time_out(server: MockServer) -> httpx.MockTransport:
    """The in-process mock, with the ``slow`` fault played as the client would see it over a network:
    the mock applies the change, and an answer held back longer than the request's read timeout never
    arrives (``httpx.ReadTimeout``). Deterministic: nobody sleeps."""

    def respond(request: httpx.Request) -> httpx.Response:
        received = MockRequest.from_httpx(request)
        response, delay = server.handle(received)
        if delay > request.extensions["timeout"]["read"]:
            raise httpx.ReadTimeout("the answer arrived after the read timeout", request=request)
        return httpx.Response(response.status, headers=response.headers, content=response.body)

    return httpx.MockTransport(respond)


@dataclass
class Clients:
    itnio: Any
    msgsms: Any
    iovox: Any
    mock: MockServer | None = None  # the server behind them, for what only a vendor's reviewer does


def sync_clients(
    http: httpx.Client, base_url: str = "http://mock", mock: MockServer | None = None
) -> Clients:
    options: dict[str, Any] = {"base_url": base_url, "http_client": http, "retry": RETRY, "timeout": TIMEOUT}
    return Clients(
        ItnioClient(DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], **options),
        MsgsmsClient(DEMO["HUAWEICLOUD_PROJECT_ID"], credentials=iam(), iam_url=base_url, **options),
        IovoxClient(DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], **options),
        mock,
    )


def async_clients(http: httpx.AsyncClient) -> Clients:
    options: dict[str, Any] = {
        "base_url": "http://mock",
        "http_client": http,
        "retry": RETRY,
        "timeout": TIMEOUT,
    }
    return Clients(
        AsyncItnioClient(DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], **options),
        AsyncMsgsmsClient(
            DEMO["HUAWEICLOUD_PROJECT_ID"], credentials=iam(), iam_url="http://mock", **options
        ),
        AsyncIovoxClient(DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], **options),
    )


def iam() -> IamPasswordCredentials:
    return IamPasswordCredentials(
        DEMO["HUAWEICLOUD_IAM_USER"], DEMO["HUAWEICLOUD_IAM_PASSWORD"], DEMO["HUAWEICLOUD_IAM_DOMAIN"]
    )


def call_flow(name: str, **extra: Any) -> CallFlow:
    rule = Play(id="play_1", label="Welcome", sound_file=[SoundFile(sound_label="Welcome")])
    return CallFlow(name=name, notes="outcome test", rules=[rule], **extra)


@dataclass(frozen=True)
class Scenario:
    """``setup`` prepares the state through the sync clients (no fault) and returns what ``call``
    needs; ``call`` is the operation under test, on sync or async clients."""

    setup: Callable[[Clients], Any]
    call: Callable[[Clients, Any], Any]


def nothing(clients: Clients) -> None:
    return None


def _started(clients: Clients) -> int:
    job_id: int = clients.itnio.tasks.create(**TASK)
    clients.itnio.tasks.start(app_id=TASK["app_id"], job_id=job_id)
    return job_id


def _otp_app(clients: Clients) -> str:
    app_id: str = clients.itnio.apps.create(name="outcome-app").app_id
    return app_id


def _otp_template(clients: Clients) -> tuple[str, int]:
    app_id = _otp_app(clients)
    return app_id, clients.itnio.templates.create(app_id=app_id, name="outcome", text="##code##").template_id


def _otp_sent(clients: Clients) -> str:
    verification_id: str = clients.itnio.verifications.send_rule(
        app_id=_otp_app(clients), code="4242", to=PHONE
    ).verification_id
    return verification_id


PHONE = "8613800000000"
APP: dict[str, Any] = {"app_name": "outcome-app", "region": "cn"}
SIGNATURE: dict[str, Any] = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "signature_name": "Outcome",
    "signature_source": 0,
    "signature_type": "NOTIFY_TYPE",
}


def _reviewed_signature(clients: Clients, status: str) -> str:
    """A signature in ``status``: no API operation leads there (Huawei's reviewer does)."""
    key: str = clients.msgsms.signatures.create(**SIGNATURE).id
    assert clients.mock is not None
    for signatures in clients.mock.backend("huawei").items["signatures"].values():
        if key in signatures:
            signatures[key]["status"] = status
    return key


SCENARIOS: dict[str, Scenario] = {
    "itnio.apps_create": Scenario(nothing, lambda c, _: c.itnio.apps.create(name="outcome-app")),
    "itnio.apps_update": Scenario(
        _otp_app, lambda c, app_id: c.itnio.apps.update(app_id, name="outcome-app-2", code_expiry=10)
    ),
    "itnio.templates_create": Scenario(
        _otp_app, lambda c, app_id: c.itnio.templates.create(app_id=app_id, name="outcome", text="##code##")
    ),
    "itnio.templates_update": Scenario(
        _otp_template,
        lambda c, ids: c.itnio.templates.update(
            ids[1], name="outcome-2", text="Code ##code##", code_length=6
        ),
    ),
    "itnio.verifications_send": Scenario(  # a repeat would send another code
        _otp_template,
        lambda c, ids: c.itnio.verifications.send(app_id=ids[0], template_id=ids[1], to=PHONE),
    ),
    "itnio.verifications_send_rule": Scenario(
        _otp_app, lambda c, app_id: c.itnio.verifications.send_rule(app_id=app_id, code="4242", to=PHONE)
    ),
    "itnio.verifications_verify": Scenario(  # a repeat of a success answers "already used"
        _otp_sent,
        lambda c, verification_id: c.itnio.verifications.verify(verification_id=verification_id, code="4242"),
    ),
    "itnio.flows_create": Scenario(nothing, lambda c, _: c.itnio.flows.create(name="outcome", flow=[NODE])),
    "itnio.flows_update": Scenario(
        lambda c: c.itnio.flows.create(name="before", flow=[NODE]).flow_id,
        lambda c, flow_id: c.itnio.flows.update(flow_id, name="after", flow=[{**NODE, "waitingTime": 60}]),
    ),
    "itnio.tasks_create": Scenario(nothing, lambda c, _: c.itnio.tasks.create(**TASK)),
    "itnio.tasks_edit": Scenario(
        lambda c: c.itnio.tasks.create(**TASK),
        lambda c, job_id: c.itnio.tasks.edit(job_id=job_id, **{**TASK, "name": "edited", "robot_count": 2}),
    ),
    "itnio.tasks_start": Scenario(
        lambda c: c.itnio.tasks.create(**TASK),
        lambda c, job_id: c.itnio.tasks.start(app_id=TASK["app_id"], job_id=job_id),
    ),
    "itnio.tasks_stop": Scenario(
        lambda c: _started(c),
        lambda c, job_id: c.itnio.tasks.stop(app_id=TASK["app_id"], job_id=job_id),
    ),
    "itnio.tasks_delete": Scenario(
        lambda c: c.itnio.tasks.create(**TASK),
        lambda c, job_id: c.itnio.tasks.delete(app_id=TASK["app_id"], job_id=job_id),
    ),
    "itnio.tasks_list": Scenario(
        lambda c: c.itnio.tasks.create(**TASK),
        lambda c, _: c.itnio.tasks.list(app_id=TASK["app_id"]),
    ),
    "huawei.templates_create": Scenario(nothing, lambda c, _: c.msgsms.templates.create(**TEMPLATE)),
    "huawei.templates_update": Scenario(  # the update submits for review: MSGSMS.0010 on a repeat
        lambda c: c.msgsms.templates.create(**TEMPLATE).id,
        lambda c, template_id: c.msgsms.templates.update(
            template_id, **{**DRAFT, "template_content": "Code ${NUM_6}"}
        ),
    ),
    "huawei.templates_delete": Scenario(
        lambda c: c.msgsms.templates.create(**TEMPLATE).id,
        lambda c, template_id: c.msgsms.templates.delete(template_id),
    ),
    "huawei.apps_create": Scenario(nothing, lambda c, _: c.msgsms.apps.create(**APP)),
    "huawei.apps_update": Scenario(
        lambda c: c.msgsms.apps.create(**APP).id,
        lambda c, app_id: c.msgsms.apps.update(app_id, app_name="outcome-app-2"),
    ),
    "huawei.signatures_create": Scenario(nothing, lambda c, _: c.msgsms.signatures.create(**SIGNATURE)),
    "huawei.signatures_upload_file": Scenario(  # a multipart body, sent again as the same bytes
        nothing,
        lambda c, _: c.msgsms.signatures.upload_file(file=("licence.png", b"scan"), file_desc="licence"),
    ),
    "huawei.signatures_update": Scenario(
        lambda c: _reviewed_signature(c, "REVIEW_NOT_PASS"),  # only a rejected one may be modified
        lambda c, key: c.msgsms.signatures.update(key, **{**SIGNATURE, "apply_desc": "changed"}),
    ),
    "huawei.signatures_delete": Scenario(
        lambda c: c.msgsms.signatures.create(**SIGNATURE).id,
        lambda c, key: c.msgsms.signatures.delete(key),
    ),
    "huawei.signatures_activate": Scenario(  # a repeat finds it no longer waiting to be activated
        lambda c: _reviewed_signature(c, "TO_BE_ACTIVATED"),
        lambda c, key: c.msgsms.signatures.activate(key),
    ),
    "iovox.call_flows_create": Scenario(
        nothing, lambda c, _: c.iovox.call_flows.create(call_flow("outcome"))
    ),
    "iovox.call_flows_update": Scenario(  # renaming: a repeat finds no flow under the old name
        lambda c: c.iovox.call_flows.create(call_flow("outcome")),
        lambda c, _: c.iovox.call_flows.update(call_flow("outcome", new_name="renamed")),
    ),
    "iovox.call_flows_delete": Scenario(
        lambda c: c.iovox.call_flows.create(call_flow("outcome")),
        lambda c, _: c.iovox.call_flows.delete(["outcome"]),
    ),
}


def resources(server: MockServer) -> dict[str, Any]:
    """What the vendors store, without the values a run picks at random (Huawei ids and times)."""
    state = server.state()
    huawei = {
        name: [
            {k: v for k, v in item.items() if k not in ("id", "create_time", "update_time")}
            for stored in state["huawei"][name].values()
            for item in stored
        ]
        for name in ("templates", "apps", "signatures")
    }
    itnio = _without_clock(state["itnio"])
    # OTP application ids are random per run: the applications as a list, their ids left out.
    itnio["otp_apps"] = {account: list(apps.values()) for account, apps in itnio["otp_apps"].items()}
    return {"itnio": itnio, "huawei": huawei, "iovox": state["iovox"]}


RANDOM_PER_RUN = ("createTime", "appId")  # the mock's wall clock, which two runs may read in different
# seconds; an OTP application id (random letters)


def _without_clock(value: Any) -> Any:
    """``value`` without what differs between two runs of a scenario (``RANDOM_PER_RUN``)."""
    if isinstance(value, dict):
        return {k: _without_clock(v) for k, v in value.items() if k not in RANDOM_PER_RUN}
    if isinstance(value, list):
        return [_without_clock(v) for v in value]
    return value


def outcome(result: Any) -> Any:
    """A comparable form of a call's result (a page's records without their clock-given create time;
    Huawei ids are random per run)."""
    if hasattr(result, "records"):
        return [record.model_copy(update={"create_time": None}) for record in result.records]
    random_fields = [f for f in ("app_id", "create_time", "verification_id") if hasattr(result, f)]
    if not hasattr(result, "template_name") and hasattr(result, "id"):
        random_fields.append("id")  # Huawei application and signature ids are random too
    if random_fields:  # OTP ids are random, verification ids carry the clock's second
        return result.model_copy(update=dict.fromkeys(random_fields))
    return getattr(result, "template_name", result)


def control(scenario: Scenario) -> tuple[Any, dict[str, Any]]:
    """The scenario's result and resulting state without any fault."""
    server = MockServer()
    clients = sync_clients(httpx.Client(transport=server.httpx_transport()), mock=server)
    result = scenario.call(clients, scenario.setup(clients))
    return outcome(result), resources(server)


def test_every_mutating_operation_has_a_scenario() -> None:
    # A new operation in a spec must be added here, so that its retry behaviour is tested too.
    assert sorted(op.qualified_name for op in MUTATING) == sorted(SCENARIOS)


def check(
    operation: Operation, outcome_of_call: Callable[[], Any], server: MockServer, expected: Any
) -> None:
    expected_result, expected_state = expected
    if operation.idempotent:
        # Safe to repeat: the client retried, and the caller gets the same answer as without the fault.
        assert outcome(outcome_of_call()) == expected_result
    else:
        with pytest.raises(errors.APIOutcomeUnknownError) as caught:
            outcome_of_call()
        assert isinstance(caught.value, errors.APITimeoutError)  # existing `except` clauses still match
        assert "may have been applied" in str(caught.value)
        assert operation.name in str(caught.value)
    assert resources(server) == expected_state  # applied exactly once


@pytest.mark.parametrize("operation", MUTATING, ids=lambda op: op.qualified_name)
def test_slow_answer_sync(operation: Operation) -> None:
    scenario = SCENARIOS[operation.qualified_name]
    server = MockServer()
    clients = sync_clients(httpx.Client(transport=late_answers_time_out(server)), mock=server)
    prepared = scenario.setup(clients)
    server.faults.add(Fault(operation=operation.name, **SLOW))  # type: ignore[arg-type]
    check(operation, lambda: scenario.call(clients, prepared), server, control(scenario))


@pytest.mark.parametrize("operation", MUTATING, ids=lambda op: op.qualified_name)
async def test_slow_answer_async(operation: Operation) -> None:
    scenario = SCENARIOS[operation.qualified_name]
    server = MockServer()
    transport = late_answers_time_out(server)
    prepared = scenario.setup(sync_clients(httpx.Client(transport=transport), mock=server))
    clients = async_clients(httpx.AsyncClient(transport=transport))
    server.faults.add(Fault(operation=operation.name, **SLOW))  # type: ignore[arg-type]
    expected = control(scenario)
    try:
        result: Any = await scenario.call(clients, prepared)
    except errors.CommspecError as error:
        failure: errors.CommspecError | None = error
    else:
        failure = None

    def replay() -> Any:
        if failure is not None:
            raise failure
        return result

    check(operation, replay, server, expected)


# -- over a real socket: the mock served by uvicorn, a real read timeout -----------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, MockServer]]:
    server = MockServer()
    with running_server(server) as base_url:
        yield base_url, server


# The brief's four cases (each answered NotFound/Conflict before) and one operation safe to repeat.
SERVED = ["huawei.templates_update", "huawei.templates_delete", "iovox.call_flows_update",
          "iovox.call_flows_delete", "itnio.flows_update"]  # fmt: skip


@pytest.mark.parametrize("name", SERVED)
def test_slow_answer_over_the_network(served: tuple[str, MockServer], name: str) -> None:
    url, server = served
    server.reset()
    operation = next(op for op in MUTATING if op.qualified_name == name)
    scenario = SCENARIOS[name]
    clients = sync_clients(httpx.Client(), base_url=url)
    prepared = scenario.setup(clients)  # also fetches and caches the IAM token, with the default timeout
    # The mock holds the answer 3 s; the client waits 1 s per attempt (room for a busy machine's retry).
    impatient = Clients(
        *(c.with_options(timeout=1.0) for c in (clients.itnio, clients.msgsms, clients.iovox))
    )
    server.faults.add(Fault(kind="slow", delay=3.0, count=1, operation=operation.name))
    check(operation, lambda: scenario.call(impatient, prepared), server, control(scenario))


# -- what is and is not repeated ---------------------------------------------------------------------


def test_a_connect_failure_is_retried_even_for_a_create(server: MockServer) -> None:
    inner = server.httpx_transport()
    attempts: list[str] = []

    def refuse_first(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if len(attempts) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return inner.handle_request(request)

    clients = sync_clients(httpx.Client(transport=httpx.MockTransport(refuse_first)))
    assert clients.itnio.flows.create(name="once", flow=[NODE]).name == "once"
    assert len(attempts) == 2 and len(server.state()["itnio"]["flows"][DEMO["ITNIO_API_KEY"]]) == 1


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadError("reset"), httpx.RemoteProtocolError("server disconnected"), httpx.WriteError("pipe")],
    ids=lambda e: type(e).__name__,
)
def test_a_failure_after_sending_is_an_unknown_outcome_not_a_timeout(
    server: MockServer, failure: httpx.TransportError
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    clients = sync_clients(httpx.Client(transport=httpx.MockTransport(fail)))
    with pytest.raises(errors.APIOutcomeUnknownError) as caught:
        clients.iovox.call_flows.delete(["x"])
    assert isinstance(caught.value, errors.APIConnectionError)
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert caught.value.operation == "iovox.call_flows_delete"


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad header")],
    ids=lambda e: type(e).__name__,
)
def test_a_request_that_never_left_is_not_an_unknown_outcome(
    server: MockServer, failure: httpx.TransportError
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    clients = sync_clients(httpx.Client(transport=httpx.MockTransport(fail)))
    with pytest.raises(errors.APIConnectionError) as caught:
        clients.iovox.call_flows.delete(["x"])
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)


def test_an_operation_safe_to_repeat_still_says_timeout_when_every_attempt_times_out() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("late", request=request)

    attempts = 0

    def counting(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        return slow(request)

    clients = sync_clients(httpx.Client(transport=httpx.MockTransport(counting)))
    with pytest.raises(errors.APITimeoutError) as caught:
        clients.itnio.flows.update(1, name="name", flow=[NODE])
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)
    assert attempts == 1 + RETRY.max_retries


# -- the specs decide, explicitly, for every operation -----------------------------------------------


def test_every_operation_declares_whether_it_is_safe_to_repeat() -> None:
    for path in openapi_specs():
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for _, _, operation in operations(doc):
            mark = operation.get("x-commspec-idempotent")
            assert isinstance(mark, bool), f"{path.name} {operation['operationId']}: x-commspec-idempotent"


def test_the_generator_refuses_an_operation_without_a_mark() -> None:
    operation = {"operationId": "things_delete", "parameters": [], "x-commspec-mock": {"action": "vendor"}}
    doc = {"paths": {"/things/{id}": {"delete": operation}}}
    with pytest.raises(GenerationFailed, match=r"things_delete: x-commspec-idempotent must be true or false"):
        _operations(doc, {"components": {"schemas": {}}})
    doc["paths"]["/things/{id}"]["delete"]["x-commspec-idempotent"] = False
    assert (
        _operations(doc, {"components": {"schemas": {}}})[0]["idempotent"] is False
    )  # the mark wins over the method


def test_iam_token_requests_are_marked_safe_to_repeat() -> None:
    # A second token request only issues another token; older ones stay valid (reference §7).
    assert huawei_iam.OPERATIONS["tokens_create"].idempotent is True
