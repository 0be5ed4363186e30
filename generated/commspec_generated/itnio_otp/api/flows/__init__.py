"""Resources for `flows`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

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
        FlowNode,
        FlowsCreateResponse,
        FlowsListResponse,
        FlowsRetrieveResponse,
        FlowsUpdateResponse,
        TaskFlow,
    )
    from ...param_types import FlowNodeParam

__all__ = ["Flows", "AsyncFlows"]


class Flows(SyncResource):
    """`flows` operations (blocking)."""

    def create(
        self,
        *,
        name: str,
        flow: Sequence[FlowNode | FlowNodeParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Create a task flow.

        `POST /otp/flow/add`

        Creates a named fallback chain of SMS and call nodes; the name must be unique in the
        account.

        Vendor documentation: https://itniotech.com/api/otp/flowAdd

        Args:
            name: Flow name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            flow: The flow's nodes, in the order they are tried. At least 1 item. Each item:
                `FlowNode` or a `FlowNodeParam` dict with the keys `waitingTime`, `status`,
                `channel`, `channelCut`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The new flow, with the `flow_id` to pass to `update` and `retrieve`.

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
                "flow": flow,
            }
        )

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_CREATE,
                payload,
                cast(
                    "type[FlowsCreateResponse]",
                    _response.model(_spec.FLOWS_CREATE, "FlowsCreateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.FLOWS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def update(
        self,
        flow_id: int,
        *,
        name: str,
        flow: Sequence[FlowNode | FlowNodeParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Update a task flow.

        `PUT /otp/flow/update/{flowId}`

        Replaces the flow's name and its whole node list.

        Vendor documentation: https://itniotech.com/api/otp/flowUpdate

        Args:
            flow_id: Task flow ID, as returned by `create` or `list` (`flow_id`). At least 1.
            name: Flow name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            flow: The flow's nodes, in the order they are tried. At least 1 item. Each item:
                `FlowNode` or a `FlowNodeParam` dict with the keys `waitingTime`, `status`,
                `channel`, `channelCut`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The flow as stored after the update.

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
            "flowId": flow_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "flow": flow,
            }
        )

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_UPDATE,
                payload,
                cast(
                    "type[FlowsUpdateResponse]",
                    _response.model(_spec.FLOWS_UPDATE, "FlowsUpdateResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.FLOWS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[TaskFlow]:
        """List the account's task flows.

        `GET /otp/flow/list`

        Every task flow of the account, in one response (the vendor does not page this list).

        Vendor documentation: https://itniotech.com/api/otp/flowList

        Args:
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[TaskFlow]: Every flow of the account.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[TaskFlow]:
            return _response.parse(
                _spec.FLOWS_LIST,
                payload,
                cast(
                    "type[FlowsListResponse]",
                    _response.model(_spec.FLOWS_LIST, "FlowsListResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.FLOWS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def retrieve(
        self,
        flow_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Get one task flow.

        `GET /otp/flow/details/{flowId}`

        One task flow with its nodes. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/flowDetails

        Args:
            flow_id: Task flow ID, as returned by `create` or `list` (`flow_id`). At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The flow.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "flowId": flow_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_RETRIEVE,
                payload,
                cast(
                    "type[FlowsRetrieveResponse]",
                    _response.model(_spec.FLOWS_RETRIEVE, "FlowsRetrieveResponse"),
                ),
            ).data

        return self._pipeline.call(
            _spec.FLOWS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncFlows(AsyncResource):
    """`flows` operations (asyncio)."""

    async def create(
        self,
        *,
        name: str,
        flow: Sequence[FlowNode | FlowNodeParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Create a task flow.

        `POST /otp/flow/add`

        Creates a named fallback chain of SMS and call nodes; the name must be unique in the
        account.

        Vendor documentation: https://itniotech.com/api/otp/flowAdd

        Args:
            name: Flow name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            flow: The flow's nodes, in the order they are tried. At least 1 item. Each item:
                `FlowNode` or a `FlowNodeParam` dict with the keys `waitingTime`, `status`,
                `channel`, `channelCut`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The new flow, with the `flow_id` to pass to `update` and `retrieve`.

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
                "flow": flow,
            }
        )

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_CREATE,
                payload,
                cast(
                    "type[FlowsCreateResponse]",
                    _response.model(_spec.FLOWS_CREATE, "FlowsCreateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.FLOWS_CREATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def update(
        self,
        flow_id: int,
        *,
        name: str,
        flow: Sequence[FlowNode | FlowNodeParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Update a task flow.

        `PUT /otp/flow/update/{flowId}`

        Replaces the flow's name and its whole node list.

        Vendor documentation: https://itniotech.com/api/otp/flowUpdate

        Args:
            flow_id: Task flow ID, as returned by `create` or `list` (`flow_id`). At least 1.
            name: Flow name, unique in the account (a duplicate is answered with -20). 4-32
                characters.
            flow: The flow's nodes, in the order they are tried. At least 1 item. Each item:
                `FlowNode` or a `FlowNodeParam` dict with the keys `waitingTime`, `status`,
                `channel`, `channelCut`.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The flow as stored after the update.

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
            "flowId": flow_id,
        }
        call_body: dict[str, Any] | None = omit_none(
            {
                "name": name,
                "flow": flow,
            }
        )

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_UPDATE,
                payload,
                cast(
                    "type[FlowsUpdateResponse]",
                    _response.model(_spec.FLOWS_UPDATE, "FlowsUpdateResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.FLOWS_UPDATE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> builtins.list[TaskFlow]:
        """List the account's task flows.

        `GET /otp/flow/list`

        Every task flow of the account, in one response (the vendor does not page this list).

        Vendor documentation: https://itniotech.com/api/otp/flowList

        Args:
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            list[TaskFlow]: Every flow of the account.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {}
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> builtins.list[TaskFlow]:
            return _response.parse(
                _spec.FLOWS_LIST,
                payload,
                cast(
                    "type[FlowsListResponse]",
                    _response.model(_spec.FLOWS_LIST, "FlowsListResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.FLOWS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def retrieve(
        self,
        flow_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> TaskFlow:
        """Get one task flow.

        `GET /otp/flow/details/{flowId}`

        One task flow with its nodes. An unknown id is answered with -22 (parameter exception).

        Vendor documentation: https://itniotech.com/api/otp/flowDetails

        Args:
            flow_id: Task flow ID, as returned by `create` or `list` (`flow_id`). At least 1.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            TaskFlow: The flow.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "-1".
            TimestampExpiredError: Vendor code "-16".
            PermissionDeniedError: Vendor code "-2".
            InvalidParameterError: Vendor code "-22".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "-18". Any HTTP 5xx once the retries are exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "flowId": flow_id,
        }
        call_body: dict[str, Any] | None = None

        def parse(payload: Any) -> TaskFlow:
            return _response.parse(
                _spec.FLOWS_RETRIEVE,
                payload,
                cast(
                    "type[FlowsRetrieveResponse]",
                    _response.model(_spec.FLOWS_RETRIEVE, "FlowsRetrieveResponse"),
                ),
            ).data

        return await self._pipeline.call(
            _spec.FLOWS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.FLOWS_RETRIEVE, extra_headers, extra_query, extra_body, timeout
            ),
        )
