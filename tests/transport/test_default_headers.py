"""``default_headers=`` on every client constructor (issue 19, as openai-python has it): sent on every
request, checked at construction by the rules of a call's ``extra_headers=``, and never able to replace
or remove an auth header."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient, SmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient

FLOW = {"status": "0", "reason": "success", "data": {"flowId": 7, "name": "n", "flow": []}}
FLOWS = {"status": "0", "reason": "success", "data": []}
NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def recording(sent: list[httpx.Request], body: object) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def test_every_generated_constructor_takes_default_headers() -> None:
    for client in (ItnioClient, AsyncItnioClient, MsgsmsClient, AsyncMsgsmsClient, SmsClient, IovoxClient):
        parameter = inspect.signature(client).parameters["default_headers"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is None


def test_default_headers_are_sent_on_every_request_and_a_call_may_override_one() -> None:
    sent: list[httpx.Request] = []
    with ItnioClient(
        "key",
        "secret",
        base_url="http://itnio.test",
        default_headers={"X-Tenant": "shop-1", "X-Trace": "default"},
        http_client=httpx.Client(transport=recording(sent, FLOW)),
    ) as itnio:
        itnio.flows.create(name="name", flow=[NODE])
        itnio.flows.create(name="name", flow=[NODE], extra_headers={"X-Trace": "this-call"})
        itnio.with_options(max_retries=0).flows.create(name="name", flow=[NODE])
    assert [request.headers["X-Tenant"] for request in sent] == ["shop-1"] * 3
    assert [request.headers["X-Trace"] for request in sent] == ["default", "this-call", "default"]
    assert all("Sign" in request.headers for request in sent)  # the auth flow still signs each


def test_default_headers_are_sent_by_the_async_client() -> None:
    sent: list[httpx.Request] = []

    async def main() -> None:
        async with AsyncItnioClient(
            "key",
            "secret",
            base_url="http://itnio.test",
            default_headers={"X-Tenant": "shop-1"},
            http_client=httpx.AsyncClient(transport=recording(sent, FLOWS)),
        ) as itnio:
            await itnio.flows.list()

    asyncio.run(main())
    (request,) = sent
    assert request.headers["X-Tenant"] == "shop-1" and "Sign" in request.headers


@pytest.mark.parametrize(
    ("build", "header"),
    [
        (lambda headers: ItnioClient("k", "s", default_headers=headers), "Sign"),
        (lambda headers: ItnioClient("k", "s", default_headers=headers), "api-key"),
        (lambda headers: AsyncItnioClient("k", "s", default_headers=headers), "Timestamp"),
        (lambda headers: MsgsmsClient(PROJECT, token="t", default_headers=headers), "X-Auth-Token"),
        (lambda headers: AsyncMsgsmsClient(PROJECT, token="t", default_headers=headers), "Authorization"),
        (lambda headers: IovoxClient("u", "k", default_headers=headers), "secureKey"),
        (lambda headers: IovoxClient("u", "k", default_headers=headers), "Host"),
    ],
)
def test_an_auth_or_framing_header_is_refused_at_construction(
    build: Callable[[dict[str, str]], object], header: str
) -> None:
    for value in ("s3cr3t-value", ""):  # replacing, or blanking it out
        with pytest.raises(errors.ConfigurationError) as raised:
            build({header: value})
        assert raised.value.argument == f"default_headers[{header!r}]"
        assert "auth_header" in raised.value.rule
        assert "s3cr3t" not in str(raised.value)  # the value is never echoed


@pytest.mark.parametrize(
    ("headers", "rule"),
    [
        ({"Bad Name": "v"}, "header_name"),
        ({"X-Ok": "line\r\nX-Injected: 1"}, "header_value"),
        ({"X-Ok": None}, "header_value"),  # no removing a header with None either
        ({"X-Ok": 3}, "header_value"),
    ],
)
def test_header_rules_are_those_of_extra_headers(headers: dict[str, object], rule: str) -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        ItnioClient("k", "s", default_headers=headers)  # type: ignore[arg-type]
    assert rule in raised.value.rule
    name = next(iter(headers))
    assert raised.value.argument == f"default_headers[{name!r}]"
    # The per-call option answers the same rule for the same header.
    with (
        ItnioClient("k", "s", base_url="http://itnio.test") as itnio,
        pytest.raises(errors.ValidationError) as call,
    ):
        itnio.flows.list(extra_headers=headers)  # type: ignore[arg-type]
    assert [error.rule for error in call.value.errors] == [rule]
