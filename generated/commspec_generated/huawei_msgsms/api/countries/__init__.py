"""Resources for `countries`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

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
    from ...models import CountriesListResponse, Country

__all__ = ["Countries", "AsyncCountries"]


class Countries(SyncResource):
    """`countries` operations (blocking)."""

    def list(
        self,
        *,
        country_name_en: str | None = None,
        country_name_zh: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[Country]:
        """Query the countries SMS can be sent to.

        `GET /v2/{project_id}/msgsms/country`

        The countries and regions international templates may name in `send_country`.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            country_name_en: Country name in English (exact match).
            country_name_zh: Country name in Chinese (exact match).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[Country]: The matching countries (a JSON array, not paged).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "country_name_en": country_name_en,
            "country_name_zh": country_name_zh,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[Country]:
            return _response.parse(
                _spec.COUNTRIES_LIST,
                payload,
                cast(
                    "type[CountriesListResponse]",
                    _response.model(_spec.COUNTRIES_LIST, "CountriesListResponse"),
                ),
            ).root

        return self._pipeline.call(
            _spec.COUNTRIES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.COUNTRIES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncCountries(AsyncResource):
    """`countries` operations (asyncio)."""

    async def list(
        self,
        *,
        country_name_en: str | None = None,
        country_name_zh: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[Country]:
        """Query the countries SMS can be sent to.

        `GET /v2/{project_id}/msgsms/country`

        The countries and regions international templates may name in `send_country`.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            country_name_en: Country name in English (exact match).
            country_name_zh: Country name in Chinese (exact match).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[Country]: The matching countries (a JSON array, not paged).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "MSGSMS.0003".
            PermissionDeniedError: Vendor code "MSGSMS.0013".
            NotFoundError: Vendor codes "MSGSMS.0005", "MSGSMS.0009", "MSGSMS.0011", "MSGSMS.0036",
                "MSGSMS.0076".
            ConflictError: Vendor codes "MSGSMS.0004", "MSGSMS.0006", "MSGSMS.0007", "MSGSMS.0008",
                "MSGSMS.0010".
            InvalidParameterError: Vendor codes "MSGSMS.0002", "MSGSMS.0012", "MSGSMS.0015",
                "MSGSMS.0016", "MSGSMS.0017".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor codes "MSGSMS.0001", "MSGSMS.0035". Any HTTP 5xx once the retries
                are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "country_name_en": country_name_en,
            "country_name_zh": country_name_zh,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[Country]:
            return _response.parse(
                _spec.COUNTRIES_LIST,
                payload,
                cast(
                    "type[CountriesListResponse]",
                    _response.model(_spec.COUNTRIES_LIST, "CountriesListResponse"),
                ),
            ).root

        return await self._pipeline.call(
            _spec.COUNTRIES_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.COUNTRIES_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )
