"""Huawei IAM token authentication as an ``httpx.Auth`` flow (sync and async).

The token (``X-Subject-Token`` of IAM ``POST /v3/auth/tokens``) is sent as ``X-Auth-Token``. It is fetched
on first use, cached until ``margin`` seconds before ``expires_at``, fetched by one caller at a time
(threads share a ``threading.Lock``, tasks of one event loop an ``asyncio.Lock``), and refreshed once
when the API answers 401. A pre-issued token is used as is and never refreshed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, Self

import httpx

from commspec import errors
from commspec._attempt import AttemptLimits, async_send_attempt, send_attempt
from commspec._body import adiscard_body, discard_body
from commspec._credentials import Credential
from commspec._retry import RetryPolicy, async_send_with_retries, send_with_retries
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES, check_max_response_bytes, check_timeout
from commspec.huawei._iam_token import (
    VENDOR,
    IamToken,
    build_token_request,
    parse_token_response,
    transport_error,
)

__all__ = ["AUTH_HEADER", "IamPasswordCredentials", "IamTokenAuth"]

AUTH_HEADER = "X-Auth-Token"
DEFAULT_MARGIN = 300.0
DEFAULT_TIMEOUT = httpx.Timeout(30.0)

_ENV_USER = "HUAWEICLOUD_IAM_USER"
_ENV_PASSWORD = "HUAWEICLOUD_IAM_PASSWORD"  # noqa: S105 - a variable name, not a password
_ENV_DOMAIN = "HUAWEICLOUD_IAM_DOMAIN"

logger = logging.getLogger("commspec.huawei.iam")

# The IAM login travels in a JSON body: any text without control characters. IAM passwords may contain
# spaces, so a password may also start or end with one.
USER_NAME = Credential("user_name", _ENV_USER)
PASSWORD = Credential("password", _ENV_PASSWORD, spaces_around=True)
DOMAIN_NAME = Credential("domain_name", _ENV_DOMAIN)
TOKEN = Credential("token", header=True)  # sent as X-Auth-Token


@dataclass(frozen=True, slots=True, repr=False)
class IamPasswordCredentials:
    """An IAM user's password login: user name, password and the account (domain) owning the user."""

    user_name: str
    password: str
    domain_name: str

    def __repr__(self) -> str:
        return (
            f"IamPasswordCredentials(user_name={self.user_name!r}, password='***', "
            f"domain_name={self.domain_name!r})"
        )

    def __post_init__(self) -> None:
        USER_NAME.check(self.user_name)
        PASSWORD.check(self.password)
        DOMAIN_NAME.check(self.domain_name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Read HUAWEICLOUD_IAM_USER, HUAWEICLOUD_IAM_PASSWORD and HUAWEICLOUD_IAM_DOMAIN."""
        env = os.environ if environ is None else environ
        missing = [name for name in (_ENV_USER, _ENV_PASSWORD, _ENV_DOMAIN) if env.get(name) is None]
        if missing:
            raise errors.ConfigurationError(
                "credentials", f"not given, and environment variable(s) not set: {', '.join(missing)}"
            )
        return cls(USER_NAME.resolve(None, env), PASSWORD.resolve(None, env), DOMAIN_NAME.resolve(None, env))


class IamTokenAuth(httpx.Auth):
    """Sends ``X-Auth-Token``; give either ``credentials`` + ``iam_url`` + ``project_id`` or ``token``.

    ``http_client`` / ``async_http_client`` carry the token request (with no auth of theirs nor of this
    flow); when absent a short-lived client is made per fetch, which happens about once a day. The
    token request follows the API calls' rules: no redirect followed (``RedirectError``), the answer
    read under ``max_response_bytes``, each attempt bounded by ``timeout`` and the fetch by ``retry``'s
    budget. ``clock`` returns epoch seconds and exists so tests can expire tokens without sleeping.
    """

    # The body is replayed on the 401 retry, so httpx must load streamed bodies first.
    requires_request_body = True

    def __init__(
        self,
        *,
        credentials: IamPasswordCredentials | None = None,
        iam_url: str | None = None,
        project_id: str | None = None,
        token: str | None = None,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.time,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if (credentials is None) == (token is None):
            raise ValueError("IamTokenAuth needs exactly one of credentials= or token=")
        if credentials is not None and not (iam_url and project_id):
            raise ValueError("IamTokenAuth with credentials= also needs iam_url= and project_id=")
        if token is not None:
            TOKEN.check(token)
        check_timeout(timeout)
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._credentials = credentials
        self._iam_url = iam_url or ""
        self._project_id = project_id or ""
        self._margin = margin
        self._clock = clock
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._timeout = timeout
        # Same policy as API calls: a 429/5xx or connection failure from IAM is retried with backoff
        # (asking for a token twice is harmless, so the fetch counts as idempotent).
        self._retry = retry or RetryPolicy()
        self._token: IamToken | None = IamToken(token) if token is not None else None
        # Bumped by every fetch; a waiter that sees it move knows a fetch ran while it waited.
        self._generation = 0
        self._last_error: errors.CommspecError | None = None
        self._lock = threading.Lock()
        # Separate from _lock: a thread fetching under _lock must not block an event loop here.
        self._async_locks_guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        if self._credentials is None:
            return "IamTokenAuth(token='***')"
        return (
            f"IamTokenAuth(credentials={self._credentials!r}, iam_url={self._iam_url!r}, "
            f"project_id={self._project_id!r})"
        )

    @property
    def refreshable(self) -> bool:
        """False for a pre-issued token: it is never replaced."""
        return self._credentials is not None

    def invalidate(self) -> None:
        """Forget the cached token so that the next request fetches a new one (no-op when pre-issued)."""
        if self.refreshable:
            self._token = None

    # -- httpx.Auth ---------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._sync_token()
        request.headers[AUTH_HEADER] = token.value
        response = yield request
        if response.status_code == 401 and self.refreshable:
            # Once only: a second 401 goes back to the caller (the client raises AuthenticationError).
            # Only the status matters: httpx would read this body in full, whatever its size.
            discard_body(response)
            self._forget(token)
            request.headers[AUTH_HEADER] = self._sync_token().value
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token()
        request.headers[AUTH_HEADER] = token.value
        response = yield request
        if response.status_code == 401 and self.refreshable:
            await adiscard_body(response)
            self._forget(token)
            request.headers[AUTH_HEADER] = (await self._async_token()).value
            yield request

    # -- token cache --------------------------------------------------------------------------------

    def _cached(self) -> IamToken | None:
        now = self._clock()  # read first, always: tests use the clock to see who is asking for a token
        token = self._token
        return token if token is not None and token.is_fresh(now) else None

    def _forget(self, token: IamToken) -> None:
        # Only the token that was rejected: another caller may already have replaced it.
        if self._token is token:
            self._token = None

    def _sync_token(self) -> IamToken:
        seen = self._generation  # before the cache check, so a fetch finishing in between is seen
        token = self._cached()
        if token is not None:
            return token
        with self._lock:
            token = self._after_wait(seen)
            if token is not None:
                return token
            return self._store(self._fetch_sync)

    async def _async_token(self) -> IamToken:
        seen = self._generation  # before the cache check, so a fetch finishing in between is seen
        token = self._cached()
        if token is not None:
            return token
        async with self._loop_lock():
            token = self._after_wait(seen)
            if token is not None:
                return token
            fetched_at = self._clock()
            try:
                response = await self._post_async()
                new = self._parse(response, fetched_at)
            except errors.CommspecError as exc:
                self._fail(exc)
                raise
            return self._keep(new)

    def _after_wait(self, seen: int) -> IamToken | None:
        """Under the lock: reuse what the fetch we waited for produced, token or failure."""
        token = self._cached()
        if token is not None:
            return token
        if self._generation != seen and self._last_error is not None:
            # Do not repeat a failed login for every waiter: IAM locks users after wrong passwords.
            raise _copy_error(self._last_error)
        return None

    def _store(self, fetch: Callable[[], IamToken]) -> IamToken:
        try:
            new = fetch()
        except errors.CommspecError as exc:
            self._fail(exc)
            raise
        return self._keep(new)

    def _fail(self, exc: errors.CommspecError) -> None:
        self._generation += 1
        self._last_error = exc
        logger.warning("Huawei IAM token request failed: %s", exc)

    def _keep(self, token: IamToken) -> IamToken:
        self._generation += 1
        self._last_error = None
        self._token = token
        logger.debug("Huawei IAM token fetched, refresh at epoch %.0f", token.refresh_at)
        return token

    def _loop_lock(self) -> asyncio.Lock:
        # asyncio.Lock belongs to one loop; each loop gets its own, made on first need.
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    # -- the token request ---------------------------------------------------------------------------

    def _request_kwargs(self) -> dict[str, Any]:
        creds = self._credentials
        assert creds is not None  # only called when refreshable
        logger.debug("Fetching a Huawei IAM token for user %s, project %s", creds.user_name, self._project_id)
        return build_token_request(
            self._iam_url,
            user_name=creds.user_name,
            password=creds.password,
            domain_name=creds.domain_name,
            project_id=self._project_id,
        )

    def _parse(self, response: httpx.Response, fetched_at: float) -> IamToken:
        creds = self._credentials
        secrets = (creds.password,) if creds is not None else ()
        return parse_token_response(response, fetched_at=fetched_at, margin=self._margin, secrets=secrets)

    def _limits(self, request: httpx.Request) -> AttemptLimits:
        # No response on errors: its request carries the password.
        return AttemptLimits.of(request, self._max_response_bytes, VENDOR, expose_response=False)

    def _fetch_sync(self) -> IamToken:
        fetched_at = self._clock()
        kwargs = self._request_kwargs()
        try:
            if self._http_client is not None:
                response = self._send_sync(self._http_client, kwargs)
            else:
                with httpx.Client(timeout=self._timeout, follow_redirects=False) as own:
                    response = self._send_sync(own, kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, kwargs["url"]) from None
        return self._parse(response, fetched_at)

    def _send_sync(self, client: httpx.Client, kwargs: dict[str, Any]) -> httpx.Response:
        request = client.build_request(**kwargs, timeout=self._timeout)
        limits = self._limits(request)
        return send_with_retries(
            self._retry,
            lambda _, deadline: send_attempt(
                client, request, auth=None, limits=limits, call_deadline=deadline
            ),
            idempotent=True,
        )

    async def _post_async(self) -> httpx.Response:
        kwargs = self._request_kwargs()
        try:
            if self._async_http_client is not None:
                return await self._send_async(self._async_http_client, kwargs)
            async with httpx.AsyncClient(timeout=self._timeout, follow_redirects=False) as own:
                return await self._send_async(own, kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, kwargs["url"]) from None

    async def _send_async(self, client: httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Response:
        request = client.build_request(**kwargs, timeout=self._timeout)
        limits = self._limits(request)
        return await async_send_with_retries(
            self._retry,
            lambda _, deadline: async_send_attempt(
                client, request, auth=None, limits=limits, call_deadline=deadline
            ),
            idempotent=True,
        )


def _copy_error(exc: errors.CommspecError) -> errors.CommspecError:
    """A new instance for each waiter, so that concurrent raises do not share one traceback.

    Copied field by field, without calling ``__init__``: every error class has its own signature.
    """
    clone = type(exc).__new__(type(exc))
    clone.__dict__.update(exc.__dict__)
    clone.args = exc.args
    return clone
