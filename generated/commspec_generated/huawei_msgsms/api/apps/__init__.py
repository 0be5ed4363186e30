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
    from ...models import App, AppCount, AppCreated, AppList, AppUpdated

__all__ = ["Apps", "AsyncApps"]


class Apps(SyncResource):
    """`apps` operations (blocking)."""

    def count(
        self,
        *,
        region: Literal["cn", "intl"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppCount:
        """Count SMS applications.

        `GET /v2/{project_id}/msgsms/apps-count`

        How many applications the project may have and how many it has (optionally of one region).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            region: Region: cn or intl. One of "cn", "intl".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppCount: The project's application quota and how many are used.

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
            "region": region,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> AppCount:
            return _response.parse(
                _spec.APPS_COUNT,
                payload,
                cast("type[AppCount]", _response.model(_spec.APPS_COUNT, "AppCount")),
            )

        return self._pipeline.call(
            _spec.APPS_COUNT,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_COUNT, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        region: Literal["cn", "intl"] | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: str | None = None,
        status: Literal["CREATED", "SUSPENDED", "LAUNCHED", "PROCESSING"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Page[App]:
        """Query SMS applications.

        `GET /v2/{project_id}/msgsms/apps`

        The applications matching the filters, paged by offset and limit.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name.
            start_time: Start of the creation-time window.
            end_time: End of the creation-time window.
            limit: Page size. At least 1. Default 10.
            offset: Number of matching applications to skip. At least 0.
            region: Region: cn or intl. One of "cn", "intl".
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field (the client names no values).
            status: Application status. One of "CREATED", "SUSPENDED", "LAUNCHED", "PROCESSING".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Page[App]: The requested page of applications. The page holds `records`, `current`,
                `size`, `total` and `pages`; iterating it (`for item in page`) walks every record of
                every page, fetching the next page only when needed.

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
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "region": region,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "status": status,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> AppList:
            return _response.parse(
                _spec.APPS_LIST,
                payload,
                cast("type[AppList]", _response.model(_spec.APPS_LIST, "AppList")),
            )

        return self._pipeline.paginate(
            _spec.APPS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def create(
        self,
        *,
        app_name: str,
        region: Literal["cn", "intl"],
        create_sign_and_template: bool | None = None,
        enterprise_project_id: str | None = None,
        enterprise_project_name: str | None = None,
        up_link_addr: str | None = None,
        show_secret: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppCreated:
        """Create an SMS application.

        `POST /v2/{project_id}/msgsms/apps`

        Creates an SMS application (the key and access address that send SMS).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name. Not empty.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            create_sign_and_template: Create a test signature and template (Chinese-mainland
                applications only).
            enterprise_project_id: Enterprise project ID (the vendor's default: 0).
            enterprise_project_name: Enterprise project name (the vendor's default: default).
            up_link_addr: Uplink (inbound SMS) callback address (Chinese-mainland applications
                only).
            show_secret: Return app_secret in the answer.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppCreated: The new application's id, name and app_key (and app_secret when
                show_secret).

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
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_name": app_name,
                "region": region,
                "create_sign_and_template": create_sign_and_template,
                "enterprise_project_id": enterprise_project_id,
                "enterprise_project_name": enterprise_project_name,
                "up_link_addr": up_link_addr,
                "show_secret": show_secret,
            }
        )

        def parse(payload: Any) -> AppCreated:
            return _response.parse(
                _spec.APPS_CREATE,
                payload,
                cast(
                    "type[AppCreated]", _response.model(_spec.APPS_CREATE, "AppCreated")
                ),
            )

        return self._pipeline.call(
            _spec.APPS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_CREATE, extra_headers, extra_query, extra_body, timeout
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
    ) -> App:
        """Query an SMS application.

        `GET /v2/{project_id}/msgsms/apps/{id}`

        One application by its primary key.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            App: The application.

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
            "id": app_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> App:
            return _response.parse(
                _spec.APPS_RETRIEVE,
                payload,
                cast("type[App]", _response.model(_spec.APPS_RETRIEVE, "App")),
            )

        return self._pipeline.call(
            _spec.APPS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def update(
        self,
        app_id: str,
        *,
        app_name: str | None = None,
        create_sign_and_template: bool | None = None,
        enterprise_project_id: str | None = None,
        enterprise_project_name: str | None = None,
        region: Literal["cn", "intl"] | None = None,
        up_link_addr: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppUpdated:
        """Modify an SMS application.

        `PUT /v2/{project_id}/msgsms/apps/{id}`

        Writes the given fields of the application.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key `id` (from `create` or `list`).
            app_name: Application name. Not empty.
            create_sign_and_template: Create a test signature and template (Chinese mainland only).
            enterprise_project_id: Enterprise project ID.
            enterprise_project_name: Enterprise project name.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            up_link_addr: Uplink (inbound SMS) callback address.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppUpdated: The application's id, name and app_key.

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
            "id": app_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_name": app_name,
                "create_sign_and_template": create_sign_and_template,
                "enterprise_project_id": enterprise_project_id,
                "enterprise_project_name": enterprise_project_name,
                "region": region,
                "up_link_addr": up_link_addr,
            }
        )

        def parse(payload: Any) -> AppUpdated:
            return _response.parse(
                _spec.APPS_UPDATE,
                payload,
                cast(
                    "type[AppUpdated]", _response.model(_spec.APPS_UPDATE, "AppUpdated")
                ),
            )

        return self._pipeline.call(
            _spec.APPS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncApps(AsyncResource):
    """`apps` operations (asyncio)."""

    async def count(
        self,
        *,
        region: Literal["cn", "intl"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppCount:
        """Count SMS applications.

        `GET /v2/{project_id}/msgsms/apps-count`

        How many applications the project may have and how many it has (optionally of one region).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            region: Region: cn or intl. One of "cn", "intl".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppCount: The project's application quota and how many are used.

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
            "region": region,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> AppCount:
            return _response.parse(
                _spec.APPS_COUNT,
                payload,
                cast("type[AppCount]", _response.model(_spec.APPS_COUNT, "AppCount")),
            )

        return await self._pipeline.call(
            _spec.APPS_COUNT,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_COUNT, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        app_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        region: Literal["cn", "intl"] | None = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        sort_key: str | None = None,
        status: Literal["CREATED", "SUSPENDED", "LAUNCHED", "PROCESSING"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncPaginator[App]:
        """Query SMS applications.

        `GET /v2/{project_id}/msgsms/apps`

        The applications matching the filters, paged by offset and limit.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name.
            start_time: Start of the creation-time window.
            end_time: End of the creation-time window.
            limit: Page size. At least 1. Default 10.
            offset: Number of matching applications to skip. At least 0.
            region: Region: cn or intl. One of "cn", "intl".
            sort_dir: Sort direction. One of "asc", "desc".
            sort_key: Sort field (the client names no values).
            status: Application status. One of "CREATED", "SUSPENDED", "LAUNCHED", "PROCESSING".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AsyncPaginator[App]: The requested page of applications. `await` the call for the first
                page (`records`, `current`, `size`, `total`, `pages`); `async for item in` the call,
                or the page, walks every record of every page, fetching the next page only when
                needed.

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
            "app_name": app_name,
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "offset": offset,
            "region": region,
            "sort_dir": sort_dir,
            "sort_key": sort_key,
            "status": status,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> AppList:
            return _response.parse(
                _spec.APPS_LIST,
                payload,
                cast("type[AppList]", _response.model(_spec.APPS_LIST, "AppList")),
            )

        return self._pipeline.paginate(
            _spec.APPS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def create(
        self,
        *,
        app_name: str,
        region: Literal["cn", "intl"],
        create_sign_and_template: bool | None = None,
        enterprise_project_id: str | None = None,
        enterprise_project_name: str | None = None,
        up_link_addr: str | None = None,
        show_secret: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppCreated:
        """Create an SMS application.

        `POST /v2/{project_id}/msgsms/apps`

        Creates an SMS application (the key and access address that send SMS).

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_name: Application name. Not empty.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            create_sign_and_template: Create a test signature and template (Chinese-mainland
                applications only).
            enterprise_project_id: Enterprise project ID (the vendor's default: 0).
            enterprise_project_name: Enterprise project name (the vendor's default: default).
            up_link_addr: Uplink (inbound SMS) callback address (Chinese-mainland applications
                only).
            show_secret: Return app_secret in the answer.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppCreated: The new application's id, name and app_key (and app_secret when
                show_secret).

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
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_name": app_name,
                "region": region,
                "create_sign_and_template": create_sign_and_template,
                "enterprise_project_id": enterprise_project_id,
                "enterprise_project_name": enterprise_project_name,
                "up_link_addr": up_link_addr,
                "show_secret": show_secret,
            }
        )

        def parse(payload: Any) -> AppCreated:
            return _response.parse(
                _spec.APPS_CREATE,
                payload,
                cast(
                    "type[AppCreated]", _response.model(_spec.APPS_CREATE, "AppCreated")
                ),
            )

        return await self._pipeline.call(
            _spec.APPS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_CREATE, extra_headers, extra_query, extra_body, timeout
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
    ) -> App:
        """Query an SMS application.

        `GET /v2/{project_id}/msgsms/apps/{id}`

        One application by its primary key.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key `id` (from `create` or `list`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            App: The application.

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
            "id": app_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> App:
            return _response.parse(
                _spec.APPS_RETRIEVE,
                payload,
                cast("type[App]", _response.model(_spec.APPS_RETRIEVE, "App")),
            )

        return await self._pipeline.call(
            _spec.APPS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def update(
        self,
        app_id: str,
        *,
        app_name: str | None = None,
        create_sign_and_template: bool | None = None,
        enterprise_project_id: str | None = None,
        enterprise_project_name: str | None = None,
        region: Literal["cn", "intl"] | None = None,
        up_link_addr: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AppUpdated:
        """Modify an SMS application.

        `PUT /v2/{project_id}/msgsms/apps/{id}`

        Writes the given fields of the application.

        Vendor documentation: https://github.com/huaweicloud/huaweicloud-sdk-python-v3

        Args:
            app_id: The application's primary key `id` (from `create` or `list`).
            app_name: Application name. Not empty.
            create_sign_and_template: Create a test signature and template (Chinese mainland only).
            enterprise_project_id: Enterprise project ID.
            enterprise_project_name: Enterprise project name.
            region: Region: cn = Chinese mainland, intl = international. One of "cn", "intl".
            up_link_addr: Uplink (inbound SMS) callback address.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AppUpdated: The application's id, name and app_key.

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
            "id": app_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "app_name": app_name,
                "create_sign_and_template": create_sign_and_template,
                "enterprise_project_id": enterprise_project_id,
                "enterprise_project_name": enterprise_project_name,
                "region": region,
                "up_link_addr": up_link_addr,
            }
        )

        def parse(payload: Any) -> AppUpdated:
            return _response.parse(
                _spec.APPS_UPDATE,
                payload,
                cast(
                    "type[AppUpdated]", _response.model(_spec.APPS_UPDATE, "AppUpdated")
                ),
            )

        return await self._pipeline.call(
            _spec.APPS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.APPS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )
