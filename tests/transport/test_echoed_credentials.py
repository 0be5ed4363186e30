"""A vendor error text that quotes the request never carries its credentials into the exception: the
credential-bearing header values actually sent (ITNIO's replayable Sign and Api-Key, Huawei's token,
IOVOX's secureKey) are cut out of the text, repr, ``message``, ``messages``, ``code`` and ``body`` of
every vendor's APIError."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec._redaction import MASK
from commspec._retry import RetryPolicy
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock._config import DEMO

SECRET_HEADERS = ("Api-Key", "Sign", "X-Auth-Token", "secureKey")
TOKEN = "MIIpre-issued-token-0f3a9c"
KEY = DEMO["ITNIO_API_KEY"]


def headers_quoted(request: httpx.Request) -> str:
    return ", ".join(f"{name}={request.headers[name]}" for name in SECRET_HEADERS if name in request.headers)


def itnio_echo(request: httpx.Request) -> httpx.Response:
    reason = f"Authentication error: {headers_quoted(request)}"
    data = {"echo": dict(request.headers)}
    return httpx.Response(200, json={"status": "-1", "reason": reason, "data": data})


def huawei_echo(request: httpx.Request) -> httpx.Response:
    body = {"error_code": "MSGSMS.0003", "error_msg": f"bad token: {headers_quoted(request)}", "token": TOKEN}
    return httpx.Response(401, json=body)


def iovox_echo(request: httpx.Request) -> httpx.Response:
    quoted = headers_quoted(request)
    xml = f'<errors><error status="400">{quoted}</error><error status="400">again {quoted}</error></errors>'
    return httpx.Response(400, content=xml.encode(), headers={"content-type": "application/xml"})


def sent(echo: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return echo(request)

    return httpx.MockTransport(handle)


def texts_of(error: errors.APIError) -> list[str]:
    return [str(error), repr(error), error.message, *error.messages, error.code, json.dumps(error.body)]


def assert_redacted(error: errors.APIError, request: httpx.Request) -> None:
    secrets = [request.headers[name] for name in SECRET_HEADERS if name in request.headers]
    assert secrets
    for text in texts_of(error):
        for secret in secrets:
            assert secret not in text
    assert MASK in error.message  # the vendor's text is kept, with the values cut out


def test_itnio_sign_and_key_echoed_in_reason_are_redacted() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=sent(itnio_echo, seen))
    client = ItnioClient(KEY, DEMO["ITNIO_API_SECRET"], base_url="http://x", http_client=http, max_retries=0)
    with pytest.raises(errors.AuthenticationError) as caught:
        client.flows.list()
    assert_redacted(caught.value, seen[-1])
    assert caught.value.body["data"]["echo"]["sign"] == MASK
    assert caught.value.message.startswith(f"Authentication error: Api-Key={MASK}, Sign={MASK}")


async def test_itnio_async_is_redacted_the_same_way() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=sent(itnio_echo, seen))
    client = AsyncItnioClient(KEY, DEMO["ITNIO_API_SECRET"], base_url="http://x", http_client=http)
    with pytest.raises(errors.AuthenticationError) as caught:
        await client.flows.list()
    assert_redacted(caught.value, seen[-1])


def test_huawei_token_echoed_in_error_msg_and_body_is_redacted() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=sent(huawei_echo, seen))
    client = MsgsmsClient(DEMO["HUAWEICLOUD_PROJECT_ID"], token=TOKEN, base_url="http://x", http_client=http)
    with pytest.raises(errors.AuthenticationError) as caught:
        client.templates.list()
    assert_redacted(caught.value, seen[-1])
    assert caught.value.body["token"] == MASK


async def test_huawei_async_is_redacted_the_same_way() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=sent(huawei_echo, seen))
    project = DEMO["HUAWEICLOUD_PROJECT_ID"]
    client = AsyncMsgsmsClient(project, token=TOKEN, base_url="http://x", http_client=http)
    with pytest.raises(errors.AuthenticationError) as caught:
        await client.templates.list()
    assert_redacted(caught.value, seen[-1])


def test_iovox_secure_key_echoed_in_every_message_and_the_code_is_redacted() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=sent(iovox_echo, seen))
    client = IovoxClient(DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], http_client=http, max_retries=0)
    with pytest.raises(errors.APIError) as caught:
        client.call_flows.retrieve("x")
    assert_redacted(caught.value, seen[-1])
    assert len(caught.value.messages) == 2 and caught.value.code == f"secureKey={MASK}"
    assert caught.value.messages[1] == f"again secureKey={MASK}"


def test_each_attempt_redacts_its_own_signature() -> None:
    # A retried call is signed afresh: the values cut out are those of the attempt that was answered.
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), None])

    def flaky(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        return answer if answer is not None else itnio_echo(request)

    http = httpx.Client(transport=sent(flaky, seen))
    fast = RetryPolicy(max_retries=1, initial_backoff=0.001)
    client = ItnioClient(KEY, DEMO["ITNIO_API_SECRET"], base_url="http://x", http_client=http, retry=fast)
    client._pipeline.auth._clock = iter([1_700_000_000.0, 1_700_000_009.0]).__next__  # type: ignore[union-attr]
    with pytest.raises(errors.AuthenticationError) as caught:
        client.flows.list()
    assert len(seen) == 2
    assert_redacted(caught.value, seen[-1])


def test_an_error_without_its_request_is_left_as_it_is() -> None:
    error: Any = errors.NotFoundError(vendor="v", code="c", message="m", response=httpx.Response(404))
    assert (error.message, error.code) == ("m", "c")


def test_a_header_refused_by_the_http_library_is_not_quoted() -> None:
    # h11 quotes the header value it refuses; the connection error keeps only the failure's name.
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{request.headers['Sign']}'")

    seen: list[httpx.Request] = []
    http = httpx.Client(transport=sent(refuse, seen))
    client = ItnioClient(KEY, DEMO["ITNIO_API_SECRET"], base_url="http://x", http_client=http, max_retries=0)
    with pytest.raises(errors.APIConnectionError) as caught:
        client.flows.list()
    assert str(caught.value) == "connection failed: LocalProtocolError"
