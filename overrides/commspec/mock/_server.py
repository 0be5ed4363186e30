"""The mock server: every vendor on one port (their paths do not collide) plus ``/_mock/`` control.

``MockServer.handle`` is framework-free; ``asgi_app()`` serves it through uvicorn and
``httpx_transport()`` plugs it straight into an httpx client in-process.

Whatever a client sends, the answer is the vendor's documented error for it, never a 500: the vendor
fakes validate their input, bodies above ``MockConfig.max_body_bytes`` get 413 first, and an exception
that still escapes a vendor fake (a bug in the mock) is logged with its traceback on the
``commspec.mock`` logger, counted in ``state()["internal_errors"]`` and answered with the vendor's own
server-error code, without a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.util
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from commspec._spec import Operation
from commspec.mock._config import MockConfig
from commspec.mock._faults import Fault, FaultBook, FaultError
from commspec.mock._http import Headers, MockRequest, MockResponse, load_json, parse_query
from commspec.mock._router import Router
from commspec.mock.itnio.models import ItnioBackend
from commspec.mock.itnio.responses import ItnioResponses
from commspec_generated.itnio_aivoice import spec as itnio_aivoice
from commspec_generated.itnio_otp import spec as itnio_otp

# Each of these modules has ``install(server)``, which calls ``server.register(...)``.
VENDOR_FAKES = tuple(
    name
    for name in ("commspec.mock.huawei", "commspec.mock.iovox")
    if importlib.util.find_spec(name) is not None
)

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


class MockServer:
    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig.from_env()
        self.faults = FaultBook(self.operation_names)
        self._lock = threading.Lock()
        self.request_count = 0
        self.internal_errors: list[str] = []  # "<operation>: <exception type>" per mock bug hit
        self.itnio = ItnioBackend(self.config, itnio_otp.API, itnio_aivoice.API)
        itnio_responses = ItnioResponses(self.config, self.itnio)
        self._services: list[Service] = [
            Service(
                Router([*itnio_otp.OPERATIONS.values(), *itnio_aivoice.OPERATIONS.values()]),
                itnio_responses.handle,
                itnio_responses.server_error,
            ),
        ]
        self._backends: dict[str, Any] = {"itnio": self.itnio}
        for module_name in VENDOR_FAKES:
            importlib.import_module(module_name).install(self)

    def register(
        self,
        name: str,
        backend: Any,
        router: Router,
        handler: Handler,
        server_error: ServerError = plain_server_error,
    ) -> None:
        """Add a vendor fake (backend with reset()/snapshot(), routes, HTTP handler, and the vendor's
        answer to an internal failure)."""
        self._backends[name] = backend
        self._services.append(Service(router, handler, server_error))

    def operation_names(self) -> frozenset[str]:
        """Every operation served (the spec modules' operationIds): what a fault may target."""
        return frozenset(
            route.operation.name for service in self._services for route in service.router.routes
        )

    # -- dispatch -----------------------------------------------------------------------------------
    def handle(self, request: MockRequest) -> tuple[MockResponse, float]:
        """The response and how long to hold it back (the "slow" fault)."""
        if len(request.body) > self.config.max_body_bytes:
            return self._too_large(), 0.0
        if request.path.startswith("/_mock/"):
            with self._lock:
                return self._control(request), 0.0
        for service in self._services:
            matched = service.router.match(request.method, request.path, request.query)
            if matched is None:
                continue
            operation, path_params = matched
            with self._lock:
                self.request_count += 1
                fault = self.faults.take(operation.name)
                if fault is not None and fault.kind in ("status", "html", "reset"):
                    return self._fault_response(fault), 0.0
                response = self._answer(service, operation, path_params, request)
            if fault is None:
                return response, 0.0
            if fault.kind == "slow":
                return response, fault.delay
            if fault.kind == "malformed_json":
                return MockResponse(200, b'{"status": "0", "reason": ', response.headers), 0.0
            return MockResponse(
                response.status, response.body[: len(response.body) // 2], response.headers
            ), 0.0
        for service in self._services:
            if service.router.knows_path(request.path):
                return MockResponse.json({"error": f"method {request.method} not allowed"}, 405), 0.0
        return MockResponse.json({"error": f"no route for {request.path}"}, 404), 0.0

    def _answer(
        self, service: Service, operation: Operation, path_params: dict[str, str], request: MockRequest
    ) -> MockResponse:
        """The vendor fake's answer. An exception escaping it is a bug of the mock, not the client's
        doing: logged with its traceback and counted (tests check ``internal_errors``), then answered as
        the vendor answers its own failures, never as a bare 500 with a traceback."""
        try:
            return service.handler(operation, path_params, request)
        except Exception as error:
            logger.exception(
                "mock bug in %s: %s escaped the vendor fake", operation.qualified_name, type(error).__name__
            )
            self.internal_errors.append(f"{operation.qualified_name}: {type(error).__name__}")
            return service.server_error(operation)

    def _too_large(self) -> MockResponse:
        limit = self.config.max_body_bytes
        body = {"error": f"request body exceeds {limit:,} bytes (MockConfig.max_body_bytes)"}
        return MockResponse.json(body, 413, {"connection": "close"})

    def _fault_response(self, fault: Fault) -> MockResponse:
        if fault.kind == "reset":
            raise ConnectionResetFault()
        headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
        if fault.kind == "html":
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return MockResponse(fault.status or 502, page, {"content-type": "text/html", **headers})
        return MockResponse.json({"error": "injected fault"}, fault.status, headers)

    # -- control API --------------------------------------------------------------------------------
    def reset(self) -> None:
        for backend in self._backends.values():
            backend.reset()
        self.faults.clear()
        self.request_count = 0
        self.internal_errors.clear()

    def state(self) -> dict[str, Any]:
        return {
            "credentials": dict(self.config.credentials),
            "request_count": self.request_count,
            "internal_errors": list(self.internal_errors),
            "faults": self.faults.snapshot(),
            **{name: backend.snapshot() for name, backend in self._backends.items()},
        }

    def _control(self, request: MockRequest) -> MockResponse:
        route = (request.method, request.path.rstrip("/"))
        if route == ("POST", "/_mock/reset"):
            self.reset()
            return MockResponse.json({"reset": True})
        if route == ("GET", "/_mock/state"):
            return MockResponse.json(self.state())
        if route == ("GET", "/_mock/faults"):
            return MockResponse.json(self.faults.snapshot())
        if route == ("DELETE", "/_mock/faults"):
            self.faults.clear()
            return MockResponse.json({"cleared": True})
        if route == ("POST", "/_mock/faults"):
            try:
                self.faults.add(Fault.from_dict(load_json(request.body)))
            except FaultError as error:
                invalid: dict[str, Any] = {"error": str(error), "field": error.field}
                return MockResponse.json({**invalid, "valid": error.valid} if error.valid else invalid, 400)
            except ValueError as error:
                return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
            return MockResponse.json({"added": True}, 201)
        return MockResponse.json({"error": f"unknown control route {request.method} {request.path}"}, 404)

    # -- adapters -----------------------------------------------------------------------------------
    def httpx_transport(self) -> httpx.MockTransport:
        """In-process transport for ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""

        def respond(request: httpx.Request) -> httpx.Response:
            mock_request = MockRequest.from_httpx(request)
            try:
                response, delay = self.handle(mock_request)
            except ConnectionResetFault:
                raise httpx.ReadError("connection reset by mock fault", request=request) from None
            if delay:
                time.sleep(delay)
            return httpx.Response(response.status, headers=response.headers, content=response.body)

        return httpx.MockTransport(respond)

    def asgi_app(self) -> Callable[..., Any]:
        async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
            if scope["type"] == "lifespan":
                while True:
                    message = await receive()
                    if message["type"] == "lifespan.startup":
                        await send({"type": "lifespan.startup.complete"})
                    elif message["type"] == "lifespan.shutdown":
                        await send({"type": "lifespan.shutdown.complete"})
                        return
            body = await _read_body(receive, self.config.max_body_bytes)
            if body is None:
                return  # the client left
            headers = Headers(scope["headers"])  # raw bytes: any byte a client sends is fine
            query = parse_query(scope.get("query_string", b""))
            request = MockRequest(scope["method"], scope["path"], query, headers, body)
            try:
                response, delay = self.handle(request)
            except ConnectionResetFault:
                if await _drop_connection(send, receive):
                    return
                raise  # not uvicorn: no way to drop the connection, the server answers 500 instead
            if delay:
                await asyncio.sleep(delay)
            raw_headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
            await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
            await send({"type": "http.response.body", "body": response.body})

        return app


async def _read_body(receive: Callable[..., Any], limit: int) -> bytes | None:
    """The request body, or its first ``limit + 1`` bytes when longer (the rest is read and dropped, so
    that the client, still sending, gets to read the 413); ``None`` when the client disconnected."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        if len(body) <= limit:
            body += message.get("body", b"")[: limit + 1 - len(body)]
        if not message.get("more_body"):
            return bytes(body)


async def _drop_connection(send: Callable[..., Any], receive: Callable[..., Any]) -> bool:
    """Reset the client's connection before any byte of a response, as the in-process transport's
    ``httpx.ReadError`` does. ASGI has no message for this and uvicorn answers 500 to an exception, but
    its ``send`` is a method of the request cycle, which holds the connection's transport."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):  # linger 0: close with RST, as a crashed peer does, not FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(5):  # until uvicorn has seen the connection go: then it sends nothing
            while (await receive())["type"] != "http.disconnect":
                pass
    return True
