"""The mock served by uvicorn on a free loopback port, for code that builds its own HTTP client or is not
Python (the ``commspec_mock_server`` fixture). Needs the ``mock`` extra."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from commspec.mock import MockConfig
from commspec.mock._serve import KEEP_ALIVE_SECONDS, bind_socket
from commspec.testing._vendor_mock import VendorMock

HOST = "127.0.0.1"


@contextmanager
def served_mock(config: MockConfig | None = None) -> Iterator[VendorMock]:
    """A ``VendorMock`` served until the block ends; ``.url`` is its base URL, ``.environ`` the variables
    a client needs to reach it."""
    sock = bind_socket(HOST, 0)  # the OS picks a free port: no race between choosing and binding
    mock = VendorMock(config, url=f"http://{HOST}:{sock.getsockname()[1]}")
    server = uvicorn.Server(
        uvicorn.Config(
            mock.asgi_app(),
            log_level="warning",
            lifespan="on",
            access_log=False,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
    )
    started = threading.Event()
    original_startup = server.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original_startup(sockets=sockets)
        started.set()

    server.startup = startup  # type: ignore[method-assign]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        if not started.wait(timeout=30):
            raise RuntimeError("the commspec mock server did not start within 30 s")
        yield mock
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
