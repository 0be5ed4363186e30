"""When to retry and how long to wait: exponential backoff with full jitter, Retry-After honoured,
everything bounded by a total time budget."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

RETRYABLE_ALWAYS = frozenset({429, 503})  # the server did not process the request
RETRYABLE_IF_IDEMPOTENT = frozenset({500, 502, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    total_budget: float = 60.0  # seconds, all attempts and waits together
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int) -> float:
        ceiling = min(self.max_backoff, self.initial_backoff * (2 ** (retry_number - 1)))
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not cryptography


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return None if parsed is None else max(0.0, parsed.timestamp() - time.time())


def response_is_retryable(response: httpx.Response, idempotent: bool) -> bool:
    status = response.status_code
    return status in RETRYABLE_ALWAYS or (idempotent and status in RETRYABLE_IF_IDEMPOTENT)


def error_is_retryable(error: httpx.TransportError, idempotent: bool) -> bool:
    # A connect failure never reached the server; anything later may have been processed.
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    return idempotent


def wait_before_retry(
    policy: RetryPolicy, retry_number: int, response: httpx.Response | None, deadline: float
) -> float | None:
    """Seconds to wait before the next attempt, or None if the budget does not allow one."""
    if retry_number > policy.max_retries:
        return None
    wait = policy.backoff(retry_number)
    if response is not None:
        hinted = retry_after_seconds(response)
        if hinted is not None:
            wait = min(hinted, policy.max_retry_after)
    if time.monotonic() + wait > deadline:
        return None
    return wait


def send_with_retries(
    policy: RetryPolicy, send: Callable[[int], httpx.Response], *, idempotent: bool
) -> httpx.Response:
    """Call ``send(attempt)`` until it answers something not worth retrying, or the policy says stop.

    A transport error that is not retried propagates as ``httpx.TransportError``.
    """
    deadline = time.monotonic() + policy.total_budget
    attempt = 0
    while True:
        attempt += 1
        try:
            response = send(attempt)
        except httpx.TransportError as error:
            wait = wait_before_retry(policy, attempt, None, deadline)
            if wait is None or not error_is_retryable(error, idempotent):
                raise
            time.sleep(wait)
            continue
        if response_is_retryable(response, idempotent):
            wait = wait_before_retry(policy, attempt, response, deadline)
            if wait is not None:
                response.close()
                time.sleep(wait)
                continue
        return response


async def async_send_with_retries(
    policy: RetryPolicy, send: Callable[[int], Awaitable[httpx.Response]], *, idempotent: bool
) -> httpx.Response:
    """The asyncio twin of ``send_with_retries``."""
    deadline = time.monotonic() + policy.total_budget
    attempt = 0
    while True:
        attempt += 1
        try:
            response = await send(attempt)
        except httpx.TransportError as error:
            wait = wait_before_retry(policy, attempt, None, deadline)
            if wait is None or not error_is_retryable(error, idempotent):
                raise
            await asyncio.sleep(wait)
            continue
        if response_is_retryable(response, idempotent):
            wait = wait_before_retry(policy, attempt, response, deadline)
            if wait is not None:
                await response.aclose()
                await asyncio.sleep(wait)
                continue
        return response
