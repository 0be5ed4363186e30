"""Retry policy: retryable faults succeed within max_retries, each attempt signed afresh; the rest
surface as typed errors; the mock's state shows no duplicated change."""

from __future__ import annotations

import itertools
import logging

import httpx
import pytest

from commspec import errors
from commspec._retry import RetryPolicy, retry_after_seconds
from commspec.itnio import ItnioClient
from commspec.mock import Fault, MockServer

KEY, SECRET = "demo-itnio-key", "demo-itnio-secret"
FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.002, total_budget=5.0)
NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}


def client(server: MockServer, retry: RetryPolicy = FAST, timeout: float | None = None) -> ItnioClient:
    http = httpx.Client(transport=server.httpx_transport())
    return ItnioClient(KEY, SECRET, base_url="http://mock", http_client=http, retry=retry, timeout=timeout)


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_idempotent_call_recovers_from_transient_statuses(server: MockServer, status: int) -> None:
    server.faults.add(Fault(kind="status", status=status, count=2, retry_after=0))
    assert client(server).flows.list() == []
    assert server.request_count == 3


def test_retry_after_is_honoured_but_bounded_by_the_budget(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=429, retry_after=30, count=1))
    tight = RetryPolicy(max_retries=3, initial_backoff=0.001, total_budget=1.0)
    with pytest.raises(errors.RateLimitError) as caught:
        client(server, tight).flows.list()
    assert caught.value.http_status == 429 and server.request_count == 1


def test_gives_up_after_max_retries(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, count=None))
    with pytest.raises(errors.ServerError) as caught:
        client(server).flows.list()
    assert caught.value.http_status == 503
    assert server.request_count == 1 + FAST.max_retries


def test_non_idempotent_create_is_not_retried_after_a_500(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=500, operation="flows_create", count=1))
    with pytest.raises(errors.ServerError):
        client(server).flows.create(name="once", flow=[NODE])
    assert server.request_count == 1


def test_create_after_503_is_retried_and_stored_once(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, operation="flows_create", count=1))
    assert client(server).flows.create(name="once", flow=[NODE]).name == "once"
    assert len(server.state()["itnio"]["flows"][KEY]) == 1


def test_connection_reset_on_idempotent_call_is_retried(server: MockServer) -> None:
    server.faults.add(Fault(kind="reset", operation="flows_list", count=1))
    assert client(server).flows.list() == []
    assert server.request_count == 2


def test_connection_reset_on_create_surfaces_as_connection_error(server: MockServer) -> None:
    server.faults.add(Fault(kind="reset", operation="flows_create", count=None))
    with pytest.raises(errors.APIConnectionError):
        client(server).flows.create(name="maybe", flow=[NODE])


@pytest.mark.parametrize("kind", ["malformed_json", "truncated", "html"])
def test_broken_bodies_raise_typed_errors(server: MockServer, kind: str) -> None:
    server.faults.add(Fault(kind=kind, status=502, count=None))
    expected = errors.ServerError if kind == "html" else errors.ResponseFormatError
    with pytest.raises(expected):
        client(server, RetryPolicy(max_retries=0)).flows.list()


def test_each_attempt_is_signed_afresh() -> None:
    seen: list[tuple[str, str]] = []
    clock = itertools.count(1_700_000_000)

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["Timestamp"], request.headers["Sign"]))
        if len(seen) < 3:
            return httpx.Response(503)
        return httpx.Response(200, json={"status": "0", "reason": "success", "data": []})

    itnio = ItnioClient(
        KEY,
        SECRET,
        base_url="http://x",
        retry=FAST,
        http_client=httpx.Client(transport=httpx.MockTransport(flaky)),
    )
    itnio._pipeline.auth._clock = lambda: float(next(clock))  # type: ignore[union-attr]
    assert itnio.flows.list() == []
    assert len(seen) == 3 and len({ts for ts, _ in seen}) == 3 and len({s for _, s in seen}) == 3


def test_retry_after_parsing() -> None:
    assert retry_after_seconds(httpx.Response(429, headers={"retry-after": "2.5"})) == 2.5
    assert (
        retry_after_seconds(httpx.Response(429, headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}))
        == 0
    )
    assert retry_after_seconds(httpx.Response(429)) is None


def test_debug_logs_never_contain_credentials(server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="commspec")
    server.faults.add(Fault(kind="status", status=503, count=1))
    itnio = client(server)
    itnio.flows.create(name="logged", flow=[NODE])
    with pytest.raises(errors.ValidationError) as invalid:
        itnio.flows.create(name="x", flow=[NODE])
    text = caplog.text + repr(itnio) + str(invalid.value) + repr(itnio._pipeline.auth)
    assert "request POST http://mock/otp/flow/add attempt=2" in caplog.text
    assert KEY not in text and SECRET not in text


def test_timeout_applies_to_a_borrowed_http_client(server: MockServer) -> None:
    server.faults.add(Fault(kind="slow", delay=0.5, count=None))
    seen: list[object] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return server.httpx_transport().handle_request(request)

    borrowed = httpx.Client(transport=httpx.MockTransport(spy))
    itnio = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=borrowed, timeout=0.2, max_retries=0)
    server.faults.clear()
    itnio.flows.list()
    assert seen == [httpx.Timeout(0.2).as_dict()]
    assert borrowed.timeout == httpx.Timeout(5.0)  # the caller's client is left as it was


def test_with_options_overrides_retries_and_timeout_for_some_calls(server: MockServer) -> None:
    seen: list[object] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return server.httpx_transport().handle_request(request)

    itnio = ItnioClient(
        KEY,
        SECRET,
        base_url="http://mock",
        retry=FAST,
        http_client=httpx.Client(transport=httpx.MockTransport(spy)),
    )
    strict = itnio.with_options(max_retries=0, timeout=1.5)
    server.faults.add(Fault(kind="status", status=503, count=1))
    with pytest.raises(errors.ServerError):
        strict.flows.list()  # no retry on this view
    assert seen[-1] == httpx.Timeout(1.5).as_dict()
    server.faults.add(Fault(kind="status", status=503, count=1))
    assert itnio.flows.list() == []  # the client itself still retries
    strict.close()  # a view does not own the connections
    assert itnio.flows.create(name="still-open", flow=[NODE]).name == "still-open"
    assert strict.flows is not itnio.flows and strict.tasks._pipeline is strict._pipeline
