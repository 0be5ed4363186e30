"""Resources for `tokens`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from commspec.runtime import (
    AsyncPaginator,
    AsyncResource,
    CallOptions,
    Page,
    SyncResource,
    Timeout,
    omit_none,
)
from commspec.runtime import response as _response

from ... import spec as _spec

if TYPE_CHECKING:  # annotations only: see lazy_model
    from ...models import Auth, TokenResponse
    from ...param_types import AuthParam

__all__ = ["Tokens", "AsyncTokens"]


class Tokens(SyncResource):
    """`tokens` operations (blocking)."""

    def create(
        self,
        *,
        nocatalog: str | None = None,
        auth: Auth | AuthParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TokenResponse:
        """Obtain a user token with a password (project scope).

        `POST /v3/auth/tokens`

        Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
        `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-iam/iam_30_0001.html

        Args:
            nocatalog: Any non-empty value omits `catalog` from the response body.
            auth: Who asks and for what: `identity` (the password method with the IAM user's name,
                password and account) and `scope` (the project the token is for). Either `Auth` or a
                `AuthParam` dict with the keys `identity`, `scope`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TokenResponse: The token's description (expiry, project, user); the token itself is the
                `X-Subject-Token` response header, which the MSGSMS clients fetch and cache for you.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "401".
            PermissionDeniedError: Vendor code "403".
            NotFoundError: Vendor code "404".
            InvalidParameterError: Vendor code "400".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "500", "503". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "nocatalog": nocatalog,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "auth": auth,
            }
        )

        def parse(payload: Any) -> TokenResponse:
            return _response.parse(
                _spec.TOKENS_CREATE,
                payload,
                cast(
                    "type[TokenResponse]",
                    _response.model(_spec.TOKENS_CREATE, "TokenResponse"),
                ),
            )

        return self._pipeline.call(
            _spec.TOKENS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TOKENS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncTokens(AsyncResource):
    """`tokens` operations (asyncio)."""

    async def create(
        self,
        *,
        nocatalog: str | None = None,
        auth: Auth | AuthParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TokenResponse:
        """Obtain a user token with a password (project scope).

        `POST /v3/auth/tokens`

        Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
        `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

        Vendor documentation: https://support.huaweicloud.com/intl/en-us/api-iam/iam_30_0001.html

        Args:
            nocatalog: Any non-empty value omits `catalog` from the response body.
            auth: Who asks and for what: `identity` (the password method with the IAM user's name,
                password and account) and `scope` (the project the token is for). Either `Auth` or a
                `AuthParam` dict with the keys `identity`, `scope`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TokenResponse: The token's description (expiry, project, user); the token itself is the
                `X-Subject-Token` response header, which the MSGSMS clients fetch and cache for you.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "401".
            PermissionDeniedError: Vendor code "403".
            NotFoundError: Vendor code "404".
            InvalidParameterError: Vendor code "400".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "500", "503". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "nocatalog": nocatalog,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "auth": auth,
            }
        )

        def parse(payload: Any) -> TokenResponse:
            return _response.parse(
                _spec.TOKENS_CREATE,
                payload,
                cast(
                    "type[TokenResponse]",
                    _response.model(_spec.TOKENS_CREATE, "TokenResponse"),
                ),
            )

        return await self._pipeline.call(
            _spec.TOKENS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.TOKENS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )
