"""Response bodies are read under a byte cap counted on decoded bytes (default 10 MB, per client and per
call): a bigger body raises ResponseTooLargeError naming the cap, the connection is closed, and memory
stays near the cap whatever the server sends (endless bodies, gzip bombs, the IAM token response, a 401
answered during the token refresh)."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from transport_clients import ALL_CLIENTS, call, http_client, make
from transport_hostile import HostileServer, Reply, chunked, gzip_bomb, head

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import MockServer

MB = 1 << 20
DEFAULT_CAP = 10 * MB
CAP = 1 * MB
PIECE = b"[" + b" " * (64 * 1024 - 1)  # JSON that never ends
ENDLESS = 512  # pieces: 32 MB, "endless" for a 1 MB cap (and finite, should the cap ever break)
ids = {"ids": lambda cls: cls.__name__}


def padded(server: MockServer, size: int) -> httpx.MockTransport:
    """The mock's answers, grown to ``size`` bytes with trailing whitespace (still valid JSON / XML)."""
    inner = server.httpx_transport()

    def handle(request: httpx.Request) -> httpx.Response:
        answer = inner.handler(request)
        assert isinstance(answer, httpx.Response)
        body = answer.content + b" " * max(0, size - len(answer.content))
        headers = {k: v for k, v in answer.headers.items() if k.lower() != "content-length"}
        return httpx.Response(answer.status_code, headers=headers, content=body)

    return httpx.MockTransport(handle)


async def peak_memory(run: Callable[[], Awaitable[Any]]) -> tuple[Any, int]:
    """What ``run`` returned or raised, and the peak of Python memory allocated meanwhile."""
    tracemalloc.start()
    try:
        try:
            result = await run()
        except Exception as error:  # the test inspects whatever came out
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def assert_too_large(result: Any, cap: int) -> None:
    assert isinstance(result, errors.ResponseTooLargeError), repr(result)
    assert isinstance(result, errors.ResponseFormatError)  # callers handling bad bodies catch it too
    assert result.max_response_bytes == cap and f"{cap:,}" in str(result)


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_a_body_over_the_default_cap_is_refused(cls: type[Any], server: MockServer) -> None:
    borrowed = http_client(cls, transport=padded(server, DEFAULT_CAP + 1))
    result = await peak_memory(lambda: call(make(cls, "http://mock", http_client=borrowed, max_retries=0)))
    assert_too_large(result[0], DEFAULT_CAP)


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_the_cap_is_set_per_client_and_per_call(cls: type[Any], server: MockServer) -> None:
    borrowed = http_client(cls, transport=padded(server, 2 * DEFAULT_CAP))
    roomy = make(cls, "http://mock", http_client=borrowed, max_response_bytes=2 * DEFAULT_CAP, max_retries=0)
    narrow = roomy.with_options(max_response_bytes=4096)
    assert_too_large((await peak_memory(lambda: call(narrow)))[0], 4096)
    assert not isinstance((await peak_memory(lambda: call(roomy)))[0], Exception)  # exactly at its cap


def endless_reply(_: bytes) -> Reply:
    return Reply(
        head(headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"}),
        chunked(PIECE for _ in range(ENDLESS)),
    )


def bomb_reply(_: bytes) -> Reply:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
    return Reply(head(headers=headers), chunked(gzip_bomb(decoded_mb=32)))


@pytest.mark.parametrize("reply", [endless_reply, bomb_reply], ids=["endless", "gzip-bomb"])
@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_a_hostile_body_is_cut_at_the_cap_in_bounded_memory(
    cls: type[Any], reply: Callable[[bytes], Reply]
) -> None:
    with HostileServer(reply) as server:
        client = make(cls, server.url, token="preissued-token-0123", max_response_bytes=CAP, max_retries=0)
        result, peak = await peak_memory(lambda: call(client))
        assert server.wait_closed()
        if reply is endless_reply:  # the client hung up first (a bomb is small enough to be sent whole)
            assert not any(exchange.finished for exchange in server.exchanges)
    assert_too_large(result, CAP)
    assert peak < 4 * CAP, f"peak {peak:,} bytes for a {CAP:,}-byte cap"


def token_server(
    api_reply: Callable[[int], Reply] | None = None, iam_body: Iterator[bytes] | None = None
) -> HostileServer:
    """IAM (``POST /v3/auth/tokens``) and the MSGSMS API on one port; ``api_reply(n)`` answers the n-th
    API request (counting from 1)."""
    calls = {"api": 0}

    def reply(request: bytes) -> Reply:
        if b" /v3/auth/tokens" in request.split(b"\r\n", 1)[0]:
            token_headers = {"X-Subject-Token": f"tok-{len(request)}", "Content-Type": "application/json"}
            if iam_body is not None:
                return Reply(
                    head("201 Created", {**token_headers, "Transfer-Encoding": "chunked"}), chunked(iam_body)
                )
            body = json.dumps({"token": {"expires_at": "2999-01-01T00:00:00.000000Z"}}).encode()
            return Reply(head("201 Created", {**token_headers, "Content-Length": str(len(body))}), [body])
        calls["api"] += 1
        assert api_reply is not None
        return api_reply(calls["api"])

    return HostileServer(reply)


@pytest.mark.parametrize("cls", [MsgsmsClient, AsyncMsgsmsClient], **ids)
async def test_the_iam_token_response_is_capped_too(cls: type[Any]) -> None:
    with token_server(iam_body=(PIECE for _ in range(ENDLESS))) as server:
        client = make(cls, server.url, max_response_bytes=CAP, max_retries=0)
        result, peak = await peak_memory(lambda: call(client))
        assert server.wait_closed()
        assert not any(exchange.finished for exchange in server.exchanges)
    assert_too_large(result, CAP)
    assert peak < 4 * CAP


@pytest.mark.parametrize("cls", [MsgsmsClient, AsyncMsgsmsClient], **ids)
async def test_a_401_answered_with_an_endless_body_still_refreshes_the_token(cls: type[Any]) -> None:
    listing = json.dumps({"total": 0, "results": []}).encode()

    def api(n: int) -> Reply:
        if n == 1:  # the first token is refused with a body that does not end
            return Reply(
                head("401 Unauthorized", {"Transfer-Encoding": "chunked"}),
                chunked(PIECE for _ in range(ENDLESS)),
            )
        return Reply(
            head(headers={"Content-Type": "application/json", "Content-Length": str(len(listing))}), [listing]
        )

    with token_server(api) as server:
        client = make(cls, server.url, max_response_bytes=CAP, max_retries=0)
        result, peak = await peak_memory(lambda: call(client))
        assert server.wait_closed()
    assert not isinstance(result, Exception), repr(result)
    assert result.records == []
    assert peak < 4 * CAP
    api_requests = [e for e in server.exchanges if b"/v3/auth/tokens" not in e.request.split(b"\r\n", 1)[0]]
    assert len(api_requests) == 2  # refused once, then sent again with a new token


@pytest.mark.parametrize("cls", [ItnioClient, AsyncItnioClient], **ids)
async def test_a_body_at_the_cap_is_read_whole(cls: type[Any]) -> None:
    envelope = json.dumps({"status": "0", "reason": "ok", "data": []}).encode()
    body = envelope + b" " * (CAP - len(envelope))

    def reply(_: bytes) -> Reply:
        headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
        return Reply(
            head(headers=headers), chunked(body[i : i + 10_000] for i in range(0, len(body), 10_000))
        )

    with HostileServer(reply) as server:
        assert await call(make(cls, server.url, max_response_bytes=CAP)) == []
        assert all(exchange.finished for exchange in server.exchanges)
