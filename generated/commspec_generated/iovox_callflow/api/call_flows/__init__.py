"""Resources for `call_flows`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

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
    from ...models import CallFlowsPage, CallFlowSummary
from commspec.runtime import join_names

# The XML classes load on the first call that needs them too: each method imports its own.
if TYPE_CHECKING:
    from commspec_generated.iovox_callflow_xml import CallFlow, Request, Response

__all__ = ["CallFlows", "AsyncCallFlows"]


class CallFlows(SyncResource):
    """`call_flows` operations (blocking)."""

    def retrieve(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> CallFlow:
        """Get one Call Flow with its rules (getCallFlow).

        `GET /CallFlow?v=3&method=getCallFlow`

        The flow is parsed into the same typed classes that `create` and `update` take.

        Vendor documentation: https://www.iovox.com/api/rest/getCallFlow.html

        Args:
            name: Name of the Call Flow. Not empty.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            CallFlow: The Call Flow, with its rules in document order.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "Call Flow Doesn't exist".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be GET. x attempted".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "getCallFlow",
            "call_flow": name,
        }
        call_body = None
        from commspec_generated.iovox_callflow_xml import Response

        def parse(payload: Any) -> CallFlow:
            return _response.parse_xml(
                _spec.CALL_FLOWS_RETRIEVE, payload, Response
            ).call_flow

        return self._pipeline.call(
            _spec.CALL_FLOWS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.CALL_FLOWS_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    def update(
        self,
        call_flow: CallFlow,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow).

        `PUT /CallFlow?v=3&method=updateCallFlow`

        Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and
        its rules are the complete new rule set. The new version is applied to every Link that used
        the previous one; per-Link variable values are carried over by matching rule `id` (unmatched
        values are dropped). The document is validated against the call flow schema before it is
        sent.

        Vendor documentation: https://www.iovox.com/api/rest/updateCallFlow.html

        Args:
            call_flow: The flow to update: `name` names the existing flow; `new_name` renames it;
                `notes` and the rules replace the stored ones.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flow is updated when the call returns (204 No Content).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "CallFlow Name does not exist".
            ConflictError: Vendor code "New CallFlow Name already exists".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be PUT. x attempted", "XML Empty", "XML parse error. x at line y, column
                z", "Request Empty", "There are no Rules in this Template", "New CallFlow Name too
                long", "Rule ID Empty", "Rule Label Empty", "Message empty", "destinationPhoneNumber
                Empty", "destinationContactId Empty", "Rule ID Not Unique in Play Rule", "Sound File
                Does not exist in Play Rule".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "updateCallFlow",
        }
        from commspec_generated.iovox_callflow_xml import Request

        call_body = Request(call_flow=call_flow)
        self._pipeline.call(
            _spec.CALL_FLOWS_UPDATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def create(
        self,
        call_flow: CallFlow,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Create a Call Flow (createCallFlow).

        `POST /CallFlow?v=3&method=createCallFlow`

        Sends one `callFlow` like `update` but without `new_name`; `name` must be unique in the
        account. The document is validated against the call flow schema before it is sent.

        Vendor documentation: https://www.iovox.com/api/rest/createCallFlow.html

        Args:
            call_flow: The flow to create (without `new_name`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flow exists when the call returns (201 Created).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            ConflictError: Vendor code "CallFlow Name already exists".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be POST. x attempted", "XML Empty", "XML parse error. x at line y,
                column z", "Request Empty", "There are no Rules in this Template", "CallFlow Name
                Empty", "CallFlow Name too long", "Rule ID Empty", "Rule Label Empty", "Message
                empty", "destinationPhoneNumber Empty", "destinationContactId Empty", "Rule ID Not
                Unique in Play Rule", "Sound File Does not exist in Play Rule".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "createCallFlow",
        }
        from commspec_generated.iovox_callflow_xml import Request

        call_body = Request(call_flow=call_flow)
        self._pipeline.call(
            _spec.CALL_FLOWS_CREATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def delete(
        self,
        names: Sequence[str],
        *,
        detach_from_links: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete one or more Call Flows (deleteCallFlows).

        `DELETE /CallFlow?v=3&method=deleteCallFlows`

        Names are checked in order. Unless `detach_from_links` is true, only flows attached to no
        Link can be deleted. To delete a single flow, pass one name (IOVOX has no singular delete
        method).

        `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow
        name may contain `|`, so a name containing `|` is refused before sending (it would delete
        the flows named by its parts), as are a bare string (not split into characters), a
        non-string item, an empty name and an empty list.

        Vendor documentation: https://www.iovox.com/api/rest/deleteCallFlows.html

        Args:
            names: Names of the flows to delete, sent joined by `|`; a name containing `|` is
                refused before sending. Sent joined with "|".
            detach_from_links: Also delete flows attached to Links, detaching them. Default False.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flows are deleted when the call returns (204 No Content).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "Call Flow x of y does not exist".
            ConflictError: Vendor code "Call Flow x of y is attached to a Link".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be DELETE. x attempted", "call_flows Empty".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "deleteCallFlows",
            "call_flows": join_names(_spec.CALL_FLOWS_DELETE, "names", names, "|"),
            "detach_from_links": "TRUE" if detach_from_links else "FALSE",
        }
        call_body = None
        self._pipeline.call(
            _spec.CALL_FLOWS_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order: str | None = None,
        req_fields: str | None = None,
        template_name: str | None = None,
        template_type: Literal["DEFAULT", "CUSTOM", "ALL"] | None = None,
        advanced: Literal["YES"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> Page[CallFlowSummary]:
        """List Call Flows, paged (getCallFlows).

        `GET /CallFlow?v=3&method=getCallFlows&output=JSON`

        Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are
        those of the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because
        IOVOX does not document its XML form.

        Vendor documentation: https://www.iovox.com/api/rest/getFlows.html

        Args:
            page: Page number, from 1. At least 1. Default 1.
            limit: Results per page. 1-20000. Default 20000.
            order: A `req_fields` code suffixed with `_ASC` or `_DESC`, e.g. `c_DESC` (newest first,
                the default). Must match `^(tna|tno|tt|c|a)_(ASC|DESC)$`. Default "c_DESC".
            req_fields: Comma-separated codes of the fields to return: `tna`=template_name,
                `tno`=template_notes, `tt`=template_type, `c`=created, `a`=advanced. Must match
                `^(tna|tno|tt|c|a)(,(tna|tno|tt|c|a))*$`. Default "tna,tno,tt,c,a".
            template_name: Only the flow with this name. Not empty.
            template_type: DEFAULT (built-in), CUSTOM (made by the account) or ALL. One of
                "DEFAULT", "CUSTOM", "ALL". Default "ALL".
            advanced: YES returns only advanced templates. Always "YES".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            Page[CallFlowSummary]: The requested page of flow summaries. The page holds `records`,
                `current`, `size`, `total` and `pages`; iterating it (`for item in page`) walks
                every record of every page, fetching the next page only when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be GET. x attempted", "Page Number not an integer", "Limit not an
                integer", "Limit must be between 1 and 20000", "Template Type Invalid", "Advanced
                Invalid", "Required Fields Invalid".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "interface": "CallFlow",
            "v": 3,
            "method": "getCallFlows",
            "page": page,
            "limit": limit,
            "order": order,
            "req_fields": req_fields,
            "template_name": template_name,
            "template_type": template_type,
            "advanced": advanced,
            "output": "JSON",
        }
        call_body = None

        def parse(payload: Any) -> CallFlowsPage:
            return _response.parse(
                _spec.CALL_FLOWS_LIST,
                payload,
                cast(
                    "type[CallFlowsPage]",
                    _response.model(_spec.CALL_FLOWS_LIST, "CallFlowsPage"),
                ),
            )

        return self._pipeline.paginate(
            _spec.CALL_FLOWS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.CALL_FLOWS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )


class AsyncCallFlows(AsyncResource):
    """`call_flows` operations (asyncio)."""

    async def retrieve(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> CallFlow:
        """Get one Call Flow with its rules (getCallFlow).

        `GET /CallFlow?v=3&method=getCallFlow`

        The flow is parsed into the same typed classes that `create` and `update` take.

        Vendor documentation: https://www.iovox.com/api/rest/getCallFlow.html

        Args:
            name: Name of the Call Flow. Not empty.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            CallFlow: The Call Flow, with its rules in document order.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "Call Flow Doesn't exist".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be GET. x attempted".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "getCallFlow",
            "call_flow": name,
        }
        call_body = None
        from commspec_generated.iovox_callflow_xml import Response

        def parse(payload: Any) -> CallFlow:
            return _response.parse_xml(
                _spec.CALL_FLOWS_RETRIEVE, payload, Response
            ).call_flow

        return await self._pipeline.call(
            _spec.CALL_FLOWS_RETRIEVE,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.CALL_FLOWS_RETRIEVE,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
            ),
        )

    async def update(
        self,
        call_flow: CallFlow,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow).

        `PUT /CallFlow?v=3&method=updateCallFlow`

        Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and
        its rules are the complete new rule set. The new version is applied to every Link that used
        the previous one; per-Link variable values are carried over by matching rule `id` (unmatched
        values are dropped). The document is validated against the call flow schema before it is
        sent.

        Vendor documentation: https://www.iovox.com/api/rest/updateCallFlow.html

        Args:
            call_flow: The flow to update: `name` names the existing flow; `new_name` renames it;
                `notes` and the rules replace the stored ones.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flow is updated when the call returns (204 No Content).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "CallFlow Name does not exist".
            ConflictError: Vendor code "New CallFlow Name already exists".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be PUT. x attempted", "XML Empty", "XML parse error. x at line y, column
                z", "Request Empty", "There are no Rules in this Template", "New CallFlow Name too
                long", "Rule ID Empty", "Rule Label Empty", "Message empty", "destinationPhoneNumber
                Empty", "destinationContactId Empty", "Rule ID Not Unique in Play Rule", "Sound File
                Does not exist in Play Rule".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "updateCallFlow",
        }
        from commspec_generated.iovox_callflow_xml import Request

        call_body = Request(call_flow=call_flow)
        await self._pipeline.call(
            _spec.CALL_FLOWS_UPDATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_UPDATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def create(
        self,
        call_flow: CallFlow,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Create a Call Flow (createCallFlow).

        `POST /CallFlow?v=3&method=createCallFlow`

        Sends one `callFlow` like `update` but without `new_name`; `name` must be unique in the
        account. The document is validated against the call flow schema before it is sent.

        Vendor documentation: https://www.iovox.com/api/rest/createCallFlow.html

        Args:
            call_flow: The flow to create (without `new_name`).
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flow exists when the call returns (201 Created).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            ConflictError: Vendor code "CallFlow Name already exists".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be POST. x attempted", "XML Empty", "XML parse error. x at line y,
                column z", "Request Empty", "There are no Rules in this Template", "CallFlow Name
                Empty", "CallFlow Name too long", "Rule ID Empty", "Rule Label Empty", "Message
                empty", "destinationPhoneNumber Empty", "destinationContactId Empty", "Rule ID Not
                Unique in Play Rule", "Sound File Does not exist in Play Rule".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "createCallFlow",
        }
        from commspec_generated.iovox_callflow_xml import Request

        call_body = Request(call_flow=call_flow)
        await self._pipeline.call(
            _spec.CALL_FLOWS_CREATE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_CREATE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    async def delete(
        self,
        names: Sequence[str],
        *,
        detach_from_links: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Delete one or more Call Flows (deleteCallFlows).

        `DELETE /CallFlow?v=3&method=deleteCallFlows`

        Names are checked in order. Unless `detach_from_links` is true, only flows attached to no
        Link can be deleted. To delete a single flow, pass one name (IOVOX has no singular delete
        method).

        `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow
        name may contain `|`, so a name containing `|` is refused before sending (it would delete
        the flows named by its parts), as are a bare string (not split into characters), a
        non-string item, an empty name and an empty list.

        Vendor documentation: https://www.iovox.com/api/rest/deleteCallFlows.html

        Args:
            names: Names of the flows to delete, sent joined by `|`; a name containing `|` is
                refused before sending. Sent joined with "|".
            detach_from_links: Also delete flows attached to Links, detaching them. Default False.
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            None: Nothing; the flows are deleted when the call returns (204 No Content).

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            NotFoundError: Vendor code "Call Flow x of y does not exist".
            ConflictError: Vendor code "Call Flow x of y is attached to a Link".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be DELETE. x attempted", "call_flows Empty".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "deleteCallFlows",
            "call_flows": join_names(_spec.CALL_FLOWS_DELETE, "names", names, "|"),
            "detach_from_links": "TRUE" if detach_from_links else "FALSE",
        }
        call_body = None
        await self._pipeline.call(
            _spec.CALL_FLOWS_DELETE,
            call_params,
            call_body,
            None,
            CallOptions.of(
                _spec.CALL_FLOWS_DELETE, extra_headers, extra_query, extra_body, timeout
            ),
        )

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order: str | None = None,
        req_fields: str | None = None,
        template_name: str | None = None,
        template_type: Literal["DEFAULT", "CUSTOM", "ALL"] | None = None,
        advanced: Literal["YES"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncPaginator[CallFlowSummary]:
        """List Call Flows, paged (getCallFlows).

        `GET /CallFlow?v=3&method=getCallFlows&output=JSON`

        Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are
        those of the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because
        IOVOX does not document its XML form.

        Vendor documentation: https://www.iovox.com/api/rest/getFlows.html

        Args:
            page: Page number, from 1. At least 1. Default 1.
            limit: Results per page. 1-20000. Default 20000.
            order: A `req_fields` code suffixed with `_ASC` or `_DESC`, e.g. `c_DESC` (newest first,
                the default). Must match `^(tna|tno|tt|c|a)_(ASC|DESC)$`. Default "c_DESC".
            req_fields: Comma-separated codes of the fields to return: `tna`=template_name,
                `tno`=template_notes, `tt`=template_type, `c`=created, `a`=advanced. Must match
                `^(tna|tno|tt|c|a)(,(tna|tno|tt|c|a))*$`. Default "tna,tno,tt,c,a".
            template_name: Only the flow with this name. Not empty.
            template_type: DEFAULT (built-in), CUSTOM (made by the account) or ALL. One of
                "DEFAULT", "CUSTOM", "ALL". Default "ALL".
            advanced: YES returns only advanced templates. Always "YES".
            extra_headers: Headers added to this request; the auth headers cannot be replaced.
            extra_query: Query parameters added to this request (not those the operation fixes).
            extra_body: Fields added to this request's JSON object body, sent as given.
            timeout: This request's timeout in seconds, or an httpx.Timeout (default: the client's).

        Returns:
            AsyncPaginator[CallFlowSummary]: The requested page of flow summaries. `await` the call
                for the first page (`records`, `current`, `size`, `total`, `pages`);
                `async for item in` the call, or the page, walks every record of every page,
                fetching the next page only when needed.

        Raises:
            ValidationError: An argument breaks a documented rule; raised before anything is sent.
            AuthenticationError: Vendor code "HTTP 401: Unauthorized".
            InvalidParameterError: Vendor codes "API Version Empty", "API Version Invalid", "Request
                Method must be GET. x attempted", "Page Number not an integer", "Limit not an
                integer", "Limit must be between 1 and 20000", "Template Type Invalid", "Advanced
                Invalid", "Required Fields Invalid".
            RateLimitError: HTTP 429 once the retries are exhausted.
            ServerError: Vendor code "Internal Server Error". Any HTTP 5xx once the retries are
                exhausted.
            APIError: Any other failure the vendor reports (base class of the errors above).
            ResponseFormatError: The answer does not match the vendor's documented format.
            APIConnectionError: The request could not be completed after all retries.
            APITimeoutError: The request timed out after all retries (an APIConnectionError).
        """
        call_params: dict[str, Any] = {
            "interface": "CallFlow",
            "v": 3,
            "method": "getCallFlows",
            "page": page,
            "limit": limit,
            "order": order,
            "req_fields": req_fields,
            "template_name": template_name,
            "template_type": template_type,
            "advanced": advanced,
            "output": "JSON",
        }
        call_body = None

        def parse(payload: Any) -> CallFlowsPage:
            return _response.parse(
                _spec.CALL_FLOWS_LIST,
                payload,
                cast(
                    "type[CallFlowsPage]",
                    _response.model(_spec.CALL_FLOWS_LIST, "CallFlowsPage"),
                ),
            )

        return self._pipeline.paginate(
            _spec.CALL_FLOWS_LIST,
            call_params,
            call_body,
            parse,
            CallOptions.of(
                _spec.CALL_FLOWS_LIST, extra_headers, extra_query, extra_body, timeout
            ),
        )
