"""Huawei IAM token authentication as an ``httpx.Auth`` flow (sync and async).

The token (``X-Subject-Token`` of IAM ``POST /v3/auth/tokens``) is sent as ``X-Auth-Token`` (header names
from the specs). It is fetched on first use (``_iam_fetch``), cached until ``margin`` seconds before
``expires_at`` and fetched by one caller at a time (``_token_cache``), and refreshed once when the API
answers 401. A pre-issued token is used as is and never refreshed.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from commspec._body import adiscard_body, discard_body
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES, check_max_response_bytes, check_timeout
from commspec.huawei._iam_credentials import TOKEN, IamPasswordCredentials
from commspec.huawei._iam_fetch import IamTokenFetcher
from commspec.huawei._iam_token import IamToken
from commspec.huawei._token_cache import TokenCache
from commspec_generated.huawei_msgsms import spec as msgsms_spec

__all__ = ["AUTH_HEADER", "IamPasswordCredentials", "IamTokenAuth"]

AUTH_HEADER = msgsms_spec.API.headers["IamToken"]
DEFAULT_MARGIN = 300.0
DEFAULT_TIMEOUT = httpx.Timeout(30.0)


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
        max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._fetcher: IamTokenFetcher | None = None
        if credentials is not None:
            self._fetcher = IamTokenFetcher(
                credentials=credentials,
                iam_url=iam_url or "",
                project_id=project_id or "",
                margin=margin,
                clock=clock,
                http_client=http_client,
                async_http_client=async_http_client,
                timeout=timeout,
                # Same policy as API calls: a 429/5xx or connection failure from IAM is retried with backoff.
                retry=retry or RetryPolicy(),
                max_response_bytes=max_response_bytes,
            )
        self._cache = TokenCache(IamToken(token) if token is not None else None, clock)

    def __repr__(self) -> str:
        fetcher = self._fetcher
        if fetcher is None:
            return "IamTokenAuth(token='***')"
        return (
            f"IamTokenAuth(credentials={fetcher.credentials!r}, iam_url={fetcher.iam_url!r}, "
            f"project_id={fetcher.project_id!r})"
        )

    @property
    def refreshable(self) -> bool:
        """False for a pre-issued token: it is never replaced."""
        return self._fetcher is not None

    def invalidate(self) -> None:
        """Forget the cached token so that the next request fetches a new one (no-op when pre-issued)."""
        if self.refreshable:
            self._cache.clear()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._sync_token()
        request.headers[AUTH_HEADER] = token.value
        response = yield request
        if response.status_code == 401 and self.refreshable:
            # Once only: a second 401 goes back to the caller (the client raises AuthenticationError).
            # Only the status matters: httpx would read this body in full, whatever its size.
            discard_body(response)
            self._cache.forget(token)
            request.headers[AUTH_HEADER] = self._sync_token().value
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token()
        request.headers[AUTH_HEADER] = token.value
        response = yield request
        if response.status_code == 401 and self.refreshable:
            await adiscard_body(response)
            self._cache.forget(token)
            request.headers[AUTH_HEADER] = (await self._async_token()).value
            yield request

    def _sync_token(self) -> IamToken:
        fetcher = self._fetcher
        return self._cache.get(fetcher.fetch if fetcher is not None else _never_fetched)

    async def _async_token(self) -> IamToken:
        fetcher = self._fetcher
        return await self._cache.aget(fetcher.afetch if fetcher is not None else _never_afetched)


def _never_fetched() -> IamToken:
    raise AssertionError("a pre-issued token is always fresh")  # IamToken(refresh_at=inf)


async def _never_afetched() -> IamToken:
    return _never_fetched()
