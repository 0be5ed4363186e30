"""Resources for `apps`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

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
    from ...models import (
        AppsCreateResponse,
        AppsRetrieveResponse,
        AppsUpdateResponse,
        SendLimit,
        VerificationApp,
    )
    from ...param_types import SendLimitParam

__all__ = ["Apps", "AsyncApps"]


class Apps(SyncResource):
    """`apps` operations (blocking)."""

    def create(
        self,
        *,
        name: str,
        code_expiry: int | None = None,
        period_total_send_limit: SendLimit | SendLimitParam | None = None,
        period_phone_send_limit: SendLimit | SendLimitParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Create a verification-code application.

        `POST /otp/app/add`

        Creates an application: how long its codes stay valid and how many codes it may send in a
        period, in total and to one number. Its `app_id` is what `templates.create` and
        `verifications.send` name.

        Vendor documentation: https://itniotech.com/api/otp/appAdd

        Args:
            name: Application name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            code_expiry: How long a sent code stays valid, in minutes. 1-60. Default 5.
            period_total_send_limit: The limit on codes sent in a period, in total (-27 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            period_phone_send_limit: The limit on codes sent in a period to one number (-28 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The new application, with its `app_id`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "codeExpiry": code_expiry,
                "periodTotalSendLimit": period_total_send_limit,
                "periodPhoneSendLimit": period_phone_send_limit,
            }
        )

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_CREATE,
                payload,
                cast(
                    "type[AppsCreateResponse]",
                    _response.model(_spec.APPS_CREATE, "AppsCreateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.APPS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def update(
        self,
        app_id: str,
        *,
        name: str,
        code_expiry: int | None = None,
        period_total_send_limit: SendLimit | SendLimitParam | None = None,
        period_phone_send_limit: SendLimit | SendLimitParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Update a verification-code application.

        `PUT /otp/app/update/{appId}`

        Replaces the application's name, code expiry and send-rate limits (an omitted setting
        returns to its default).

        Vendor documentation: https://itniotech.com/api/otp/appUpdate

        Args:
            app_id: Application ID, as returned by `create` (`app_id`). 4-32 characters.
            name: Application name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            code_expiry: How long a sent code stays valid, in minutes. 1-60. Default 5.
            period_total_send_limit: The limit on codes sent in a period, in total (-27 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            period_phone_send_limit: The limit on codes sent in a period to one number (-28 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The application as stored after the update.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "appId": app_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "codeExpiry": code_expiry,
                "periodTotalSendLimit": period_total_send_limit,
                "periodPhoneSendLimit": period_phone_send_limit,
            }
        )

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_UPDATE,
                payload,
                cast(
                    "type[AppsUpdateResponse]",
                    _response.model(_spec.APPS_UPDATE, "AppsUpdateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.APPS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Get one verification-code application.

        `GET /otp/app/details/{appId}`

        The application's settings. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/appDetails

        Args:
            app_id: Application ID, as returned by `create` (`app_id`). 4-32 characters.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The application.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "appId": app_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_RETRIEVE,
                payload,
                cast(
                    "type[AppsRetrieveResponse]",
                    _response.model(_spec.APPS_RETRIEVE, "AppsRetrieveResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.APPS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncApps(AsyncResource):
    """`apps` operations (asyncio)."""

    async def create(
        self,
        *,
        name: str,
        code_expiry: int | None = None,
        period_total_send_limit: SendLimit | SendLimitParam | None = None,
        period_phone_send_limit: SendLimit | SendLimitParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Create a verification-code application.

        `POST /otp/app/add`

        Creates an application: how long its codes stay valid and how many codes it may send in a
        period, in total and to one number. Its `app_id` is what `templates.create` and
        `verifications.send` name.

        Vendor documentation: https://itniotech.com/api/otp/appAdd

        Args:
            name: Application name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            code_expiry: How long a sent code stays valid, in minutes. 1-60. Default 5.
            period_total_send_limit: The limit on codes sent in a period, in total (-27 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            period_phone_send_limit: The limit on codes sent in a period to one number (-28 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The new application, with its `app_id`.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "codeExpiry": code_expiry,
                "periodTotalSendLimit": period_total_send_limit,
                "periodPhoneSendLimit": period_phone_send_limit,
            }
        )

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_CREATE,
                payload,
                cast(
                    "type[AppsCreateResponse]",
                    _response.model(_spec.APPS_CREATE, "AppsCreateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.APPS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def update(
        self,
        app_id: str,
        *,
        name: str,
        code_expiry: int | None = None,
        period_total_send_limit: SendLimit | SendLimitParam | None = None,
        period_phone_send_limit: SendLimit | SendLimitParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Update a verification-code application.

        `PUT /otp/app/update/{appId}`

        Replaces the application's name, code expiry and send-rate limits (an omitted setting
        returns to its default).

        Vendor documentation: https://itniotech.com/api/otp/appUpdate

        Args:
            app_id: Application ID, as returned by `create` (`app_id`). 4-32 characters.
            name: Application name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            code_expiry: How long a sent code stays valid, in minutes. 1-60. Default 5.
            period_total_send_limit: The limit on codes sent in a period, in total (-27 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            period_phone_send_limit: The limit on codes sent in a period to one number (-28 when
                reached). Either `SendLimit` or a `SendLimitParam` dict with the keys `enabled`,
                `unit`, `period`, `limit`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The application as stored after the update.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "appId": app_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "codeExpiry": code_expiry,
                "periodTotalSendLimit": period_total_send_limit,
                "periodPhoneSendLimit": period_phone_send_limit,
            }
        )

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_UPDATE,
                payload,
                cast(
                    "type[AppsUpdateResponse]",
                    _response.model(_spec.APPS_UPDATE, "AppsUpdateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.APPS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> VerificationApp:
        """Get one verification-code application.

        `GET /otp/app/details/{appId}`

        The application's settings. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/appDetails

        Args:
            app_id: Application ID, as returned by `create` (`app_id`). 4-32 characters.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            VerificationApp: The application.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            ConflictError: Vendor code "-20".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "appId": app_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> VerificationApp:
            return _response.parse(
                _spec.APPS_RETRIEVE,
                payload,
                cast(
                    "type[AppsRetrieveResponse]",
                    _response.model(_spec.APPS_RETRIEVE, "AppsRetrieveResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.APPS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )
