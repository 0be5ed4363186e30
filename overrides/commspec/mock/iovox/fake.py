"""IOVOX's HTTP semantics (the engine's ``VendorFake``): username/secureKey, the version and method query
checks, the verb each method requires, XML bodies checked by ``checks``, query parameters checked with
the operation's validation model; answers as XML or JSON (the media type the spec documents), failures
as ``<errors><error status="…">…</error></errors>``. What a call does to the flows is the engine's, from
each operation's ``x-commspec-mock``. Every string, verb, path, status and content type comes from the
spec (the generated ``spec`` module)."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Final
from xml.sax.saxutils import escape

from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from commspec._spec import Operation
from commspec._xml_binding import XML_DECLARATION, to_xml
from commspec.mock._codes import server_error_code
from commspec.mock._config import MockConfig
from commspec.mock._engine import Call, Item, MockError, NotServed
from commspec.mock._http import MockRequest, MockResponse, ascii_int
from commspec.mock._router import Router
from commspec.mock.iovox.checks import read_request
from commspec.mock.iovox.models import (
    API,
    FIELDS,
    MOCK,
    IovoxBackend,
    IovoxVendorError,
    messages_of,
    status_of,
)
from commspec_generated.iovox_callflow import spec as callflow_spec
from commspec_generated.iovox_callflow_xml import CallFlow, Response

RANGE_ERRORS: Final = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})
QUERY_INVALID: Final = "Query Invalid. "  # prefix of the mock's answers where IOVOX documents no string


class IovoxRouter(Router):
    """Every request to the CallFlow path belongs to IOVOX, whatever its verb or query: the vendor itself
    answers a wrong verb, a missing version or an unknown method (dispatch is by the method parameter)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        super().__init__(operations)
        self.by_method = {
            route.operation.fixed_query[MOCK["method-parameter"]]: route.operation for route in self.routes
        }
        # The list's templated path (``/{interface}``) has one value, the others' path.
        self.paths = frozenset(
            route.operation.path for route in self.routes if not route.operation.path_params
        )

    def match(self, method: str, path: str, query: dict[str, str]) -> tuple[Operation, dict[str, str]] | None:
        if path not in self.paths:
            return None
        operation = self.by_method.get(query.get(MOCK["method-parameter"], ""), self.routes[0].operation)
        return operation, {}

    def knows_path(self, path: str) -> bool:
        return path in self.paths


def content_type(operation: Operation, status: int) -> dict[str, str]:
    media = operation.responses.get(status)
    return {"content-type": media} if media else {}


def error_response(operation: Operation, status: int, messages: Iterable[str]) -> MockResponse:
    items = "".join(f'<error status="{status}">{escape(message)}</error>' for message in messages)
    body = XML_DECLARATION + f"<errors>{items}</errors>".encode()
    return MockResponse(status, body, content_type(operation, status))


class IovoxResponses:
    def __init__(self, config: MockConfig, backend: IovoxBackend) -> None:
        self.config = config
        self.backend = backend
        versions = {
            operation.fixed_query[MOCK["version-parameter"]]
            for operation in callflow_spec.OPERATIONS.values()
        }
        (self.version,) = versions  # one API version per spec

    def authenticate(self, operation: Operation, request: MockRequest) -> None:
        """Every credential header holds an accepted value (all compared: no early exit)."""
        sent = [request.headers.raw(header) or b"" for header in API.credential_headers.values()]
        accepted = [
            all(
                [
                    hmac.compare_digest(value, expected.encode())
                    for value, expected in zip(sent, account, strict=True)
                ]
            )
            for account in self.config.accounts(API, *API.credential_headers)
        ]
        if not any(accepted):
            raise MockError(MOCK["unauthorized"])

    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        """The query's arguments and, for a method with an XML body, the flow: its stored fields
        (``flow-fields``, ``rules``) and ``newName``; IOVOX's own checks of the name and sounds."""
        self._check_method(operation, request)
        arguments = query_arguments(operation, request.query)
        if operation.effect is None or operation.effect.action not in ("create", "update"):
            return Call(arguments)
        update = operation.effect.action == "update"
        flow = read_request(request.body, update=update).call_flow
        longest = MOCK["name-max-length"]
        if not update and len(flow.name) > longest:
            raise IovoxVendorError.of("name-too-long")
        if update and flow.new_name is not None and len(flow.new_name) > longest:
            raise IovoxVendorError.of("new-name-too-long")
        self.backend.check_sounds(flow)
        body: Item = {FIELDS["name"]: flow.name, FIELDS["rules"]: flow.rules}
        if flow.notes is not None:  # an update without notes keeps the stored ones
            body[FIELDS["notes"]] = flow.notes
        rename = operation.effect.rename
        return Call({**arguments, **body, **({rename[0]: flow.new_name} if rename else {})}, body)

    def _check_method(self, operation: Operation, request: MockRequest) -> None:
        version = request.query.get(MOCK["version-parameter"], "")
        if not version:
            raise IovoxVendorError.of("version-empty")
        if version != self.version:
            raise IovoxVendorError.of("version-invalid")
        method = request.query.get(MOCK["method-parameter"], "")
        if operation.fixed_query[MOCK["method-parameter"]] != method:  # the router's fallback
            raise IovoxVendorError.of("method-invalid")
        if request.method != operation.method:
            code = MOCK["wrong-verb"][operation.method]
            raise IovoxVendorError(API.message(code, attempted=request.method))

    def derive(self, resource: str, item: Item) -> Item:
        return item

    def serve(self, operation: Operation, call: Call) -> Any:
        raise NotServed(f"{operation.qualified_name}: IOVOX has no vendor-served operation")

    def render_success(self, operation: Operation, payload: Any) -> MockResponse:
        """Nothing, the flow as XML ``response`` > ``callFlow``, or the JSON page: the success media type
        the spec documents."""
        status = operation.success_status
        media = operation.responses.get(status)
        if payload is None or media is None:
            return MockResponse(status, b"", {})
        if media == "application/json":
            return MockResponse.json(payload, status, content_type(operation, status))
        flow = CallFlow(
            name=payload[FIELDS["name"]], notes=payload.get(FIELDS["notes"]), rules=payload[FIELDS["rules"]]
        )
        return MockResponse(status, to_xml(Response(call_flow=flow)), content_type(operation, status))

    def render_error(self, operation: Operation, error: MockError) -> MockResponse:
        messages = messages_of(error)
        status = error.status if error.status is not None else status_of(messages[0])
        if error.code == MOCK["unauthorized"]:  # the documented body is a bare <error>, no <errors>
            body = f'<error status="{status}">{escape(error.code)}</error>'.encode()
            return MockResponse(status, body, content_type(operation, status))
        return error_response(operation, status, messages)

    def server_error(self, operation: Operation) -> MockResponse:
        """IOVOX's answer to its own failure: the spec's server-error string, with its status."""
        code = server_error_code(operation.api)
        return error_response(operation, operation.api.code_statuses[code], [code])


def query_arguments(operation: Operation, query: dict[str, str]) -> dict[str, Any]:
    """The operation's query parameters (fixed ones aside), each checked with its field of the
    validation model or at its spec default; a missing or invalid one gets the spec's string for it
    (``invalid-query``)."""
    checked: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, field in _query_fields(operation):
        value: Any = query.get(name)
        if value is None and not field.required:
            checked[name] = field.default
            continue
        if value is not None and field.integer:  # ASCII digits only: int() takes "²" and " 1"
            value = ascii_int(value)
            if value is None:
                problems[name] = "type"
                continue
        try:
            checked[name] = field.adapter.validate_python(value)
        except ValidationError as error:
            item = error.errors()[0]
            kind = "range" if item["type"] in RANGE_ERRORS else "type"
            problems[name] = kind if name in MOCK["invalid-query"] else f"{name}: {item['msg']}"
    if problems:
        raise IovoxVendorError(*_query_messages(problems))
    return checked


@dataclass(frozen=True, slots=True)
class QueryField:
    required: bool
    default: Any
    integer: bool
    adapter: TypeAdapter[Any]  # the field's type and constraints


_QUERY_FIELDS: dict[str, tuple[tuple[str, QueryField], ...]] = {}


def _query_fields(operation: Operation) -> tuple[tuple[str, QueryField], ...]:
    """The operation's non-fixed query parameters with their validation model fields, built once."""
    found = _QUERY_FIELDS.get(operation.qualified_name)
    if found is None:
        model = operation.params_model
        fields = model.model_fields if model is not None else {}
        found = tuple(
            (name, _query_field(fields[name]))
            for name in operation.query_params
            if name not in operation.fixed_query and name in fields
        )
        _QUERY_FIELDS[operation.qualified_name] = found
    return found


def _query_field(info: FieldInfo) -> QueryField:
    annotated: Any = Annotated[info.annotation, info]  # type and constraints; the default is not used
    return QueryField(info.is_required(), info.default, info.annotation is int, TypeAdapter(annotated))


def _query_messages(problems: dict[str, str]) -> Iterable[str]:
    """The documented strings first, in the spec's order, then the undocumented ones."""
    documented: dict[str, Any] = MOCK["invalid-query"]
    for name, codes in documented.items():
        if name in problems:
            code = codes[problems[name]] if isinstance(codes, dict) else codes
            yield API.message(code)
    yield from (QUERY_INVALID + problem for name, problem in problems.items() if name not in documented)
