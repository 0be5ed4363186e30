"""Hearing back (issue 21): after a send, the mock pushes a status report per accepted number to the
send's statusCallback (DELIVRD unless a test chose another outcome, at once unless delayed until
``advance()``). In-process it is handed to the receiver the test registered (an ASGI app: the user's own
endpoint) and recorded in ``callbacks()``; served, it is POSTed from a background thread (loopback only,
bounded retries) without holding the API answer back."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import parse_qs

import httpx
import pytest

from commspec.huawei import SmsClient
from commspec.huawei.webhooks import StatusReport, parse_status_report
from commspec.mock import MockServer
from commspec.mock._serve import running_server
from commspec.testing import VendorMock, mock_vendors
from tests.mock.wire import seed_sms_template

NUMBER, OTHER = "+8613800000000", "+8613800000001"
# A secret token in the path: the platform does not sign its pushes (README, "Hearing back").
CALLBACK = "https://shop.example/hooks/huawei-sms/4f1c9a7e"


def webhook_app(received: list[StatusReport]) -> Any:
    """A user's webhook endpoint, as a bare ASGI app: it accepts reports on its secret path only."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = dict(scope["headers"])
        if scope["path"] != "/hooks/huawei-sms/4f1c9a7e":
            status = 404
        else:
            received.append(parse_status_report(body, headers.get(b"content-type", b"").decode()))
            status = 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


@pytest.fixture
def mock() -> Iterator[VendorMock]:
    with mock_vendors() as mock:
        seed_sms_template(mock.server, "otp", "Your code is ${NUM_6}")
        yield mock


def send(*numbers: str, callback: str | None = CALLBACK, extend: str | None = None) -> list[str]:
    answer = SmsClient().messages.send(
        sender="isms1",
        to=list(numbers),
        template_id="otp",
        template_params=["424242"],
        status_callback=callback,
        extend=extend,
    )
    assert answer.result is not None
    return [r.sms_msg_id or "" for r in answer.result]


def test_the_users_endpoint_receives_a_delivered_report_per_number(mock: VendorMock) -> None:
    received: list[StatusReport] = []
    mock.on_callback(CALLBACK, webhook_app(received))
    ids = send(NUMBER, OTHER, extend="order-7")
    assert [(r.sms_msg_id, r.status, r.to, r.extend) for r in received] == [
        (ids[0], "DELIVRD", NUMBER, "order-7"),
        (ids[1], "DELIVRD", OTHER, "order-7"),
    ]
    assert [(c.url, c.status, c.content_type) for c in mock.callbacks()] == [
        (CALLBACK, 200, "application/x-www-form-urlencoded")
    ] * 2


def test_a_test_chooses_a_failed_delivery_later_released_by_advance(mock: VendorMock) -> None:
    received: list[StatusReport] = []
    mock.on_callback(CALLBACK, webhook_app(received))
    mock.server.backend("huawei_sms").report(OTHER, "UNDELIV", delay=120)
    send(NUMBER, OTHER)
    assert [r.to for r in received] == [NUMBER]
    mock.advance(60)
    assert len(received) == 1  # not due yet
    mock.advance(60)
    assert [(r.to, r.status) for r in received] == [(NUMBER, "DELIVRD"), (OTHER, "UNDELIV")]
    assert [d.to for d in mock.outbox()] == [NUMBER]  # an undelivered message reaches no phone


def test_a_plain_callable_receives_the_request(mock: VendorMock) -> None:
    seen: list[httpx.Request] = []
    mock.on_callback(CALLBACK, lambda request: seen.append(request) or httpx.Response(204))
    send(NUMBER)
    assert [parse_qs(r.content.decode())["status"] for r in seen] == [["DELIVRD"]]
    assert mock.callbacks(CALLBACK)[0].status == 204


def test_a_failing_receiver_never_breaks_the_send(mock: VendorMock) -> None:
    def broken(request: httpx.Request) -> None:
        raise RuntimeError("the user's bug")

    mock.on_callback(CALLBACK, broken)
    assert send(NUMBER)  # the send still answers
    [callback] = mock.callbacks()
    assert callback.status is None and callback.error == "RuntimeError: the user's bug"


def test_no_report_without_a_callback_and_unreceived_ones_are_recorded(mock: VendorMock) -> None:
    send(NUMBER, callback=None)
    assert mock.callbacks() == []
    send(NUMBER)
    [callback] = mock.callbacks()
    assert callback.status is None and "no receiver" in (callback.error or "")


class Receiver(http.server.BaseHTTPRequestHandler):
    """A local webhook server: answers ``statuses`` in turn (then 200), after ``gate`` opens."""

    disable_nagle_algorithm = True
    # Each test's subclass gets its own (the fixture below).
    statuses: ClassVar[list[int]]
    bodies: ClassVar[list[bytes]]
    gate: ClassVar[threading.Event]

    def do_POST(self) -> None:
        self.gate.wait(10)
        self.bodies.append(self.rfile.read(int(self.headers["content-length"])))
        self.send_response(self.statuses.pop(0) if self.statuses else 200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[Receiver]]]:
    handler = type("TestReceiver", (Receiver,), {"statuses": [], "bodies": [], "gate": threading.Event()})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/hooks/4f1c9a7e", handler
    finally:
        handler.gate.set()
        httpd.shutdown()
        httpd.server_close()


def served_send(url: str, callback: str) -> None:
    client = SmsClient("demo-sms-app-key", "demo-sms-app-secret", base_url=url)
    client.messages.send(
        sender="isms1", to=[NUMBER], template_id="otp", template_params=["1"], status_callback=callback
    )


def test_the_served_mock_posts_the_report_without_holding_the_answer(
    receiver: tuple[str, type[Receiver]],
) -> None:
    callback_url, handler = receiver
    server = MockServer()
    seed_sms_template(server, "otp", "Your code is ${NUM_6}")
    with running_server(server) as url:
        served_send(url, callback_url)  # answered while the receiver is still blocked on its gate
        [callback] = server.callbacks.records()
        assert callback.status is None
        handler.gate.set()
        assert callback.done.wait(10)
    assert callback.status == 200
    assert parse_status_report(handler.bodies[0], "application/x-www-form-urlencoded").status == "DELIVRD"


def test_the_served_mock_retries_a_failing_receiver_a_bounded_number_of_times(
    receiver: tuple[str, type[Receiver]],
) -> None:
    callback_url, handler = receiver
    handler.gate.set()
    handler.statuses.extend([503, 503, 503, 503])
    server = MockServer()
    seed_sms_template(server, "otp", "Your code is ${NUM_6}")
    with running_server(server) as url:
        served_send(url, callback_url)
        [callback] = server.callbacks.records()
        assert callback.done.wait(10)
    assert (callback.attempts, callback.status, len(handler.bodies)) == (3, 503, 3)


def test_the_served_mock_posts_to_loopback_addresses_only() -> None:
    server = MockServer()
    seed_sms_template(server, "otp", "Your code is ${NUM_6}")
    with running_server(server) as url:
        served_send(url, "http://192.0.2.10/hooks")  # TEST-NET-1: never reached
        [callback] = server.callbacks.records()
        assert callback.done.wait(10)
    assert callback.status is None and "loopback" in (callback.error or "")
