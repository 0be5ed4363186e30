"""ITNIO's ``reason`` is the English label the vendor publishes for the code (seed 000's and seed 003's
status-code tables), not commspec's paraphrase of it."""

from __future__ import annotations

import json

import pytest

from commspec.mock import MockServer
from tests.mock.wire import asgi, itnio_headers

TASK_LIST = json.dumps({"current": 1, "size": 10, "params": {"appId": "LILIN888"}}).encode()


def headers_without(name: bytes) -> list[tuple[bytes, bytes]]:
    return [(k, v) for k, v in itnio_headers() if k != name]


@pytest.mark.parametrize(
    ("headers", "status", "reason"),
    [
        (headers_without(b"sign"), "-57", "The Sign cannot be empty"),
        (headers_without(b"timestamp"), "-58", "The Timestamp cannot be empty"),
        (headers_without(b"api-key"), "-59", "The Api-Key cannot be empty"),
        (itnio_headers(timestamp=b"1000000000"), "-4", "Timestamp expires"),
        ([(k, b"0" * 32 if k == b"sign" else v) for k, v in itnio_headers()], "-1", "Authentication error"),
    ],
)
def test_task_list_reasons_are_seed_003_labels(
    headers: list[tuple[bytes, bytes]], status: str, reason: str
) -> None:
    answer = asgi(MockServer(), "POST", "/aivoice/taskList", headers=headers, body=TASK_LIST).json()
    assert (answer["status"], answer["reason"], answer["data"]) == (status, reason, None)


def test_unknown_application_is_seed_003_label() -> None:
    body = json.dumps({"current": 1, "size": 10, "params": {"appId": "no-such-app"}}).encode()
    answer = asgi(MockServer(), "POST", "/aivoice/taskList", headers=itnio_headers(), body=body).json()
    assert (answer["status"], answer["reason"]) == ("-37", "Application does not exist")


def test_flow_reasons_are_seed_000_labels() -> None:
    server = MockServer()
    flow = b'{"name": "same", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms"}]}'
    assert asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=flow).json()["status"] == "0"
    duplicate = asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=flow).json()
    assert (duplicate["status"], duplicate["reason"]) == ("-20", "Data existing")
    unknown = asgi(server, "GET", "/otp/flow/details/999", headers=itnio_headers()).json()
    assert (unknown["status"], unknown["reason"]) == ("-22", "Parameter exception")


def test_answers_carry_the_specs_content_type() -> None:
    answer = asgi(MockServer(), "GET", "/otp/flow/list", headers=itnio_headers())
    assert answer.headers["content-type"] == "application/json;charset=UTF-8"
