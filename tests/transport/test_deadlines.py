"""``timeout`` bounds each attempt as a whole, slow drips included, and the retry policy's total budget
bounds the whole call: past either, the call raises APITimeoutError while the server is still sending.

No wall-clock assertions: the proof is that the server had not finished its reply when the client gave up.
"""

from __future__ import annotations

from typing import Any

import pytest
from transport_clients import ALL_CLIENTS, ASYNC_CLIENTS, call, make
from transport_hostile import HostileServer, Reply, head

from commspec import errors
from commspec._retry import RetryPolicy
from commspec.itnio import AsyncItnioClient, ItnioClient

BODY = b'{"status":"0","reason":"ok","data":[]}' + b" " * 162  # 200 bytes of valid JSON
DRIP = 0.05  # seconds between bytes: the whole body takes 10 s
ids = {"ids": lambda cls: cls.__name__}


def drip_body(_: bytes) -> Reply:
    headers = {"Content-Type": "application/json", "Content-Length": str(len(BODY))}
    return Reply(head(headers=headers), [BODY[i : i + 1] for i in range(len(BODY))], interval=DRIP)


def drip_headers(_: bytes) -> Reply:
    # Everything, status line included, one byte at a time.
    whole = head(headers={"Content-Type": "application/json", "Content-Length": str(len(BODY))}) + BODY
    return Reply(b"", [whole[i : i + 1] for i in range(len(whole))], interval=DRIP)


async def outcome(client: Any) -> Any:
    try:
        return await call(client)
    except Exception as error:  # the test inspects whatever came out
        return error


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_a_dripping_body_cannot_outlast_the_timeout(cls: type[Any]) -> None:
    with HostileServer(drip_body) as server:
        client = make(cls, server.url, token="preissued-token-0123", timeout=0.5, max_retries=0)
        result = await outcome(client)
        assert server.wait_closed()
    assert isinstance(result, errors.APITimeoutError), repr(result)
    assert [exchange.finished for exchange in server.exchanges] == [False]
    assert server.body_sent < len(BODY)


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_the_retry_budget_bounds_the_whole_call(cls: type[Any]) -> None:
    # Each attempt alone would be allowed 60 s; the budget of 0.5 s for the whole call wins.
    budget = RetryPolicy(max_retries=5, initial_backoff=0.001, max_backoff=0.002, total_budget=0.5)
    with HostileServer(drip_body) as server:
        client = make(cls, server.url, token="preissued-token-0123", timeout=60, retry=budget)
        result = await outcome(client)
        assert server.wait_closed()
    assert isinstance(result, errors.APITimeoutError), repr(result)
    assert not any(exchange.finished for exchange in server.exchanges)


@pytest.mark.parametrize("cls", list(ASYNC_CLIENTS.values()), **ids)
async def test_async_clients_bound_a_dripping_status_line_and_headers_too(cls: type[Any]) -> None:
    with HostileServer(drip_headers) as server:
        client = make(cls, server.url, token="preissued-token-0123", timeout=0.5, max_retries=0)
        result = await outcome(client)
        assert server.wait_closed()
    assert isinstance(result, errors.APITimeoutError), repr(result)
    assert [exchange.finished for exchange in server.exchanges] == [False]


@pytest.mark.parametrize("cls", [ItnioClient, AsyncItnioClient], **ids)
async def test_a_timely_answer_is_unaffected(cls: type[Any]) -> None:
    def prompt(_: bytes) -> Reply:
        return Reply(
            head(headers={"Content-Type": "application/json", "Content-Length": str(len(BODY))}), [BODY]
        )

    with HostileServer(prompt) as server:
        assert await call(make(cls, server.url, timeout=5, max_retries=0)) == []
