"""The IAM token request sent over HTTP under the API calls' rules: no redirect followed, the answer
read under ``max_response_bytes``, each attempt bounded by ``timeout``, the whole fetch by the retry
budget, and no error carrying the request (its body holds the password)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx

from commspec._attempt import AttemptLimits, async_send_attempt, send_attempt
from commspec._retry import RetryPolicy, async_send_with_retries, send_with_retries
from commspec.huawei._iam_credentials import IamPasswordCredentials
from commspec.huawei._iam_token import (
    VENDOR,
    IamToken,
    build_token_request,
    parse_token_response,
    transport_error,
)

__all__ = ["IamTokenFetcher"]

logger = logging.getLogger("commspec.huawei.iam")


class IamTokenFetcher:
    """Fetches a project-scoped token for one IAM user.

    ``http_client`` / ``async_http_client`` carry the request (with no auth of theirs); when absent a
    short-lived client is made per fetch, which happens about once a day.
    """

    def __init__(
        self,
        *,
        credentials: IamPasswordCredentials,
        iam_url: str,
        project_id: str,
        margin: float,
        clock: Callable[[], float],
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
        timeout: httpx.Timeout | float,
        retry: RetryPolicy,
        max_response_bytes: int,
    ) -> None:
        self.credentials = credentials
        self.iam_url = iam_url
        self.project_id = project_id
        self._margin = margin
        self._clock = clock
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._timeout = timeout
        self._retry = retry
        self._max_response_bytes = max_response_bytes

    def fetch(self) -> IamToken:
        fetched_at = self._clock()
        kwargs = self._request_kwargs()
        try:
            if self._http_client is not None:
                response = self._send(self._http_client, kwargs)
            else:
                with httpx.Client(timeout=self._timeout, follow_redirects=False) as own:
                    response = self._send(own, kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, kwargs["url"]) from None
        return self._parse(response, fetched_at)

    async def afetch(self) -> IamToken:
        fetched_at = self._clock()
        kwargs = self._request_kwargs()
        try:
            if self._async_http_client is not None:
                response = await self._asend(self._async_http_client, kwargs)
            else:
                async with httpx.AsyncClient(timeout=self._timeout, follow_redirects=False) as own:
                    response = await self._asend(own, kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, kwargs["url"]) from None
        return self._parse(response, fetched_at)

    def _request_kwargs(self) -> dict[str, Any]:
        creds = self.credentials
        logger.debug("Fetching a Huawei IAM token for user %s, project %s", creds.user_name, self.project_id)
        return build_token_request(
            self.iam_url,
            user_name=creds.user_name,
            password=creds.password,
            domain_name=creds.domain_name,
            project_id=self.project_id,
        )

    def _parse(self, response: httpx.Response, fetched_at: float) -> IamToken:
        return parse_token_response(
            response, fetched_at=fetched_at, margin=self._margin, secrets=(self.credentials.password,)
        )

    def _limits(self, request: httpx.Request) -> AttemptLimits:
        # No response on errors: its request carries the password.
        return AttemptLimits.of(request, self._max_response_bytes, VENDOR, expose_response=False)

    def _send(self, client: httpx.Client, kwargs: dict[str, Any]) -> httpx.Response:
        request = client.build_request(**kwargs, timeout=self._timeout)
        limits = self._limits(request)
        # Asking for a token twice is harmless, so the fetch counts as idempotent.
        return send_with_retries(
            self._retry,
            lambda _, deadline: send_attempt(
                client, request, auth=None, limits=limits, call_deadline=deadline
            ),
            idempotent=True,
        )

    async def _asend(self, client: httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Response:
        request = client.build_request(**kwargs, timeout=self._timeout)
        limits = self._limits(request)
        return await async_send_with_retries(
            self._retry,
            lambda _, deadline: async_send_attempt(
                client, request, auth=None, limits=limits, call_deadline=deadline
            ),
            idempotent=True,
        )
