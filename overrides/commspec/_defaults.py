"""Where a client takes its defaults from, and where its requests go, while a test has a mock of the
vendors in place (``commspec.testing``); otherwise the process environment and the vendors' hosts.

Two seams, nothing monkeypatched:

- **When a client is built** without ``base_url=``, its constructor asks ``current()`` for the
  environment (credentials and base URLs) and the transport to use.
- **When any request is sent** (every attempt of every call, the Huawei IAM token request included),
  ``sync_route`` / ``async_route`` decide where it goes. A client built before the mock was put in
  place (a module-level client, an app factory) or given its own ``http_client=`` would otherwise reach
  its production host: its request is sent to the mock instead, as respx intercepts at the transport.
  Left alone: a loopback host (a served mock, a local test server) and a client whose transport is an
  ``httpx.MockTransport`` (in-process: this mock's, or the caller's own test double).

Which mock: the one of the caller's context (a ``ContextVar``: each asyncio task sees its own), else
the only one in place in the process (a thread started inside ``mock_vendors()`` starts with an empty
context). With two or more in place and none named by the caller's context, nothing is guessed: the
client is refused (``ConfigurationError``) before anything is sent.
"""

from __future__ import annotations

import ipaddress
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import httpx

from commspec.errors import ConfigurationError

__all__ = ["ClientDefaults", "async_route", "current", "environ", "in_context", "installed", "sync_route"]


def _admit_nothing(credentials: Mapping[str, str]) -> None:
    pass


@dataclass(frozen=True, slots=True, eq=False)
class ClientDefaults:
    """A mock in place: ``environ`` replaces ``os.environ`` for a client built without ``base_url=``
    (credentials and base URLs by their documented variables), ``transport`` / ``async_transport``
    carry its requests; ``url`` is where the mock is reached (a routed request goes to its scheme, host
    and port); ``admit`` tells the mock the credentials of a client that talks to it (argument name ->
    value), so that it accepts them."""

    environ: Mapping[str, str]
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    url: str = "http://mock.commspec.invalid"
    admit: Callable[[Mapping[str, str]], None] = _admit_nothing
    # What routed requests are sent with (made on first use; the auth flows run inside ``send``).
    _clients: dict[str, httpx.Client | httpx.AsyncClient] = field(
        default_factory=dict, init=False, repr=False
    )

    def sync_client(self) -> httpx.Client:
        with _lock:
            client = self._clients.get("sync")
            if client is None:
                client = self._clients["sync"] = httpx.Client(transport=self.transport, trust_env=False)
        assert isinstance(client, httpx.Client)
        return client

    def async_client(self) -> httpx.AsyncClient:
        with _lock:
            client = self._clients.get("async")
            if client is None:
                client = self._clients["async"] = httpx.AsyncClient(
                    transport=self.async_transport, trust_env=False
                )
        assert isinstance(client, httpx.AsyncClient)
        return client


_context: ContextVar[ClientDefaults | None] = ContextVar("commspec_client_defaults", default=None)
_process: list[ClientDefaults] = []  # every block in place, innermost last
_lock = threading.Lock()


def _ambiguous(count: int) -> ConfigurationError:
    return ConfigurationError(
        "mock_vendors",
        f"{count} mocks are in place in this process and this caller's context names none of them (a "
        "thread or executor job started without the context of a mock_vendors() block), so which one "
        "should answer is unknown; run it with that block's context (asyncio.to_thread, "
        "contextvars.copy_context().run) or keep one mock in place at a time",
    )


def _for_caller(live: list[ClientDefaults]) -> ClientDefaults | None:
    found = _context.get()
    if found is not None and any(entry is found for entry in live):
        return found
    distinct = {id(entry): entry for entry in live}
    if len(distinct) > 1:
        raise _ambiguous(len(distinct))
    return live[-1] if live else None


def in_context() -> ClientDefaults | None:
    """The defaults the caller's own context put in place (the innermost block it is in), if any."""
    return _context.get()


def current() -> ClientDefaults | None:
    """The mock in place for a client built here and now, or ``None`` (environment and production);
    ``ConfigurationError`` when several are in place and the caller's context names none."""
    if not _process and _context.get() is None:
        return None
    with _lock:
        live = list(_process)
    return _for_caller(live)


def environ() -> Mapping[str, str]:
    """Where a client's settings are read from here and now: the mock's environment inside a test's
    mock, else ``os.environ``."""
    defaults = current()
    return os.environ if defaults is None else defaults.environ


@contextmanager
def installed(defaults: ClientDefaults) -> Iterator[ClientDefaults]:
    """Put ``defaults`` in place until the block ends; nested blocks restore the outer defaults."""
    outer = _context.get()
    token = _context.set(defaults)
    with _lock:
        _process.append(defaults)
    try:
        yield defaults
    finally:
        with _lock:
            # By identity: blocks in concurrent tasks may end in any order.
            del _process[max(i for i, entry in enumerate(_process) if entry is defaults)]
        try:
            _context.reset(token)
        except ValueError:  # ended in another context than it began (a fixture torn down elsewhere)
            _context.set(outer)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _target(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
    request: httpx.Request,
    credentials: Mapping[str, str],
) -> ClientDefaults | None:
    """The mock that must answer ``request`` instead of its host, or ``None``: send it as it is."""
    if not _process or isinstance(transport, httpx.MockTransport) or _is_loopback(request.url.host):
        return None
    with _lock:
        live = list(_process)
    target = _for_caller(live)
    if target is not None:
        target.admit(credentials)
    return target


def _readdressed(request: httpx.Request, url: str) -> httpx.Request:
    """``request`` sent to the mock at ``url``: same method, path, query, headers, body and timeouts."""
    base = httpx.URL(url)
    headers = [(name, value) for name, value in request.headers.raw if name.lower() != b"host"]
    return httpx.Request(
        request.method,
        request.url.copy_with(scheme=base.scheme, host=base.host, port=base.port),
        headers=headers,
        content=request.content,
        extensions=dict(request.extensions),
    )


def sync_route(
    client: httpx.Client, request: httpx.Request, credentials: Mapping[str, str]
) -> tuple[httpx.Client, httpx.Request]:
    """The client and request to send: ``(client, request)`` itself unless a mock must answer it."""
    target = _target(client._transport_for_url(request.url), request, credentials)
    if target is None:
        return client, request
    return target.sync_client(), _readdressed(request, target.url)


def async_route(
    client: httpx.AsyncClient, request: httpx.Request, credentials: Mapping[str, str]
) -> tuple[httpx.AsyncClient, httpx.Request]:
    """``sync_route`` for an asyncio client."""
    target = _target(client._transport_for_url(request.url), request, credentials)
    if target is None:
        return client, request
    return target.async_client(), _readdressed(request, target.url)
