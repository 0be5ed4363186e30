"""Huawei IAM token authentication as an ``httpx.Auth`` flow (sync and async).

The token (``X-Subject-Token`` of IAM ``POST /v3/auth/tokens``) is sent as ``X-Auth-Token`` (header names
from the specs). It is fetched on first use, cached until ``margin`` seconds before ``expires_at`` and
fetched by one caller at a time (``_token_cache``), and refreshed once when the API answers 401. A
pre-issued token is used as is and never refreshed.

The fetch is the generated ``tokens.create`` of specs/huawei/iam.openapi.yaml, sent by a request
pipeline with the settings of the call that needs the token (its timeout, retries and size cap, and the
time it has left): its errors come from the IAM spec's code table, and it ends within the call's
deadline. The password travels in its body only: errors of the fetch carry neither the request nor the
response, and the password is masked should IAM ever echo it.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterator, Mapping
from contextlib import AsyncExitStack, ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from commspec import errors
from commspec._attempt import AUTH_PENDING_EXTENSION
from commspec._body import adiscard_body, discard_body
from commspec._pipeline import PIPELINE_EXTENSION, AsyncPipeline, SyncPipeline
from commspec._redaction import MASK, redact
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec._spec import Operation
from commspec.huawei._errors import handle_huawei_response
from commspec.huawei._iam_credentials import TOKEN, IamPasswordCredentials
from commspec.huawei._token_cache import IamToken, TokenCache, too_late
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_iam.api.tokens import AsyncTokens, Tokens
from commspec_generated.huawei_msgsms import spec as msgsms_spec

if TYPE_CHECKING:
    from commspec._client import AuthContext
    from commspec_generated.huawei_iam.models import TokenResponse
    from commspec_generated.huawei_iam.param_types import AuthParam, PasswordUserParam

__all__ = ["AUTH_HEADER", "IamPasswordCredentials", "IamTokenAuth", "password_login"]

AUTH_HEADER = msgsms_spec.API.headers["IamToken"]
SUBJECT_TOKEN_HEADER = iam_spec.API.headers["SubjectToken"]
DEFAULT_MARGIN = 300.0


def password_login(credentials: IamPasswordCredentials, project_id: str) -> AuthParam:
    """The ``auth`` argument of ``tokens.create``: the password method, scoped to the project."""
    name, password, domain = credentials.user_name, credentials.password, credentials.domain_name
    user: PasswordUserParam = {"name": name, "password": password, "domain": {"name": domain}}
    return {
        "identity": {"methods": ["password"], "password": {"user": user}},
        "scope": {"project": {"id": project_id}},
    }


class IamTokenAuth(httpx.Auth):
    """Sends ``X-Auth-Token``; give either ``credentials`` + ``iam_url`` + ``project_id`` or ``token``.

    A commspec client's calls fetch the token through their own connections and settings. Used on a
    plain httpx client, the fetch goes through ``http_client`` / ``async_http_client`` (with no auth
    of theirs), else a short-lived client, with the request's timeout and the default retry policy and
    size cap. ``clock`` returns epoch seconds and exists so tests can expire tokens without sleeping.
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
    ) -> None:
        if (credentials is None) == (token is None):
            raise ValueError("IamTokenAuth needs exactly one of credentials= or token=")
        if credentials is not None and not (iam_url and project_id):
            raise ValueError("IamTokenAuth with credentials= also needs iam_url= and project_id=")
        if token is not None:
            TOKEN.check(token)
        self.credentials, self.iam_url, self.project_id = credentials, iam_url, project_id
        self._margin, self._clock = margin, clock
        self._http_client, self._async_http_client = http_client, async_http_client
        self._cache = TokenCache(IamToken(token) if token is not None else None, clock)

    def __repr__(self) -> str:
        if self.credentials is None:
            return f"IamTokenAuth(token={MASK!r})"
        return (
            f"IamTokenAuth(credentials={self.credentials!r}, iam_url={self.iam_url!r}, "
            f"project_id={self.project_id!r})"
        )

    @property
    def refreshable(self) -> bool:
        """False for a pre-issued token: it is never replaced."""
        return self.credentials is not None

    def invalidate(self) -> None:
        """Forget the cached token so that the next request fetches a new one (no-op when pre-issued)."""
        if self.refreshable:
            self._cache.forget()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        deadline = _deadline(request)
        token = self._cache.get(lambda until: self._fetch(request, until), deadline)
        response = yield _tokened(request, token, deadline)
        if response.status_code == 401 and self.refreshable:
            # Once only: a second 401 goes back to the caller (the client raises AuthenticationError).
            # Only the status matters: httpx would read this body in full, whatever its size.
            discard_body(response)
            self._cache.forget(token)
            token = self._cache.get(lambda until: self._fetch(request, until), deadline)
            yield _tokened(request, token, deadline)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        deadline = _deadline(request)
        # The attempt's asyncio.timeout may end a fetch before the fetch's own deadline does: nothing sent.
        request.extensions[AUTH_PENDING_EXTENSION] = too_late
        token = await self._cache.aget(lambda until: self._afetch(request, until), deadline)
        response = yield _tokened(request, token, deadline)
        if response.status_code == 401 and self.refreshable:
            await adiscard_body(response)
            self._cache.forget(token)
            request.extensions[AUTH_PENDING_EXTENSION] = too_late
            token = await self._cache.aget(lambda until: self._afetch(request, until), deadline)
            yield _tokened(request, token, deadline)

    def _fetch(self, request: httpx.Request, deadline: float) -> IamToken:
        calling: SyncPipeline | None = request.extensions.get(PIPELINE_EXTENSION)
        settings, login, issued = self._settings(request, deadline, calling)
        with ExitStack() as own, self._scrubbing():
            http = calling.http_client if calling is not None else self._http_client
            http = http or own.enter_context(httpx.Client(follow_redirects=False))
            return issued(Tokens(SyncPipeline(http_client=http, **settings)).create(**login))

    async def _afetch(self, request: httpx.Request, deadline: float) -> IamToken:
        calling: AsyncPipeline | None = request.extensions.get(PIPELINE_EXTENSION)
        settings, login, issued = self._settings(request, deadline, calling)
        async with AsyncExitStack() as own:
            http = calling.http_client if calling is not None else self._async_http_client
            if http is None:
                http = await own.enter_async_context(httpx.AsyncClient(follow_redirects=False))
            with self._scrubbing():
                return issued(await AsyncTokens(AsyncPipeline(http_client=http, **settings)).create(**login))

    def _settings(
        self, request: httpx.Request, deadline: float, calling: SyncPipeline | AsyncPipeline | None
    ) -> tuple[dict[str, Any], dict[str, Any], Callable[[TokenResponse], IamToken]]:
        """The fetch pipeline's settings (the calling pipeline's, within the time the call has left), the
        arguments of ``tokens.create``, and what turns its answer into a token."""
        assert self.credentials is not None and self.project_id is not None  # refreshable
        left, fetched_at, found = deadline - time.monotonic(), self._clock(), list[str]()
        if left <= 0:
            raise too_late()
        retry = calling.retry if calling is not None else RetryPolicy()
        timeouts = request.extensions.get("timeout")

        def issued(described: TokenResponse) -> IamToken:
            expires_at = described.token.expires_at.timestamp()
            # A lifetime shorter than the margin (a test mock, a clock skew) must not refetch on every
            # call: refresh halfway through such a short lifetime instead.
            margin = min(self._margin, max(expires_at - fetched_at, 0.0) / 2)
            return IamToken(found[0], refresh_at=expires_at - margin, expires_at=expires_at)

        settings = {
            "base_url": self.iam_url,
            "handler": lambda operation, response: _keep_subject_token(operation, response, found),
            "auth": None,
            "retry": dataclasses.replace(retry, total_budget=min(retry.total_budget, left)),
            "timeout": httpx.Timeout(**timeouts) if timeouts else None,
            "max_response_bytes": DEFAULT_MAX_RESPONSE_BYTES
            if calling is None
            else calling.max_response_bytes,
        }
        login = {"nocatalog": "true", "auth": password_login(self.credentials, self.project_id)}
        return settings, login, issued

    @contextmanager
    def _scrubbing(self) -> Iterator[None]:
        """Errors of the fetch cut loose from its request and response (the request's body holds the
        password), with the password masked wherever IAM may have echoed it."""
        try:
            yield
        except errors.CommspecError as exc:
            secrets = (self.credentials.password,) if self.credentials is not None else ()
            for name, value in vars(exc).items():
                dropped = isinstance(value, httpx.Request | httpx.Response)
                setattr(exc, name, None if dropped else redact(value, secrets))
            exc.args = (f"IAM token request failed: {redact(str(exc), secrets)}",)
            exc.__cause__ = exc.__context__ = None
            raise


def _keep_subject_token(operation: Operation, response: httpx.Response, found: list[str]) -> Any:
    """Huawei's answer handling, and the token of a success (the header) kept in ``found``."""
    payload = handle_huawei_response(operation, response)
    value = response.headers.get(SUBJECT_TOKEN_HEADER)
    if not value:
        name = operation.qualified_name
        raise errors.ResponseFormatError(
            f"{name}: IAM answered without {SUBJECT_TOKEN_HEADER}", operation=name
        )
    found.append(value)
    return payload


def _deadline(request: httpx.Request) -> float:
    """When the attempt sending ``request`` must end (``time.monotonic()``): its longest timeout part,
    which a commspec pipeline has already cut to the time its call has left."""
    parts = [value for value in (request.extensions.get("timeout") or {}).values() if value is not None]
    return time.monotonic() + max(parts, default=RetryPolicy().total_budget)


def _tokened(request: httpx.Request, token: IamToken, deadline: float) -> httpx.Request:
    """``request`` carrying ``token``, its socket timeouts cut to the time left: a call whose token came
    too late is not sent at all."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise too_late()
    timeouts = request.extensions.get("timeout") or {}
    request.extensions["timeout"] = {
        part: left if v is None else min(v, left) for part, v in timeouts.items()
    }
    request.headers[AUTH_HEADER] = token.value
    request.extensions.pop(AUTH_PENDING_EXTENSION, None)
    return request


def prepare(arguments: dict[str, Any], environ: Mapping[str, str]) -> None:
    """The client's argument checks (``x-commspec.client.prepare``): one way to authenticate
    (credentials, else token, else the IAM environment variables), and the IAM endpoint of the region."""
    credentials, token = arguments["credentials"], arguments["token"]
    if credentials is not None and token is not None:
        raise errors.ConfigurationError("credentials, token", "pass either credentials= or token=, not both")
    if token is not None:
        TOKEN.check(token)
    elif credentials is None:
        arguments["credentials"] = IamPasswordCredentials.from_env(environ)
    arguments["iam_url"] = iam_spec.API.url_of(arguments["iam_url"], environ, region=arguments["region"])


def auth(context: AuthContext) -> IamTokenAuth:
    """The client's auth flow (``x-commspec.client.auth``). The token request is sent by each call's own
    pipeline (its connections and settings), without auth."""
    arguments = context.arguments
    credentials = arguments["credentials"]
    return IamTokenAuth(
        credentials=credentials,
        token=arguments["token"],
        iam_url=arguments["iam_url"] if credentials is not None else None,
        project_id=arguments["project_id"] if credentials is not None else None,
    )
