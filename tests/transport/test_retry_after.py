"""A Retry-After the client cannot use (unparsable, negative, NaN, infinite, beyond ``max_retry_after``)
falls back on the policy's backoff instead of raising or stalling the call."""

from __future__ import annotations

import httpx
import pytest

from commspec._retry import RetryPolicy, wait_before_retry
from commspec.itnio import ItnioClient
from commspec.mock._config import DEMO

# Backoff is ~1 ms; honouring any of these hints would exceed the 5 s budget and give up with a 429.
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002, total_budget=5.0)
UNUSABLE = [
    "soon",
    "",
    "-5",
    "nan",
    "inf",
    "-inf",
    "1e400",
    "99999999",
    "86400",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Wed, 21 Oct 2015 07:28:00 +9999",
    "Mon, 32 Foo 2015 99:99:99 GMT",
    "9" * 5000,
]


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("hint", UNUSABLE)
def test_an_unusable_retry_after_falls_back_on_backoff(status: int, hint: str) -> None:
    seen: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(status, headers={"Retry-After": hint})
        return httpx.Response(200, json={"status": "0", "reason": "success", "data": []})

    http = httpx.Client(transport=httpx.MockTransport(flaky))
    client = ItnioClient(
        DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], base_url="http://x", retry=FAST, http_client=http
    )
    assert client.flows.list() == []
    assert len(seen) == 2


@pytest.mark.parametrize(("hint", "expected"), [("2.5", 2.5), ("0", 0.0), ("60", 60.0)])
def test_a_usable_retry_after_is_honoured(hint: str, expected: float) -> None:
    response = httpx.Response(429, headers={"Retry-After": hint})
    policy = RetryPolicy(max_retry_after=60.0)
    assert wait_before_retry(policy, 1, response, deadline=float("inf")) == expected


def test_a_past_http_date_means_retry_now() -> None:
    response = httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert wait_before_retry(RetryPolicy(), 1, response, deadline=float("inf")) == 0.0
