"""The mock server: every vendor on one port (their paths do not collide) plus ``/_mock/`` control.

``MockServer.handle`` is framework-free; ``asgi_app()`` serves it through uvicorn and
``httpx_transport()`` plugs it straight into an httpx client in-process.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from commspec._spec import Operation
from commspec.mock._config import MockConfig
from commspec.mock._faults import Fault, FaultBook
from commspec.mock._http import MockRequest, MockResponse
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


class ConnectionResetFault(Exception):
    """Raised to make the transport drop the connection instead of answering."""


class MockServer:
    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig.from_env()
        self.faults = FaultBook()
        self._lock = threading.Lock()
        self.request_count = 0
        self.itnio = ItnioBackend(self.config, itnio_otp.API, itnio_aivoice.API)
        itnio_responses = ItnioResponses(self.config, self.itnio)
        self._services: list[tuple[Router, Handler]] = [
            (
                Router([*itnio_otp.OPERATIONS.values(), *itnio_aivoice.OPERATIONS.values()]),
                itnio_responses.handle,
            ),
        ]
        self._backends: dict[str, Any] = {"itnio": self.itnio}
        for module_name in VENDOR_FAKES:
            importlib.import_module(module_name).install(self)

    def register(self, name: str, backend: Any, router: Router, handler: Handler) -> None:
        """Add a vendor fake (backend with reset()/snapshot(), routes, HTTP handler)."""
        self._backends[name] = backend
        self._services.append((router, handler))

    # -- dispatch -----------------------------------------------------------------------------------
    def handle(self, request: MockRequest) -> tuple[MockResponse, float]:
        """The response and how long to hold it back (the "slow" fault)."""
        if request.path.startswith("/_mock/"):
            with self._lock:
                return self._control(request), 0.0
        for router, handler in self._services:
            matched = router.match(request.method, request.path, request.query)
            if matched is None:
                continue
            operation, path_params = matched
            with self._lock:
                self.request_count += 1
                fault = self.faults.take(operation.name)
                if fault is not None and fault.kind in ("status", "html", "reset"):
                    return self._fault_response(fault), 0.0
                response = handler(operation, path_params, request)
            if fault is None:
                return response, 0.0
            if fault.kind == "slow":
                return response, fault.delay
            if fault.kind == "malformed_json":
                return MockResponse(200, b'{"status": "0", "reason": ', response.headers), 0.0
            return MockResponse(
                response.status, response.body[: len(response.body) // 2], response.headers
            ), 0.0
        for router, _ in self._services:
            if router.knows_path(request.path):
                return MockResponse.json({"error": f"method {request.method} not allowed"}, 405), 0.0
        return MockResponse.json({"error": f"no route for {request.path}"}, 404), 0.0

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

    def state(self) -> dict[str, Any]:
        return {
            "credentials": dict(self.config.credentials),
            "request_count": self.request_count,
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
                self.faults.add(Fault(**json.loads(request.body)))
            except (TypeError, ValueError) as error:
                return MockResponse.json({"error": str(error)}, 400)
            return MockResponse.json({"added": True}, 201)
        return MockResponse.json({"error": f"unknown control route {request.method} {request.path}"}, 404)

    # -- adapters -----------------------------------------------------------------------------------
    def httpx_transport(self) -> httpx.MockTransport:
        """In-process transport for ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""

        def respond(request: httpx.Request) -> httpx.Response:
            mock_request = MockRequest(
                request.method, request.url.path, dict(request.url.params), request.headers, request.read()
            )
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
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            query = dict(httpx.QueryParams(scope.get("query_string", b"").decode("latin-1")))
            headers = httpx.Headers([(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]])
            request = MockRequest(scope["method"], scope["path"], query, headers, body)
            try:
                response, delay = self.handle(request)
            except ConnectionResetFault:
                # Abort before any byte is sent: uvicorn closes the connection without a response.
                raise
            if delay:
                await asyncio.sleep(delay)
            raw_headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
            await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
            await send({"type": "http.response.body", "body": response.body})

        return app
