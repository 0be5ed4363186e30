"""Run the mock as a real uvicorn server on 127.0.0.1 in a background thread (tests, demo)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from commspec.mock._server import MockServer


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket whose accepted connections have TCP_NODELAY (inherited on accept): without it,
    Nagle + delayed ACK add ~40 ms to every response, since uvicorn writes head and body separately."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


# uvicorn closes an idle keep-alive connection after 5 s by default. A client that reuses the connection
# at that moment gets a reset it cannot tell from a lost answer (an outcome-unknown error for an unsafe
# operation). Test suites starve the mock's thread on small machines, so idle gaps of seconds are
# common: keep connections as long as nginx does, beyond any idle gap a test run produces.
KEEP_ALIVE_SECONDS = 75


def server_config(app: Callable[..., Any], log_level: str = "warning") -> uvicorn.Config:
    """uvicorn as lean as it goes for a one-process stateful server (state cannot be split over
    workers): httptools' C parser and uvloop when installed (the ``mock`` extra has both, "auto" picks
    them), and the access log only when the log level would show it."""
    return uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="on",
        access_log=log_level.lower() in {"trace", "debug", "info"},
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        http="auto",
        loop="auto",
    )


def serve_forever(
    server: MockServer, host: str, port: int, log_level: str = "warning", sock: socket.socket | None = None
) -> None:
    """Serve until interrupted (the ``commspec-mock`` command); on ``sock`` when given (already bound)."""
    sock = sock or bind_socket(host, port)
    uvicorn.Server(server_config(server.asgi_app(), log_level)).run(sockets=[sock])


@contextmanager
def serving(app: Callable[..., Any], sock: socket.socket) -> Iterator[None]:
    """Serve the ASGI ``app`` on the bound ``sock`` in a thread until the block ends (started when the
    block begins: uvicorn has finished its startup)."""
    uv = uvicorn.Server(server_config(app))
    started = threading.Event()
    original_startup = uv.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original_startup(sockets=sockets)
        started.set()

    uv.startup = startup  # type: ignore[method-assign]
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        if not started.wait(timeout=30):
            raise RuntimeError("the commspec mock server did not start within 30 s")
        yield
    finally:
        uv.should_exit = True
        thread.join(timeout=30)
        sock.close()


@contextmanager
def running_server(server: MockServer | None = None, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``server`` on a free loopback port; yields its base URL and stops it on exit."""
    server = server or MockServer()
    sock = bind_socket(host, 0)  # the OS picks a free port: no race between choosing and binding
    with serving(server.asgi_app(), sock):
        yield f"http://{host}:{sock.getsockname()[1]}"
