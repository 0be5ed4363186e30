"""The mock never answers 500 to a client's input: each hostile request the issue reported gets the
vendor's documented parameter/format error (or a 4xx where the vendor documents none), and the mock
keeps serving afterwards. Requests go through the ASGI app as uvicorn delivers them (raw header bytes)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import commspec.mock
from commspec._spec import Operation
from commspec.mock import MockConfig, MockServer
from commspec.mock._faults import MAX_DELAY
from commspec.mock._http import MAX_JSON_DEPTH
from tests.mock.wire import (
    JSON,
    LIST_FLOWS,
    TEMPLATES,
    asgi,
    concrete_path,
    create_call_flow,
    credentials_for,
    fixed_query,
    huawei_token,
    iovox_headers,
    itnio_headers,
    nested_calls,
    spec_operations,
)

OPERATIONS = list(spec_operations())
DEEP = b"[" * 100_000 + b"]" * 100_000
TEMPLATE = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Hi ${NUM_6}",
    "template_name": "t1",
    "flow_status": "Pending",  # a draft: it may be updated
}


def still_serving(server: MockServer) -> None:
    """A plain valid request still succeeds (the hostile one did not break the mock)."""
    answer = asgi(server, "GET", "/otp/flow/list", headers=itnio_headers())
    assert (answer.status, answer.json()["status"]) == (200, "0")


# -- headers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xff", "é".encode(), "\u4e2d\u6587".encode(), b"\x80abc"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name)
def test_non_ascii_header_byte_on_every_route(operation: Operation, value: bytes) -> None:
    server = MockServer()
    headers = [*credentials_for(server, operation), (b"x-trace", value)]
    answer = asgi(
        server,
        operation.method,
        concrete_path(operation),
        query=fixed_query(operation),
        headers=headers,
        body=b"{}",
    )
    assert answer.status < 500, answer.body
    still_serving(server)


@pytest.mark.parametrize(
    "route", [("GET", "/_mock/state"), ("GET", "/_mock/faults"), ("POST", "/_mock/reset")]
)
def test_non_ascii_header_byte_on_control_routes(route: tuple[str, str]) -> None:
    server = MockServer()
    answer = asgi(server, *route, headers=[(b"x-trace", "é".encode()), (b"user-agent", b"\xff"), *JSON])
    assert answer.status == 200
    still_serving(server)


def test_non_ascii_credentials_are_wrong_credentials() -> None:
    server = MockServer()
    bad_key = [(b"api-key", "clé".encode()), *itnio_headers()[1:]]
    assert asgi(server, "GET", "/otp/flow/list", headers=bad_key).json()["status"] == "-1"
    token = [(b"x-auth-token", b"MII\xff\xfe")]
    answer = asgi(server, "GET", TEMPLATES, headers=token)
    assert (answer.status, answer.json()["error_code"]) == (401, "MSGSMS.0003")
    user = [(b"username", "usér".encode()), (b"securekey", b"\xe9")]
    assert asgi(server, "GET", "/CallFlow", query=LIST_FLOWS, headers=user).status == 401
    still_serving(server)


# -- ITNIO numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_5000_digit_flow_id_is_a_parameter_error(method: str) -> None:
    server = MockServer()
    flow_id = "9" * 5000
    path = f"/otp/flow/details/{flow_id}" if method == "GET" else f"/otp/flow/update/{flow_id}"
    body = json.dumps({"name": "name", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms"}]})
    answer = asgi(server, method, path, headers=itnio_headers(), body=body.encode())
    assert (answer.status, answer.json()["status"]) == (200, "-22")  # OTP's parameter exception
    still_serving(server)


@pytest.mark.parametrize("timestamp", [b"9" * 5000, "²".encode("latin-1"), "١٢٣".encode(), b"1_700_000_000"])
@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/otp/flow/list", b"", "-16"),
        ("/aivoice/taskList", b'{"current":1,"size":10,"params":{"appId":"LILIN888"}}', "-4"),
    ],
)
def test_validly_signed_malformed_timestamp_is_timestamp_expired(
    timestamp: bytes, path: str, body: bytes, code: str
) -> None:
    server = MockServer()
    method = "GET" if path.startswith("/otp") else "POST"
    answer = asgi(server, method, path, headers=itnio_headers(timestamp), body=body)
    assert (answer.status, answer.json()["status"]) == (200, code)
    still_serving(server)


# -- deep JSON --------------------------------------------------------------------------------------


def test_deeply_nested_json_to_itnio_is_a_parameter_error() -> None:
    server = MockServer()
    otp = asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=DEEP)
    assert (otp.status, otp.json()["status"]) == (200, "-22")
    aivoice = asgi(server, "POST", "/aivoice/taskList", headers=itnio_headers(), body=DEEP)
    assert (aivoice.status, aivoice.json()["status"]) == (200, "-46")  # malformed JSON
    nested = b'{"current":1,"size":10,"params":{"appId":"LILIN888","name":' + b"[" * 900 + b"]" * 900 + b"}}"
    answer = asgi(server, "POST", "/aivoice/taskList", headers=itnio_headers(), body=nested)
    assert (answer.status, answer.json()["status"]) == (200, "-46")
    still_serving(server)


def test_deeply_nested_json_to_huawei_is_a_parameter_error() -> None:
    server = MockServer()
    iam = asgi(server, "POST", "/v3/auth/tokens", body=DEEP)
    assert (iam.status, iam.json()["error"]["code"]) == (400, 400)
    token = [(b"x-auth-token", huawei_token(server))]
    msgsms = asgi(server, "POST", TEMPLATES, headers=token, body=DEEP)
    assert (msgsms.status, msgsms.json()["error_code"]) == (400, "MSGSMS.0002")
    still_serving(server)


def test_deeply_nested_json_to_the_fault_api_is_refused() -> None:
    server = MockServer()
    assert asgi(server, "POST", "/_mock/faults", headers=JSON, body=DEEP).status == 400
    assert server.faults.snapshot() == []


# -- IOVOX getCallFlows ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "message"), [("page", "Page Number"), ("limit", "Limit")])
@pytest.mark.parametrize("value", ["²", "١", "9" * 5000, "1_0", " 1"])
def test_unicode_or_huge_page_and_limit_are_not_integers(name: str, message: str, value: str) -> None:
    server = MockServer()
    query = LIST_FLOWS + b"&" + str(httpx.QueryParams({name: value})).encode()
    answer = asgi(server, "GET", "/CallFlow", query=query, headers=iovox_headers())
    assert answer.status == 400
    assert f"{message} not an integer".encode() in answer.body
    still_serving(server)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("", ["third", "second", "first"]),  # default c_DESC
        ("c_DESC", ["third", "second", "first"]),
        ("c_ASC", ["first", "second", "third"]),
        ("tna_ASC", ["first", "second", "third"]),
        ("tno_DESC", ["first", "second", "third"]),  # every note is empty: creation order kept
    ],
)
def test_call_flow_list_sorts_several_flows(order: str, expected: list[str]) -> None:
    server = MockServer()
    for name in ("first", "second", "third"):
        create_call_flow(server, name)
    query = LIST_FLOWS + (b"&order=" + order.encode() if order else b"")
    answer = asgi(server, "GET", "/CallFlow", query=query, headers=iovox_headers())
    assert answer.status == 200, answer.body
    assert [row["template_name"] for row in answer.json()["response"]["results"]] == expected


@pytest.mark.parametrize("levels", [40, 200, 3000])
def test_deeply_nested_call_flow_is_invalid_xml(levels: int) -> None:
    server = MockServer()
    query = b"v=3&method=createCallFlow"
    answer = asgi(
        server, "POST", "/CallFlow", query=query, headers=iovox_headers(), body=nested_calls(levels)
    )
    assert answer.status == 400, answer.body
    assert b"XML Invalid. " in answer.body and b"nesting depth" in answer.body
    assert server.internal_errors == []
    create_call_flow(server, "shallow")


# -- Huawei path ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_query_id_does_not_override_the_path_id(method: str) -> None:
    server = MockServer()
    token = [(b"x-auth-token", huawei_token(server)), (b"content-type", b"application/json")]
    created = asgi(server, "POST", TEMPLATES, headers=token, body=json.dumps(TEMPLATE).encode())
    template_id = created.json()["id"]
    body = json.dumps({**TEMPLATE, "template_name": "renamed"}).encode() if method == "PUT" else b""
    answer = asgi(server, method, f"{TEMPLATES}/{template_id}", query=b"id=other", headers=token, body=body)
    assert answer.status == 200, answer.body
    if method != "DELETE":
        assert answer.json()["id"] == template_id


# -- body cap ---------------------------------------------------------------------------------------


def test_default_body_cap_is_documented_and_answers_413() -> None:
    server = MockServer()
    cap = server.config.max_body_bytes
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for documentation in (commspec.mock.__doc__ or "", readme):
        assert f"{cap:,} bytes" in documentation and f"{MAX_DELAY:g} s" in documentation
    assert f"{MAX_JSON_DEPTH} levels" in (commspec.mock.__doc__ or "")
    for method, path, query, headers in [
        ("POST", "/otp/flow/add", b"", itnio_headers()),
        ("POST", TEMPLATES, b"", [(b"x-auth-token", huawei_token(server))]),
        ("POST", "/CallFlow", b"v=3&method=createCallFlow", iovox_headers()),
        ("POST", "/_mock/faults", b"", []),
    ]:
        answer = asgi(server, method, path, query=query, headers=headers, body=b" " * (cap + 1))
        assert answer.status == 413, path
    still_serving(server)


def test_body_cap_is_configurable() -> None:
    server = MockServer(MockConfig(max_body_bytes=2000))
    body = json.dumps({"name": "name", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms"}]})
    padded = body.encode() + b" " * (2000 - len(body))
    assert asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=padded).json()["status"] == "0"
    too_big = asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=padded + b" ")
    assert too_big.status == 413
    still_serving(server)


def test_body_cap_applies_in_process_too() -> None:
    server = MockServer(MockConfig(max_body_bytes=10))
    client = httpx.Client(transport=server.httpx_transport(), base_url="http://mock")
    assert client.post("/_mock/faults", content=b"x" * 11).status_code == 413
