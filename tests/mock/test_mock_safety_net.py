"""An exception escaping a vendor fake is a bug of the mock: it is logged with its traceback and counted
in ``state()["internal_errors"]`` (so a test can fail on it), and the client gets the vendor's own
server-error answer from the spec, never a bare 500 with a traceback; the mock keeps serving."""

from __future__ import annotations

from typing import Any, NoReturn

import httpx
import pytest

from commspec import errors
from commspec._spec import Operation
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from tests.mock.wire import (
    JSON,
    LIST_FLOWS,
    TEMPLATES,
    asgi,
    huawei_token,
    iovox_headers,
    itnio_headers,
    token_request,
)


def explode(*args: Any, **kwargs: Any) -> NoReturn:
    raise RuntimeError("a bug in the mock, with a detail that must not reach the client")


def break_operation(monkeypatch: pytest.MonkeyPatch, server: MockServer, vendor: str, name: str) -> None:
    """Make the engine raise while applying operation ``name`` (every other operation still works)."""
    engine = server.backend(vendor).engine
    real = engine.apply

    def apply(operation: Operation, call: Any) -> Any:
        return explode() if operation.name == name else real(operation, call)

    monkeypatch.setattr(engine, "apply", apply)


def assert_logged_and_counted(server: MockServer, caplog: pytest.LogCaptureFixture, operation: str) -> None:
    records = [r for r in caplog.records if r.name == "commspec.mock" and r.exc_info]
    assert len(records) == 1 and operation in records[0].getMessage()
    assert server.state()["internal_errors"] == [f"{operation}: RuntimeError"]


def test_itnio_bug_is_the_documented_system_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = MockServer()
    break_operation(monkeypatch, server, "itnio", "flows_list")
    answer = asgi(server, "GET", "/otp/flow/list", headers=itnio_headers())
    assert answer.status == 200  # ITNIO reports every failure in a 200 envelope
    assert answer.json() == {
        "status": "-18",
        "reason": "Port program unusual",  # the vendor's published label (seed 000)
        "data": None,
    }
    assert b"Traceback" not in answer.body and b"must not reach" not in answer.body
    assert_logged_and_counted(server, caplog, "itnio.flows_list")
    client = ItnioClient(
        DEMO["ITNIO_API_KEY"],
        DEMO["ITNIO_API_SECRET"],
        base_url="http://mock",
        http_client=httpx.Client(transport=server.httpx_transport()),
        max_retries=0,
    )
    with pytest.raises(errors.ServerError) as raised:
        client.flows.list()
    assert raised.value.code == "-18"
    assert asgi(server, "POST", "/_mock/reset", headers=JSON).status == 200
    assert server.state()["internal_errors"] == []


def test_huawei_bug_is_the_documented_internal_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = MockServer()
    token = huawei_token(server)
    break_operation(monkeypatch, server, "huawei", "templates_list")
    answer = asgi(server, "GET", TEMPLATES, headers=[(b"x-auth-token", token)])
    assert answer.status == 500
    assert answer.json() == {"error_code": "MSGSMS.0001", "error_msg": "Internal server error."}
    assert b"must not reach" not in answer.body
    assert_logged_and_counted(server, caplog, "huawei.templates_list")


def test_iam_bug_is_keystones_internal_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = MockServer()
    monkeypatch.setattr(server.backend("huawei"), "issue_token", explode)
    answer = asgi(server, "POST", "/v3/auth/tokens", body=token_request())
    assert answer.status == 500
    assert answer.json()["error"]["code"] == 500
    assert_logged_and_counted(server, caplog, "huawei.tokens_create")


def test_iovox_bug_is_the_documented_internal_server_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = MockServer()
    break_operation(monkeypatch, server, "iovox", "call_flows_list")
    answer = asgi(server, "GET", "/CallFlow", query=LIST_FLOWS, headers=iovox_headers())
    assert answer.status == 500
    assert answer.body.endswith(b'<errors><error status="500">Internal Server Error</error></errors>')
    assert_logged_and_counted(server, caplog, "iovox.call_flows_list")


def test_the_mock_keeps_serving_after_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    server = MockServer()
    break_operation(monkeypatch, server, "itnio", "flows_list")
    for _ in range(3):
        asgi(server, "GET", "/otp/flow/list", headers=itnio_headers())
    created = asgi(
        server,
        "POST",
        "/otp/flow/add",
        headers=itnio_headers(),
        body=b'{"name": "after", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms"}]}',
    )
    assert created.json()["status"] == "0"
    assert len(server.state()["internal_errors"]) == 3
