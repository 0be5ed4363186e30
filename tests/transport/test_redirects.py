"""Redirects are never followed, whatever ``http_client`` the caller passes in: a 3xx becomes
``errors.RedirectError`` naming the status and the target host, and the other host receives nothing (no
signature, token, secureKey, nor the IAM password)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from transport_clients import ALL_CLIENTS, SECRETS, call, http_client, make

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.itnio import ItnioClient

API = "https://api.vendor.test"
IAM = "https://iam.vendor.test"
TARGET = "https://someone:hunter2@evil.test:8443/collect?sig=QUERY-SECRET"


class TwoHosts:
    """The vendor's hosts redirect (``redirecting`` of them) to evil.test, which records what it gets."""

    def __init__(self, redirecting: str, status: int = 302, location: str = TARGET) -> None:
        self.redirecting = redirecting
        self.status = status
        self.location = location
        self.evil: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "evil.test":
            self.evil.append(request)
            return httpx.Response(200, json={"status": "0", "reason": "ok", "data": []})
        if request.url.host == self.redirecting:
            return httpx.Response(self.status, headers={"Location": self.location})
        return httpx.Response(500)


async def outcome(client: Any) -> Any:
    try:
        return await call(client)
    except Exception as error:  # the test inspects whatever came out
        return error


def assert_refused(result: Any, hosts: TwoHosts, status: int, vendor: str) -> None:
    assert hosts.evil == [], f"evil.test received {len(hosts.evil)} request(s)"
    assert isinstance(result, errors.RedirectError), result
    assert result.http_status == status and result.code == str(status) and result.vendor == vendor
    assert result.target_host == "evil.test:8443"
    text = str(result)
    assert str(status) in text and "evil.test:8443" in text
    for secret in ("QUERY-SECRET", "hunter2", "someone", *SECRETS):
        assert secret not in text


@pytest.mark.parametrize("cls", ALL_CLIENTS, ids=lambda cls: cls.__name__)
async def test_api_call_refuses_a_redirect_even_with_a_following_http_client(cls: type[Any]) -> None:
    hosts = TwoHosts("api.vendor.test")
    borrowed = http_client(cls, transport=httpx.MockTransport(hosts.handle), follow_redirects=True)
    client = make(cls, API, token="preissued-token-0123", http_client=borrowed, max_retries=0)
    vendor = {"Itnio": "itnio", "Msgsms": "huawei", "Iovox": "iovox"}
    expected = next(v for k, v in vendor.items() if k in cls.__name__)
    assert_refused(await outcome(client), hosts, 302, expected)


@pytest.mark.parametrize("cls", [MsgsmsClient, AsyncMsgsmsClient], ids=lambda cls: cls.__name__)
async def test_iam_token_fetch_refuses_a_redirect_and_keeps_the_password(cls: type[Any]) -> None:
    hosts = TwoHosts("iam.vendor.test", status=307)
    borrowed = http_client(cls, transport=httpx.MockTransport(hosts.handle), follow_redirects=True)
    client = make(cls, API, iam_url=IAM, http_client=borrowed, max_retries=0)
    assert_refused(await outcome(client), hosts, 307, "huawei")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_status_is_refused_and_not_retried(status: int) -> None:
    hosts = TwoHosts("api.vendor.test", status=status, location="/elsewhere?page=2")
    seen: list[httpx.Request] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return hosts.handle(request)

    borrowed = httpx.Client(transport=httpx.MockTransport(spy), follow_redirects=True)
    with (
        make(ItnioClient, API, http_client=borrowed) as client,
        pytest.raises(errors.RedirectError) as caught,
    ):
        client.flows.list()
    assert len(seen) == 1  # neither followed (same host) nor retried
    assert caught.value.target_host == "api.vendor.test" and "page=2" not in str(caught.value)


def test_a_redirect_is_an_api_error() -> None:
    # Code that catches every vendor answer (``except errors.APIError``) also catches a redirect.
    assert issubclass(errors.RedirectError, errors.APIError)
