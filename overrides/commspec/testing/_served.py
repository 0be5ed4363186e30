"""The mock served by uvicorn on a free loopback port, for code that builds its own HTTP client or is not
Python (the ``commspec_mock_server`` fixture). Needs the ``mock`` extra."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from commspec.mock import MockConfig
from commspec.mock._serve import bind_socket, serving
from commspec.testing._vendor_mock import VendorMock

HOST = "127.0.0.1"


@contextmanager
def served_mock(config: MockConfig | None = None) -> Iterator[VendorMock]:
    """A ``VendorMock`` served until the block ends; ``.url`` is its base URL, ``.environ`` the variables
    a client needs to reach it."""
    sock = bind_socket(HOST, 0)  # the OS picks a free port: no race between choosing and binding
    mock = VendorMock(config, url=f"http://{HOST}:{sock.getsockname()[1]}")
    with serving(mock.asgi_app(), sock):
        yield mock
