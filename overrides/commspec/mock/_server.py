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
import threading
from collections.abc import Callable
from typing import Any

import httpx

from commspec.mock import _standard_fake
from commspec.mock._asgi import asgi_app
from commspec.mock._clock import MockClock
from commspec.mock._config import NOT_SHOWN, MockConfig
from commspec.mock._control import PREFIX, control, host_allowed, refused_host
from commspec.mock._dispatch import (
    ConnectionResetFault,
    Handler,
    ServerError,
    Service,
    dispatch,
    plain_server_error,
)
from commspec.mock._faults import FaultBook
from commspec.mock._http import MockRequest, MockResponse
from commspec.mock._outbox import Delivery, Outbox
from commspec.mock._router import Router
from commspec.mock._specs import vendors
from commspec.mock._transport import httpx_transport

__all__ = ["ConnectionResetFault", "MockServer", "vendor_fakes"]


def vendor_fakes() -> dict[str, str | None]:
    """Vendor -> the package of its fake (``None``: the standard fake of its spec)."""
    return {
        vendor: package if importlib.util.find_spec(package := f"commspec.mock.{vendor}") else None
        for vendor in vendors()
    }


class MockServer:
    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig.from_env()
        self.faults = FaultBook(self.operation_names)
        self.lock = threading.Lock()
        self.request_count = 0
        self.internal_errors: list[str] = []  # "<operation>: <exception type>" per mock bug hit
        self.clock = MockClock()  # every vendor fake's time; tests move it with advance()
        self.outbox = Outbox()  # every message delivered to a phone, by any vendor
        self._services: list[Service] = []
        self._backends: dict[str, Any] = {}
        modules = vendors()
        for vendor, package in vendor_fakes().items():
            if package is not None:
                importlib.import_module(package).install(self)
            else:
                apis = [module.API for module in modules[vendor]]
                operations = [op for module in modules[vendor] for op in module.OPERATIONS.values()]
                _standard_fake.install(self, vendor, apis, operations)

    def register(
        self,
        name: str,
        backend: Any,
        router: Router,
        handler: Handler,
        server_error: ServerError = plain_server_error,
    ) -> None:
        """Add a vendor fake (backend with reset()/snapshot(), routes, HTTP handler, and the vendor's
        answer to an internal failure). A name registers once: a second fake would shadow the first."""
        if name in self._backends:
            raise ValueError(f"a vendor fake named {name!r} is already registered")
        self._backends[name] = backend
        self._services.append(Service(router, handler, server_error))

    def backend(self, name: str) -> Any:
        """The state of the vendor fake ``name`` (tests: expire tokens, play the reviewer, seed data)."""
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
            return self.clock.advance(seconds)

    def handle(self, request: MockRequest) -> tuple[MockResponse, float]:
        """The response and how long to hold it back (the "slow" fault)."""
        if len(request.body) > self.config.max_body_bytes:
            return self._too_large(), 0.0
        if request.path.startswith(PREFIX):
            with self.lock:
                return control(self, request), 0.0
        return dispatch(self, self._services, request)

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
        self.request_count = 0
        self.internal_errors.clear()

    def state(self) -> dict[str, Any]:
        """Everything the mock holds. A credential that is not a demo value never appears, wherever a
        fake keeps it (ITNIO keys its accounts by API key, Huawei its templates by project id)."""
        state = {
            "credentials": self.config.shown_credentials(),
            "request_count": self.request_count,
            "internal_errors": list(self.internal_errors),
            "faults": self.faults.snapshot(),
            **{name: backend.snapshot() for name, backend in self._backends.items()},
        }
        hidden = self.config.hidden_values()
        return hide(state, hidden) if hidden else state

    def httpx_transport(self) -> httpx.MockTransport:
        """In-process transport for ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""
        return httpx_transport(self)

    def handle_served(self, request: MockRequest) -> tuple[MockResponse, float]:
        """``handle`` for a request that came over the network: the control API answers only a loopback
        ``Host`` (or one of ``config.allowed_hosts``), so a web page cannot reach it by DNS rebinding."""
        if request.path.startswith(PREFIX):
            host = request.headers.get("host")
            if not host_allowed(host, self.config.allowed_hosts):
                return refused_host(host), 0.0
        return self.handle(request)

    def asgi_app(self) -> Callable[..., Any]:
        return asgi_app(self)


def hide(value: Any, secrets: frozenset[str]) -> Any:
    """``value`` (JSON-like) with every occurrence of ``secrets``, as a key or within a string, replaced
    by ``NOT_SHOWN``."""
    if isinstance(value, dict):
        return {hide(k, secrets): hide(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [hide(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, NOT_SHOWN)
    return value
