"""From a request to a vendor fake's answer: routing by the specs' operations, faults, and the safety net
that turns a bug of the mock into the vendor's own server-error answer (never a 500 with a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commspec._spec import Operation
from commspec.mock._faults import Fault
from commspec.mock._http import MockRequest, MockResponse
from commspec.mock._router import Router

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

Handler = Callable[[Operation, dict[str, str], MockRequest], MockResponse]
ServerError = Callable[[Operation], MockResponse]
logger = logging.getLogger("commspec.mock")


class ConnectionResetFault(Exception):
    """Raised to make the transport drop the connection instead of answering."""


@dataclass(frozen=True, slots=True)
class Service:
    """One vendor fake: its routes, its HTTP handler, and how it answers an internal failure."""

    router: Router
    handler: Handler
    server_error: ServerError


def plain_server_error(operation: Operation) -> MockResponse:
    """For a fake that registers no vendor-shaped answer (a plain 500, still without a traceback)."""
    return MockResponse.json({"error": f"internal error of the mock in {operation.qualified_name}"}, 500)


def dispatch(
    server: MockServer, services: Sequence[Service], request: MockRequest
) -> tuple[MockResponse, float]:
    """The answer of the service whose route matches, with faults applied; 405/404 when none does."""
    for service in services:
        matched = service.router.match(request.method, request.path, request.query)
        if matched is None:
            continue
        operation, path_params = matched
        request.operation = operation
        with server.lock:
            server.request_count += 1
            fault = server.faults.take(operation.name)
            if fault is not None and fault.kind in ("status", "html", "reset"):
                return fault_response(fault), 0.0
            response = answer(server, service, operation, path_params, request)
        if fault is None:
            return response, 0.0
        if fault.kind == "slow":
            return response, fault.delay
        if fault.kind == "malformed_json":
            return MockResponse(200, b'{"status": "0", "reason": ', response.headers), 0.0
        return MockResponse(response.status, response.body[: len(response.body) // 2], response.headers), 0.0
    for service in services:
        if service.router.knows_path(request.path):
            return MockResponse.json({"error": f"method {request.method} not allowed"}, 405), 0.0
    return MockResponse.json({"error": f"no route for {request.path}"}, 404), 0.0


def answer(
    server: MockServer,
    service: Service,
    operation: Operation,
    path_params: dict[str, str],
    request: MockRequest,
) -> MockResponse:
    """The vendor fake's answer. An exception escaping it is a bug of the mock, not the client's doing:
    logged with its traceback and counted (tests check ``internal_errors``), then answered as the vendor
    answers its own failures, never as a bare 500 with a traceback."""
    try:
        return service.handler(operation, path_params, request)
    except Exception as error:
        logger.exception(
            "mock bug in %s: %s escaped the vendor fake", operation.qualified_name, type(error).__name__
        )
        server.internal_errors.append(f"{operation.qualified_name}: {type(error).__name__}")
        return service.server_error(operation)


def fault_response(fault: Fault) -> MockResponse:
    if fault.kind == "reset":
        raise ConnectionResetFault()
    headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
    if fault.kind == "html":
        page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        return MockResponse(fault.status or 502, page, {"content-type": "text/html", **headers})
    return MockResponse.json({"error": "injected fault"}, fault.status, headers)
