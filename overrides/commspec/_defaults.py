"""Where a client built without ``base_url=`` takes its defaults from: the process environment and the
vendors' production hosts, unless a test has put other defaults in place (``commspec.testing``).

This is the one seam the testing helpers use: the client constructor asks ``current()`` once, so nothing
is monkeypatched. Defaults are found first in the current context (a ``ContextVar``: each asyncio task
sees its own), then in the innermost defaults put in place anywhere in the process, so that a client
built in a worker thread started inside ``mock_vendors()`` (threads start with an empty context) still
reaches the mock rather than a vendor.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

__all__ = ["ClientDefaults", "current", "installed"]


@dataclass(frozen=True, slots=True, eq=False)
class ClientDefaults:
    """What a client built without ``base_url=`` uses: ``environ`` instead of ``os.environ`` (credentials
    and base URLs by their documented variables) and ``transport`` for the httpx client it makes."""

    environ: Mapping[str, str]
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport


_context: ContextVar[ClientDefaults | None] = ContextVar("commspec_client_defaults", default=None)
_process: list[ClientDefaults] = []  # innermost last
_lock = threading.Lock()


def current() -> ClientDefaults | None:
    """The defaults in place for a client built here and now, or ``None`` (environment and production)."""
    found = _context.get()
    if found is not None:
        return found
    with _lock:
        return _process[-1] if _process else None


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
