"""The mock server: every vendor on one port (their paths do not collide) plus ``/_mock/`` control.

``MockServer.handle`` is framework-free; ``asgi_app()`` serves it through uvicorn and
``httpx_transport()`` plugs it straight into an httpx client in-process.

Vendor fakes are found, not listed: every vendor of the generated specs (``commspec.mock._specs``) is
served by its package ``commspec.mock.<vendor>`` when it has one (its ``install(server)`` calls
``server.register(...)``), else by the standard fake of its spec (``commspec.mock._standard_fake``);
``server.backend(name)`` is its state. No vendor is wired in here.

Whatever a client sends, the answer is the vendor's documented error for it, never a 500: the vendor
fakes validate their input, bodies above ``MockConfig.max_body_bytes`` get 413 first, and an exception
that still escapes a vendor fake (a bug in the mock) is logged with its traceback on the
``commspec.mock`` logger, counted in ``state()["internal_errors"]`` and answered with the vendor's own
server-error code, without a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from typing import Any, TypeVar, overload

import httpx

from commspec._extras import MissingExtraError
from commspec._spec import Operation
from commspec.mock._asgi import asgi_app
from commspec.mock._callbacks import Callbacks
from commspec.mock._clock import MockClock
from commspec.mock._codes import code_for_status
from commspec.mock._config import MockConfig
from commspec.mock._control import PREFIX, ROUTES, Route, control, hide, host_allowed, refused_host
from commspec.mock._engine import MockError
from commspec.mock._faults import ConnectionResetFault, Fault, FaultBook
from commspec.mock._http import MockRequest, MockResponse
from commspec.mock._journal import Journal
from commspec.mock._outbox import Delivery, Outbox
from commspec.mock._router import Router
from commspec.mock._specs import vendors
from commspec.mock._standard_fake import standard_fake
from commspec.mock._state import MockState, json_shaped
from commspec.mock._transport import httpx_transport

__all__ = ["ConnectionResetFault", "MockServer", "vendor_fakes"]


def vendor_fakes() -> dict[str, str | None]:
    """Vendor -> the package of its fake (``None``: the standard fake of its spec)."""
    return {
        vendor: package if importlib.util.find_spec(package := f"commspec.mock.{vendor}") else None
        for vendor in vendors()
    }


Handler = Callable[[Operation, dict[str, str], MockRequest], MockResponse]
ServerError = Callable[[Operation], MockResponse]
RenderError = Callable[[Operation, MockError], MockResponse]
logger = logging.getLogger("commspec.mock")
B = TypeVar("B")


@dataclass(frozen=True, slots=True)
class Service:
    """One vendor fake: its routes, its HTTP handler, how it answers an internal failure, and how it
    words a vendor error (what injected faults answer with)."""

    router: Router
    handler: Handler
    server_error: ServerError
    render_error: RenderError | None = None


def plain_server_error(operation: Operation) -> MockResponse:
    """For a fake that registers no vendor-shaped answer (a plain 500, still without a traceback)."""
    return MockResponse.json({"error": f"internal error of the mock in {operation.qualified_name}"}, 500)


class MockServer:
    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig.from_env()
        self.faults = FaultBook(self.operation_codes)
        self.lock = threading.RLock()  # re-entrant: a control route (seed) may serve requests itself
        self.request_count = 0
        self.internal_errors: list[str] = []  # "<operation>: <exception type>" per mock bug hit
        self.clock = MockClock()  # every vendor fake's time; tests move it with advance()
        self.outbox = Outbox()  # every message delivered to a phone, by any vendor
        self.callbacks = Callbacks(self.clock)  # what the fakes push to the user (status reports, ...)
        self.journal = Journal(self.config.max_recorded_requests)  # what the mock received
        self._services: list[Service] = []
        self._backends: dict[str, Any] = {}
        self.control_routes: dict[tuple[str, str], Route] = dict(ROUTES)  # and the fakes' own actions
        modules = vendors()
        for vendor, package in vendor_fakes().items():
            if package is not None:
                try:
                    fake = importlib.import_module(package)
                except MissingExtraError as missing:  # e.g. IOVOX without the iovox extra
                    logger.info("mock: %s is not served: %s", vendor, missing)
                    continue
                fake.install(self)
            else:
                apis = [module.API for module in modules[vendor]]
                operations = [op for module in modules[vendor] for op in module.OPERATIONS.values()]
                self.register(vendor, *standard_fake(self.config, self.clock, apis, operations))

    def register(
        self,
        name: str,
        backend: Any,
        router: Router,
        handler: Handler,
        server_error: ServerError = plain_server_error,
        render_error: RenderError | None = None,
    ) -> None:
        """Add a vendor fake (backend with reset()/snapshot(), routes, HTTP handler, the vendor's answer
        to an internal failure, and its wording of a vendor error, which injected faults use). A name
        registers once: a second fake would shadow the first."""
        if name in self._backends:
            raise ValueError(f"a vendor fake named {name!r} is already registered")
        self._backends[name] = backend
        self._services.append(Service(router, handler, server_error, render_error))

    def add_control_route(self, method: str, path: str, route: Route) -> None:
        """Serve ``route`` at ``method`` ``path`` (under ``/_mock/``) with the control API's rules: a
        vendor fake's own action over HTTP (the Huawei reviewer)."""
        if not path.startswith(PREFIX) or (method, path) in self.control_routes:
            raise ValueError(f"{method} {path}: not a free path under {PREFIX}")
        self.control_routes[(method, path)] = route

    @overload
    def backend(self, name: type[B]) -> B: ...
    @overload
    def backend(self, name: str) -> Any: ...
    def backend(self, name: str | type[B]) -> Any:
        """The state of a vendor fake (tests: expire tokens, play the reviewer, seed data): by its class,
        typed (``server.backend(HuaweiBackend).review(...)``), or by its name (``"huawei"``)."""
        if isinstance(name, type):
            found = [backend for backend in self._backends.values() if isinstance(backend, name)]
            if len(found) != 1:
                kinds = sorted(type(backend).__name__ for backend in self._backends.values())
                raise KeyError(f"{len(found)} vendor fakes of type {name.__name__}; registered: {kinds}")
            return found[0]
        try:
            return self._backends[name]
        except KeyError:
            raise KeyError(f"no vendor fake {name!r}; registered: {sorted(self._backends)}") from None

    @property
    def backends(self) -> tuple[str, ...]:
        return tuple(self._backends)

    @property
    def routers(self) -> tuple[Router, ...]:
        """Every registered fake's routes (the every-operation test checks them against the specs)."""
        return tuple(service.router for service in self._services)

    def operation_names(self) -> frozenset[str]:
        """Every operation served (the spec modules' operationIds): what a fault may target."""
        return frozenset(route.operation.name for router in self.routers for route in router.routes)

    def operation_codes(self) -> dict[str, tuple[str, ...] | None]:
        """Every operation served, by operationId and qualified by its vendor (``huawei.templates_list``)
        -> the vendor codes it documents (what a "vendor_error" may use). An operationId that several
        vendors use (``templates_retrieve``) maps to ``None``: other faults so named hit them all, a
        vendor_error must name one."""
        codes: dict[str, tuple[str, ...] | None] = {}
        for operation in self.operations().values():
            codes[operation.qualified_name] = operation.documented_codes
            codes[operation.name] = None if operation.name in codes else operation.documented_codes
        return codes

    def operations(self) -> dict[str, Operation]:
        """Every operation served, by its qualified name (``itnio.flows_create``)."""
        return {
            route.operation.qualified_name: route.operation
            for router in self.routers
            for route in router.routes
        }

    def deliver(
        self, vendor: str, channel: str, to: str, text: str, code: str | None = None, at: float | None = None
    ) -> Delivery:
        """Record a message delivered to a phone at ``at`` (default: the mock clock's now); ``outbox``
        reads it. Any vendor fake delivers through here (the record is vendor-neutral: ``Delivery``)."""
        delivery = Delivery(vendor, channel, to, text, code, self.clock() if at is None else at)
        self.outbox.deliver(delivery)
        return delivery

    def advance(self, seconds: float) -> float:
        """Move the mock clock (``MockClock.advance``) while no request is being served: what the fakes
        do when time passes sees consistent state. Returns the new now."""
        with self.lock:
            now = self.clock.advance(seconds)
        self.callbacks.flush()  # callbacks that came due go out, outside the lock
        return now

    def handle(self, request: MockRequest) -> tuple[MockResponse, float]:
        """The response and how long to hold it back (the "slow" fault). Every request but the control
        API's is recorded in ``journal``, here only, whatever carried it (status ``None``: dropped)."""
        if request.path.startswith(PREFIX):
            return self._respond(request)
        status: int | None = None
        try:
            response, delay = self._respond(request)
            status = response.status
            return response, delay
        finally:
            self.journal.record(request, request.operation, status)
            self.callbacks.flush()  # the answer is made: callbacks it caused go out (outside the lock)

    def _respond(self, request: MockRequest) -> tuple[MockResponse, float]:
        if len(request.body) > self.config.max_body_bytes:
            return self._too_large(), 0.0
        if request.path.startswith(PREFIX):
            with self.lock:
                return control(self, request), 0.0
        return self._dispatch(request)

    def _dispatch(self, request: MockRequest) -> tuple[MockResponse, float]:
        """The answer of the service whose route matches, with faults applied; 405/404 when none does."""
        for service in self._services:
            matched = service.router.match(request.method, request.path, request.query)
            if matched is None:
                continue
            operation, path_params = matched
            request.operation = operation  # the journal names it
            with self.lock:
                self.request_count += 1
                fault = self.faults.take(operation.name, operation.qualified_name)
                if fault is not None and fault.kind in ("status", "vendor_error", "html", "reset"):
                    return self._fault_response(service, operation, fault), 0.0
                response = self._answer(
                    service, operation, partial(service.handler, operation, path_params, request)
                )
            if fault is None:
                return response, 0.0
            if fault.kind == "slow":
                return response, fault.delay
            if fault.kind == "malformed_json":
                return MockResponse(200, b'{"status": "0", "reason": ', response.headers), 0.0
            body = response.body[: len(response.body) // 2]
            return MockResponse(response.status, body, response.headers), 0.0
        for service in self._services:
            if service.router.knows_path(request.path):
                return MockResponse.json({"error": f"method {request.method} not allowed"}, 405), 0.0
        return MockResponse.json({"error": f"no route for {request.path}"}, 404), 0.0

    def _answer(
        self, service: Service, operation: Operation, respond: Callable[[], MockResponse]
    ) -> MockResponse:
        """The vendor fake's answer. An exception escaping it is a bug of the mock, not the client's
        doing: logged with its traceback and counted (tests check ``internal_errors``), then answered as
        the vendor answers its own failures, never as a bare 500 with a traceback."""
        try:
            return respond()
        except Exception as error:
            logger.exception(
                "mock bug in %s: %s escaped the vendor fake", operation.qualified_name, type(error).__name__
            )
            self.internal_errors.append(f"{operation.qualified_name}: {type(error).__name__}")
            return service.server_error(operation)

    def _fault_response(self, service: Service, operation: Operation, fault: Fault) -> MockResponse:
        """An injected failure, in the vendor's own format wherever the fake can word one."""
        if fault.kind == "reset":
            raise ConnectionResetFault()
        headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
        if fault.kind == "html":  # a gateway's page, not the vendor's
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return MockResponse(fault.status or 502, page, {"content-type": "text/html", **headers})
        render = service.render_error
        if render is None:
            response = MockResponse.json({"error": "injected fault"}, fault.status)
        elif fault.kind == "vendor_error":  # the status and body the vendor gives this code
            assert fault.vendor_code is not None  # Fault.check
            code = fault.vendor_code
            response = self._answer(service, operation, lambda: render(operation, MockError(code)))
        else:
            response = self._answer(
                service, operation, lambda: render(operation, _status_error(operation, fault.status))
            )
            response.status = fault.status  # kept, body or not: ITNIO's envelope is otherwise always a 200
        response.headers.update(headers)
        return response

    def seed(self, calls: object) -> list[Any]:
        """Create state from a seed (``commspec.mock._seed``): each call goes through the vendor's client
        and this mock's vendor fakes, as a test's own call would (``SeedError`` at the first refused)."""
        from commspec.mock._seed import seed  # the clients, imported when a seed is run

        with self.lock:  # one seed at a time, whole, between other requests
            return seed(self._dispatch, self.config, self.operations(), calls)

    def _too_large(self) -> MockResponse:
        limit = self.config.max_body_bytes
        body = {"error": f"request body exceeds {limit:,} bytes (MockConfig.max_body_bytes)"}
        return MockResponse.json(body, 413, {"connection": "close"})

    def reset(self) -> None:
        for backend in self._backends.values():
            backend.reset()
        self.faults.clear()
        self.clock.reset()
        self.outbox.clear()
        self.callbacks.reset()
        self.journal.clear()
        self.request_count = 0
        self.internal_errors.clear()

    def state(self) -> MockState:
        """Everything the mock holds, as ``GET /_mock/state`` serves it (every key a string, in process
        too). A credential that is not a demo value never appears, wherever a fake keeps it (ITNIO keys
        its accounts by API key, Huawei its templates by project id)."""
        state = {
            "credentials": self.config.shown_credentials(),
            "request_count": self.request_count,
            "internal_errors": list(self.internal_errors),
            "faults": self.faults.snapshot(),
            **{name: backend.snapshot() for name, backend in self._backends.items()},
        }
        hidden = self.config.hidden_values()
        return MockState(json_shaped(hide(state, hidden) if hidden else state))

    def httpx_transport(self) -> httpx.MockTransport:
        """In-process transport for ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""
        return httpx_transport(self.handle)

    def handle_served(self, request: MockRequest) -> tuple[MockResponse, float]:
        """``handle`` for a request that came over the network: the control API answers only a loopback
        ``Host`` (or one of ``config.allowed_hosts``), so a web page cannot reach it by DNS rebinding."""
        if request.path.startswith(PREFIX):
            host = request.headers.get("host")
            if not host_allowed(host, self.config.allowed_hosts):
                return refused_host(host), 0.0
        return self.handle(request)

    def asgi_app(self) -> Callable[..., Any]:
        self.callbacks.post_unhandled = True  # served: callbacks without a registered receiver are POSTed
        return asgi_app(self.handle_served, lambda: self.config.max_body_bytes)


def _status_error(operation: Operation, status: int) -> MockError:
    """The vendor error an injected ``status`` carries: the vendor's code for it (``code_for_status``),
    or, when its table has none, the status's reason phrase as the code (unknown to the client, which
    then reads the status as it reads a gateway's answer)."""
    code = code_for_status(operation.api, status)
    if code is not None:
        return MockError(code, status=status)
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = f"HTTP {status}"
    return MockError(phrase, status=status, message=phrase)
