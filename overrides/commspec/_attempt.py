"""One attempt of one request, whatever the ``http_client`` the caller passed in:

- redirects are never followed (``follow_redirects=False`` on every send): a 3xx with a ``Location``
  raises ``RedirectError`` naming the status and the target host, and the other host receives nothing;
- the body is streamed and read under the ``max_response_bytes`` cap (see ``commspec._body``);
- the attempt as a whole ends by a deadline: the longest part of its ``httpx.Timeout`` (``timeout=2``:
  2 s), and never later than the retry budget of the whole call. The response carries it
  (``DEADLINE_EXTENSION``): the pipeline's check of the answer ends by it too. httpx's own timeouts
  bound each socket operation; each is shrunk to the time left, and the deadline is checked between
  body chunks, so a server dripping bytes cannot keep a call alive. asyncio attempts run under
  ``asyncio.timeout``, which also bounds a dripping status line and headers; a blocking attempt can
  only bound each read there (by the time left when the request was sent), since httpx reads headers
  without handing back control.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from commspec import _defaults
from commspec._body import ACCEPT_ENCODING, CappedBody
from commspec.errors import RedirectError

_TIMEOUT_PARTS = ("connect", "read", "write", "pool")
# Where a response carries the deadline of the attempt that brought it: reading the answer (its XSD
# check) must end by it too.
DEADLINE_EXTENSION = "commspec.deadline"
# Set on a request while its auth flow does I/O of its own before the request can go (the Huawei IAM
# token): the commspec error to raise should the attempt run out of time meanwhile (nothing was sent,
# so neither a retry nor an "outcome unknown" is called for).
AUTH_PENDING_EXTENSION = "commspec.auth_pending"


class DeadlineExceeded(httpx.TimeoutException):
    """The attempt (or the call's retry budget) ran out of time; retried like a read timeout, and
    surfaced as ``APITimeoutError``."""


@dataclass(frozen=True, slots=True)
class AttemptLimits:
    """What bounds each attempt of one request."""

    timeouts: Mapping[str, float | None]  # httpx's per-part timeouts of the request, as configured
    max_response_bytes: int
    vendor: str  # named by a RedirectError
    expose_response: bool = True  # False: errors do not carry the response (its request holds a password)
    # The most one attempt may take: its longest timeout part (None: no timeout at all).
    attempt_seconds: float | None = None
    # The client's credentials (argument -> value): a test's mock that answers instead accepts them.
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def of(
        cls,
        request: httpx.Request,
        max_response_bytes: int,
        vendor: str,
        *,
        expose_response: bool = True,
        credentials: Mapping[str, str] | None = None,
    ) -> AttemptLimits:
        """Limits from the timeouts ``client.build_request`` put on ``request`` (the client's, or the
        per-request ones)."""
        timeouts = request.extensions.get("timeout") or {}
        parts = {part: timeouts.get(part) for part in _TIMEOUT_PARTS}
        given = [value for value in parts.values() if value is not None]
        return cls(
            timeouts=parts,
            max_response_bytes=max_response_bytes,
            vendor=vendor,
            expose_response=expose_response,
            attempt_seconds=max(given) if given else None,
            credentials=credentials or {},
        )

    def time_left(self, call_deadline: float, now: float) -> float:
        """Seconds an attempt starting at ``now`` may take: its own limit, within the call's budget
        (always finite: ``RetryPolicy.total_budget`` is)."""
        seconds = self.attempt_seconds
        budget = call_deadline - now
        return budget if seconds is None else min(seconds, budget)


def _prepare(request: httpx.Request, limits: AttemptLimits, call_deadline: float) -> float:
    """Ready ``request`` for one attempt; returns the attempt's deadline (``time.monotonic()`` scale)."""
    now = time.monotonic()
    left = limits.time_left(call_deadline, now)
    request.headers["Accept-Encoding"] = ACCEPT_ENCODING  # only codings decoded under the cap
    _shrink_timeouts(request, limits, left)
    return now + left


def _shrink_timeouts(request: httpx.Request, limits: AttemptLimits, left: float) -> None:
    """Give each socket operation still to come at most ``left`` seconds (the time left).

    httpcore reads ``extensions["timeout"]`` when it starts sending and again when it starts the body.
    """
    if left <= 0:
        raise DeadlineExceeded("the request ran out of time", request=request)
    request.extensions["timeout"] = {
        part: left if value is None else min(value, left) for part, value in limits.timeouts.items()
    }


def _refuse_redirect(response: httpx.Response, limits: AttemptLimits) -> None:
    location = response.headers.get("location")
    if not (300 <= response.status_code < 400 and location is not None):
        return
    try:
        target = response.request.url.join(location)
        host = (target.host or "?") + (f":{target.port}" if target.port is not None else "")
    except (httpx.InvalidURL, ValueError):
        host = "an invalid location"
    raise RedirectError(
        target_host=host,
        vendor=limits.vendor,
        code=str(response.status_code),
        message=f"redirect to {host} not followed (commspec never follows redirects)",
        http_status=response.status_code,
        request_id=response.headers.get("x-request-id"),
        response=response if limits.expose_response else None,
    )


def send_attempt(
    client: httpx.Client,
    request: httpx.Request,
    *,
    auth: httpx.Auth | None,
    limits: AttemptLimits,
    call_deadline: float,
) -> httpx.Response:
    """Send ``request`` once; the response comes back with its body read (``.content`` set)."""
    deadline = _prepare(request, limits, call_deadline)
    # Inside a test's mock_vendors(), a request for a vendor's host goes to the mock instead.
    client, request = _defaults.sync_route(client, request, limits.credentials)
    response = client.send(request, auth=auth, stream=True, follow_redirects=False)
    try:
        _refuse_redirect(response, limits)
        body = CappedBody(response, limits.max_response_bytes, expose_response=limits.expose_response)
        response.extensions[DEADLINE_EXTENSION] = deadline
        if response.is_stream_consumed:  # in memory already (in-process transports): only count it
            body.count(len(response.content))
            return response
        # The body's reads get only what is left.
        _shrink_timeouts(response.request, limits, deadline - time.monotonic())
        for raw in response.iter_raw():
            body.feed(raw)
            if time.monotonic() >= deadline:
                raise DeadlineExceeded("the response body did not arrive in time", request=request)
        body.keep()
    except BaseException:
        response.close()
        raise
    return response


async def async_send_attempt(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    auth: httpx.Auth | None,
    limits: AttemptLimits,
    call_deadline: float,
) -> httpx.Response:
    """The asyncio twin of ``send_attempt``; the deadline also covers the status line and headers."""
    import asyncio  # here: a blocking program never pays for importing asyncio

    deadline = _prepare(request, limits, call_deadline)
    scope = asyncio.timeout(max(0.0, deadline - time.monotonic()))
    try:
        async with scope:
            response = await _async_send(client, request, auth=auth, limits=limits)
            response.extensions[DEADLINE_EXTENSION] = deadline
            return response
    except TimeoutError:
        if not scope.expired():
            raise  # not ours
        pending = request.extensions.get(AUTH_PENDING_EXTENSION)
        if pending is not None:
            raise pending() from None
        raise DeadlineExceeded("the request ran out of time", request=request) from None


async def _async_send(
    client: httpx.AsyncClient, request: httpx.Request, *, auth: httpx.Auth | None, limits: AttemptLimits
) -> httpx.Response:
    client, request = _defaults.async_route(client, request, limits.credentials)
    response = await client.send(request, auth=auth, stream=True, follow_redirects=False)
    try:
        _refuse_redirect(response, limits)
        body = CappedBody(response, limits.max_response_bytes, expose_response=limits.expose_response)
        if response.is_stream_consumed:
            body.count(len(response.content))
            return response
        async for raw in response.aiter_raw():
            body.feed(raw)
        body.keep()
    except BaseException:
        await response.aclose()
        raise
    return response
