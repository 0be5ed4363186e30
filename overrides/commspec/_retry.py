"""When to retry and how long to wait: exponential backoff with full jitter, Retry-After honoured when
usable, everything (attempts and waits) bounded by a total time budget."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC

import httpx

from commspec._settings import check_count, check_seconds

DEFAULT_MAX_RETRIES = 2  # retries after the first attempt: every client's and RetryPolicy's default
RETRYABLE_ALWAYS = frozenset({429, 503})  # the server did not process the request
RETRYABLE_IF_IDEMPOTENT = frozenset({500, 502, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """``max_retries`` retries after the first attempt, waiting ``initial_backoff * 2**(n-1)`` seconds
    at most (capped at ``max_backoff``, full jitter) or what a Retry-After of at most ``max_retry_after``
    asks; ``total_budget`` seconds bound the whole call, attempts and waits together (past it:
    ``APITimeoutError``). Fields are checked when the policy is built (``ConfigurationError``)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    total_budget: float = 60.0  # seconds, all attempts and waits together
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        check_count(self.max_retries, "RetryPolicy.max_retries")
        check_seconds("RetryPolicy.initial_backoff", self.initial_backoff, allow_zero=True)
        check_seconds("RetryPolicy.max_backoff", self.max_backoff, allow_zero=True)
        check_seconds("RetryPolicy.total_budget", self.total_budget)
        check_seconds("RetryPolicy.max_retry_after", self.max_retry_after, allow_zero=True)

    def backoff(self, retry_number: int) -> float:
        ceiling = min(self.max_backoff, self.initial_backoff * (2 ** min(retry_number - 1, 64)))
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not cryptography


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Seconds the server asks to wait (delta-seconds or an HTTP date; a past date is 0), or None when
    absent or unusable (unparsable, negative, NaN, infinite)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (ValueError, TypeError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # "-0000": RFC 5322 for "UTC, origin unknown"
            when = when.replace(tzinfo=UTC)
        try:
            seconds = max(0.0, when.timestamp() - time.time())
        except (OverflowError, ValueError):
            return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


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
    """Seconds to wait before the next attempt, or None if the budget does not allow one.

    A Retry-After within ``max_retry_after`` is honoured; any other (unusable or longer) falls back on
    the backoff, as openai-python does.
    """
    if retry_number > policy.max_retries:
        return None
    wait = policy.backoff(retry_number)
    if response is not None:
        hinted = retry_after_seconds(response)
        if hinted is not None and hinted <= policy.max_retry_after:
            wait = hinted
    if time.monotonic() + wait >= deadline:
        return None
    return wait


def send_with_retries(
    policy: RetryPolicy, send: Callable[[int, float], httpx.Response], *, idempotent: bool
) -> httpx.Response:
    """Call ``send(attempt, deadline)`` until it answers something not worth retrying, or the policy
    says stop. ``deadline`` (``time.monotonic()`` scale) is the end of the budget: no attempt may run
    past it.

    A transport error that is not retried propagates as ``httpx.TransportError``.
    """
    deadline = time.monotonic() + policy.total_budget
    attempt = 0
    while True:
        attempt += 1
        try:
            response = send(attempt, deadline)
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
    policy: RetryPolicy, send: Callable[[int, float], Awaitable[httpx.Response]], *, idempotent: bool
) -> httpx.Response:
    """The asyncio twin of ``send_with_retries``."""
    import asyncio  # here: a blocking program never pays for importing asyncio

    deadline = time.monotonic() + policy.total_budget
    attempt = 0
    while True:
        attempt += 1
        try:
            response = await send(attempt, deadline)
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
