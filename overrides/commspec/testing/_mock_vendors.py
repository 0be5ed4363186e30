"""``mock_vendors()``: every commspec client built without ``base_url=`` talks to one in-process mock.

Mechanism: ``commspec._defaults``, the seam the client constructor consults for its environment and
transport (a context variable plus a process-wide stack: asyncio tasks see their own mock, threads
started inside see the innermost one). Nothing is monkeypatched, clients with ``base_url=`` are left
alone, and leaving the block restores what was there before.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
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
def _in_place(mock: VendorMock) -> Iterator[VendorMock]:
    defaults = mock.client_defaults()
    _owners[defaults] = mock
    try:
        with _defaults.installed(defaults):
            yield mock
    finally:
        del _owners[defaults]


class MockVendors:
    """A context manager (``with mock_vendors() as mock:``) and a decorator of sync and async functions
    (each call runs inside a fresh mock; ``current_mock()`` returns it)."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self._config = config
        self._stacks: list[ExitStack] = []

    def __enter__(self) -> VendorMock:
        stack = ExitStack()
        mock = stack.enter_context(_in_place(VendorMock(self._config)))
        self._stacks.append(stack)
        return mock

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stacks.pop().close()

    def __call__(self, function: F) -> F:
        config = self._config
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with MockVendors(config):  # entered inside the coroutine: the task's own context
                    return await function(*args, **kwargs)

            return cast(F, run_async)

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            with MockVendors(config):
                return function(*args, **kwargs)

        return cast(F, run)


def mock_vendors(config: MockConfig | None = None) -> MockVendors:
    """Inside it, every commspec client built without ``base_url=`` (sync and async, every vendor, the
    Huawei IAM token fetch included) talks to one in-process mock of all vendors, with the credentials
    it accepts, whatever the environment holds; nothing goes over the network. Yields the mock::

        with mock_vendors() as mock:
            ItnioClient().flows.list()
            assert mock.requests[0].operation == "flows_list"

    A client built with ``base_url=`` is left alone; one given its own ``http_client=`` (and no
    ``base_url=``) is refused with ``ConfigurationError``, since its transport cannot be swapped.
    ``config`` sets the mock's credentials and limits (default: the demo values).
    """
    return MockVendors(config)
