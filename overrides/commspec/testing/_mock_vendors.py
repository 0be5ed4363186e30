"""``mock_vendors()``: every commspec client talks to one in-process mock, never to a vendor.

Mechanism: ``commspec._defaults``, the seam the client constructor consults for its environment and
transport and every request consults on its way out (a context variable plus a process-wide list:
asyncio tasks see their own mock, threads started inside see the only one). Nothing is monkeypatched,
and leaving the block restores what was there before.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import ExitStack, contextmanager
from types import TracebackType
from typing import Any, TypeVar, cast

from commspec import _defaults
from commspec.mock import MockConfig
from commspec.testing._vendor_mock import VendorMock

F = TypeVar("F", bound=Callable[..., Any])

_owners: dict[_defaults.ClientDefaults, VendorMock] = {}


def current_mock() -> VendorMock:
    """The mock that a client built here and now would reach (inside ``mock_vendors()``)."""
    defaults = _defaults.current()
    mock = _owners.get(defaults) if defaults is not None else None
    if mock is None:
        raise LookupError("no commspec mock in place: use mock_vendors() or the commspec_mock fixture")
    return mock


@contextmanager
def _in_place(mock: VendorMock) -> Iterator[_defaults.ClientDefaults]:
    defaults = mock.client_defaults()
    _owners[defaults] = mock
    try:
        with _defaults.installed(defaults):
            yield defaults
    finally:
        del _owners[defaults]


class MockVendors:
    """A context manager (``with mock_vendors() as mock:``) and a decorator of sync and async functions
    and generators (each call runs inside a fresh mock; ``current_mock()`` returns it).

    One object may be entered by several threads or tasks at once: each entry is its own mock, and
    each ``with`` block ends its own (found by the context it runs in)."""

    def __init__(self, config: MockConfig | None = None, *, accept_client_credentials: bool = True) -> None:
        self._config = config
        self._accept_client_credentials = accept_client_credentials
        self._entries: dict[_defaults.ClientDefaults, ExitStack] = {}  # in the order entered
        self._lock = threading.Lock()

    def _fresh(self) -> MockVendors:
        return MockVendors(self._config, accept_client_credentials=self._accept_client_credentials)

    def __enter__(self) -> VendorMock:
        mock = VendorMock(self._config, accept_client_credentials=self._accept_client_credentials)
        stack = ExitStack()
        defaults = stack.enter_context(_in_place(mock))
        with self._lock:
            self._entries[defaults] = stack
        return mock

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        mine = _defaults.in_context()
        with self._lock:
            if mine not in self._entries:
                if len(self._entries) != 1:  # left in another context, with other entries live
                    raise RuntimeError(
                        "mock_vendors(): this block is left in another context than the one it was "
                        "entered in, while the same object has other blocks in place; use one "
                        "mock_vendors() object per thread or task"
                    )
                mine = next(iter(self._entries))
            assert mine is not None
            stack = self._entries.pop(mine)
        stack.close()

    def __call__(self, function: F) -> F:
        fresh = self._fresh
        if inspect.isasyncgenfunction(function):

            @functools.wraps(function)
            async def run_async_generator(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                with fresh():  # in place for the whole iteration, not only the call that makes it
                    iterator = function(*args, **kwargs)
                    try:
                        async for item in iterator:
                            yield item
                    finally:
                        await iterator.aclose()

            return cast(F, run_async_generator)

        if inspect.isgeneratorfunction(function):

            @functools.wraps(function)
            def run_generator(*args: Any, **kwargs: Any) -> Generator[Any, Any, Any]:
                with fresh():
                    return (yield from function(*args, **kwargs))

            return cast(F, run_generator)

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with fresh():  # entered inside the coroutine: the task's own context
                    return await function(*args, **kwargs)

            return cast(F, run_async)

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            with fresh():
                return function(*args, **kwargs)

        return cast(F, run)


def mock_vendors(config: MockConfig | None = None, *, accept_client_credentials: bool = True) -> MockVendors:
    """Inside it, no commspec client reaches a vendor: each one (sync and async, every vendor, the
    Huawei IAM token fetch included) talks to one in-process mock of all vendors. Yields the mock::

        with mock_vendors() as mock:
            ItnioClient().flows.list()
            assert mock.requests[0].operation == "flows_list"

    A client built inside without credentials gets the mock's (``config``; default: the demo values),
    whatever the environment holds. A client built with its own credentials, or before the block (a
    module-level client, an app factory), or with its own ``http_client=``, has its requests sent to
    the mock too, and the mock accepts its credentials (still checking the signature or token made
    from them); ``accept_client_credentials=False`` accepts only ``config``'s, for tests of an
    authentication failure. Left alone: requests to a loopback host (a served mock) and clients whose
    transport is an ``httpx.MockTransport``.
    """
    return MockVendors(config, accept_client_credentials=accept_client_credentials)
