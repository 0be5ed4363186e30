"""``/_mock/faults`` (and ``server.faults.add``) refuse every ill-formed fault with 400 naming the field:
a fault that is accepted but never injected (a misspelt operation) lets a test pass without testing
anything, and a mistyped one used to break or hang the mock."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from commspec.mock import Fault, MockServer
from commspec.mock._faults import MAX_DELAY
from tests.mock.wire import asgi, spec_operations

VALID_NAMES = sorted({name for op in spec_operations() for name in (op.name, op.qualified_name)})

ILL_FORMED: list[tuple[Any, str]] = [
    ({"kind": "status", "status": "abc"}, "status"),
    ({"kind": "status", "status": 99999}, "status"),
    ({"kind": "status", "status": -1}, "status"),
    ({"kind": "status", "status": 200}, "status"),
    ({"kind": "status", "status": True}, "status"),
    ({"kind": "status", "status": 503.5}, "status"),
    ({"kind": "slow", "delay": "abc"}, "delay"),
    ({"kind": "slow", "delay": 1e308}, "delay"),
    ({"kind": "slow", "delay": MAX_DELAY + 1}, "delay"),
    ({"kind": "slow", "delay": -1}, "delay"),
    ({"kind": "status", "probability": "x"}, "probability"),
    ({"kind": "status", "probability": 2}, "probability"),
    ({"kind": "status", "probability": -0.5}, "probability"),
    ({"kind": "status", "count": "x"}, "count"),
    ({"kind": "status", "count": 0}, "count"),
    ({"kind": "status", "count": -3}, "count"),
    ({"kind": "status", "count": 1.5}, "count"),
    ({"kind": "status", "count": True}, "count"),
    ({"kind": "status", "retry_after": "soon"}, "retry_after"),
    ({"kind": "status", "retry_after": -1}, "retry_after"),
    ({"kind": "status", "operation": "flows_craete"}, "operation"),
    ({"kind": "status", "operation": 7}, "operation"),
    ({"kind": "status", "operation": ""}, "operation"),
    ({"kind": "explode"}, "kind"),
    ({"status": 503}, "kind"),
    ({"kind": "status", "colour": "red"}, "colour"),
    ([{"kind": "status"}], "(body)"),
    ("status", "(body)"),
]


def post(server: MockServer, body: bytes) -> tuple[int, dict[str, Any]]:
    answer = asgi(
        server, "POST", "/_mock/faults", headers=[(b"content-type", b"application/json")], body=body
    )
    return answer.status, answer.json()


@pytest.mark.parametrize(("fault", "field"), ILL_FORMED, ids=[f"{f}" for f in ILL_FORMED])
def test_ill_formed_fault_is_refused_naming_the_field(fault: Any, field: str) -> None:
    server = MockServer()
    status, body = post(server, json.dumps(fault).encode())
    assert status == 400
    assert body["field"] == field and field in body["error"]
    assert server.faults.snapshot() == []


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity"])
@pytest.mark.parametrize("field", ["delay", "probability", "retry_after"])
def test_non_finite_numbers_are_refused(field: str, literal: bytes) -> None:
    server = MockServer()
    status, body = post(server, b'{"kind": "slow", "%s": %s}' % (field.encode(), literal))
    assert (status, body["field"]) == (400, field)


@pytest.mark.parametrize("body", [b"", b"{", b"\xff\xfe", b"[" * 100_000])
def test_a_body_that_is_not_json_is_refused(body: bytes) -> None:
    assert post(MockServer(), body)[0] == 400


def test_unknown_operation_lists_the_spec_operation_names() -> None:
    status, body = post(MockServer(), b'{"kind": "status", "operation": "flows_craete"}')
    assert status == 400
    assert body["valid"] == VALID_NAMES
    assert "flows_create" in body["error"] and "call_flows_retrieve" in body["error"]


@pytest.mark.parametrize(
    ("fault", "field"), [(f, n) for f, n in ILL_FORMED if isinstance(f, dict) and "kind" in f]
)
def test_python_api_refuses_the_same_faults(fault: dict[str, Any], field: str) -> None:
    server = MockServer()
    try:
        candidate = Fault(**fault)
    except TypeError:
        assert field not in Fault.__dataclass_fields__  # an unknown keyword: Python refuses it already
        return
    with pytest.raises(ValueError, match=field):
        server.faults.add(candidate)
    assert server.faults.snapshot() == []


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 503, "operation": "templates_list", "count": 2, "retry_after": 0},
        {"kind": "status", "status": 429, "count": None, "probability": 0.5},
        {"kind": "slow", "delay": 0.01, "operation": "call_flows_retrieve"},
        {"kind": "slow", "delay": MAX_DELAY},
        {"kind": "html", "status": 502},
        {"kind": "reset", "operation": "tokens_create", "probability": 1},
        {"kind": "malformed_json", "operation": "flows_list", "count": 1},
        {"kind": "truncated", "operation": None},
    ],
)
def test_well_formed_faults_are_accepted(fault: dict[str, Any]) -> None:
    server = MockServer()
    status, body = post(server, json.dumps(fault).encode())
    assert (status, body) == (201, {"added": True})
    assert len(server.faults.snapshot()) == 1


def test_a_counted_fault_is_injected_exactly_count_times() -> None:
    server = MockServer()
    client = httpx.Client(transport=server.httpx_transport(), base_url="http://mock")
    assert (
        post(server, b'{"kind": "status", "status": 503, "operation": "templates_list", "count": 2}')[0]
        == 201
    )
    statuses = [client.get("/v2/p/msgsms/templates").status_code for _ in range(3)]
    assert statuses == [503, 503, 401]  # then the real answer: no token
