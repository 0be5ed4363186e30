"""IOVOX's HTTP semantics: username/secureKey, ``v`` and ``method`` query checks, the verb each method
requires, XML bodies parsed safely and checked with the vendor's own error strings first, then with
the same XSD as the client; failures as ``<errors><error status="…">…</error></errors>``."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Any, Final
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from commspec._spec import Operation
from commspec.errors import ResponseFormatError
from commspec.iovox._xml import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    XML_DECLARATION,
    parse_xml,
    schema_errors,
    to_xml,
)
from commspec.mock._codes import server_error_code
from commspec.mock._config import MockConfig
from commspec.mock._http import MockRequest, MockResponse, ascii_int
from commspec.mock._router import Router
from commspec.mock.iovox.models import IovoxBackend, IovoxVendorError
from commspec_generated.iovox_callflow_xml import Request, Response

PATH: Final = "/CallFlow"
API_VERSION: Final = "3"
RULE_TAGS: Final = frozenset(
    {"play", "call", "messageKeypress", "sendSms", "voicemail", "httpRequest", "timeBased", "evaluate"}
)
XML_TYPE: Final = {"content-type": "application/xml; charset=utf-8"}


class IovoxRouter(Router):
    """Every request to ``/CallFlow`` belongs to IOVOX, whatever its verb or query: the vendor itself
    answers a wrong verb, a missing ``v`` or an unknown ``method`` (dispatch is by ``method``)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        super().__init__(operations)
        self.by_method = {route.operation.fixed_query["method"]: route.operation for route in self.routes}

    def match(self, method: str, path: str, query: dict[str, str]) -> tuple[Operation, dict[str, str]] | None:
        if path != PATH:
            return None
        operation = self.by_method.get(query.get("method", ""), self.routes[0].operation)
        return operation, {}

    def knows_path(self, path: str) -> bool:
        return path == PATH


def error_response(status: int, messages: Iterable[str]) -> MockResponse:
    items = "".join(f'<error status="{status}">{escape(message)}</error>' for message in messages)
    return MockResponse(status, XML_DECLARATION + f"<errors>{items}</errors>".encode(), dict(XML_TYPE))


UNAUTHORIZED: Final = b'<error status="401">HTTP 401: Unauthorized</error>'  # documented body [D2]


class IovoxResponses:
    def __init__(self, config: MockConfig, backend: IovoxBackend) -> None:
        self.config = config
        self.backend = backend
        self.verbs = {
            "updateCallFlow": "PUT",
            "createCallFlow": "POST",
            "getCallFlow": "GET",
            "getCallFlows": "GET",
            "deleteCallFlows": "DELETE",
        }

    def _authenticated(self, request: MockRequest) -> bool:
        username = request.headers.raw("username") or b""
        secure_key = request.headers.raw("secureKey") or b""
        return hmac.compare_digest(
            username, self.config.credential("IOVOX_USERNAME").encode()
        ) & hmac.compare_digest(secure_key, self.config.credential("IOVOX_SECURE_KEY").encode())

    def server_error(self, operation: Operation) -> MockResponse:
        """IOVOX's answer to its own failure: the spec's server-error string, with its status."""
        code = server_error_code(operation.api)
        return error_response(operation.api.code_statuses.get(code, 500), [code])

    def handle(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> MockResponse:
        if not self._authenticated(request):
            return MockResponse(401, UNAUTHORIZED, dict(XML_TYPE))
        try:
            return self._dispatch(request)
        except IovoxVendorError as error:
            return error_response(error.status, error.messages)

    def _dispatch(self, request: MockRequest) -> MockResponse:
        query = request.query
        version = query.get("v", "")
        if not version:
            raise IovoxVendorError("API Version Empty")
        if version != API_VERSION:
            raise IovoxVendorError("API Version Invalid")
        method = query.get("method", "")
        verb = self.verbs.get(method)
        if verb is None:
            raise IovoxVendorError("Method Invalid")
        if request.method != verb:
            raise IovoxVendorError(f"Request Method must be {verb}. {request.method} attempted")
        if method == "updateCallFlow":
            self.backend.update(read_request(request.body, update=True).call_flow)
            return MockResponse(204)
        if method == "createCallFlow":
            self.backend.create(read_request(request.body, update=False).call_flow)
            return MockResponse(201)
        if method == "getCallFlow":
            flow = self.backend.retrieve(query.get("call_flow", ""))
            return MockResponse(200, to_xml(Response(call_flow=flow)), dict(XML_TYPE))
        if method == "getCallFlows":
            return MockResponse.json(self.backend.list_flows(**list_arguments(query)))
        names = query.get("call_flows", "")
        if not names:
            raise IovoxVendorError("call_flows Empty")
        detach = query.get("detach_from_links", "FALSE").upper() == "TRUE"
        self.backend.delete(names.split("|"), detach_from_links=detach)
        return MockResponse(204)


def read_request(body: bytes, *, update: bool) -> Request:
    """The typed request, or the vendor's error strings: its own checks first, then the XSD's."""
    if not body.strip():
        raise IovoxVendorError("XML Empty")
    if len(body) > DEFAULT_MAX_BYTES:
        raise IovoxVendorError(
            f"XML parse error. Document exceeds {DEFAULT_MAX_BYTES} bytes at line 1, column 1"
        )
    try:
        root: Element = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]
        raise IovoxVendorError(f"XML parse error. {reason} at line {line}, column {column}") from None
    except DefusedXmlException as error:
        raise IovoxVendorError(f"XML parse error. {type(error).__name__} at line 1, column 1") from None
    except (LookupError, ValueError) as error:  # an unknown or lying encoding declaration
        raise IovoxVendorError(f"XML parse error. {type(error).__name__} at line 1, column 1") from None
    flow = root.find("callFlow") if root.tag == "request" else None
    if flow is None:
        raise IovoxVendorError("Request Empty")
    if not any(child.tag in RULE_TAGS for child in flow):
        raise IovoxVendorError("There are no Rules in this Template")
    if not update and not flow.get("name"):
        raise IovoxVendorError("CallFlow Name Empty")
    problems: list[str] = []
    for element in flow.iter():
        if element.tag in RULE_TAGS:
            if not element.get("id"):
                problems.append("Rule ID Empty")
            if not element.get("label"):
                problems.append("Rule Label Empty")
    if problems:
        raise IovoxVendorError(*dict.fromkeys(problems))
    depth = nesting_depth(root)
    if depth > DEFAULT_MAX_DEPTH:  # before the XSD check, which recurses per level (RecursionError)
        raise IovoxVendorError(
            f"XML Invalid. XML body refused: nesting depth {depth} exceeds the limit of {DEFAULT_MAX_DEPTH}"
        )
    invalid = schema_errors(root)
    if invalid:
        raise IovoxVendorError(*(f"XML Invalid. {error}" for error in invalid))
    try:
        return parse_xml(body, Request)
    except ResponseFormatError as error:  # pragma: no cover - the XSD check above is stricter
        raise IovoxVendorError(f"XML Invalid. {error}") from None


def nesting_depth(root: Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:  # a loop, not recursion: the point is to stay far from the recursion limit
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element)
    return deepest


def list_arguments(query: dict[str, str]) -> dict[str, Any]:
    """getCallFlows query parameters, checked with the vendor's strings [vendor docs D6]."""
    problems = []
    page = ascii_int(query.get("page", "1"))
    limit = ascii_int(query.get("limit", "20000"))
    if page is None or page < 1:
        problems.append("Page Number not an integer")
    if limit is None:
        problems.append("Limit not an integer")
    elif not 1 <= limit <= 20000:
        problems.append("Limit must be between 1 and 20000")
    template_type = query.get("template_type", "ALL")
    if template_type not in ("DEFAULT", "CUSTOM", "ALL"):
        problems.append("Template Type Invalid")
    advanced = query.get("advanced")
    if advanced is not None and advanced != "YES":
        problems.append("Advanced Invalid")
    req_fields = query.get("req_fields", "tna,tno,tt,c,a")
    if not all(code in ("tna", "tno", "tt", "c", "a") for code in req_fields.split(",")):
        problems.append("Required Fields Invalid")
    if problems:
        raise IovoxVendorError(*problems)
    assert page is not None and limit is not None
    return {
        "page": page,
        "limit": limit,
        "order": query.get("order", "c_DESC"),
        "req_fields": req_fields,
        "template_name": query.get("template_name"),
        "template_type": template_type,
    }
