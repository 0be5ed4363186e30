"""A constant ASGI answer served with the mock's uvicorn configuration: the server stack's ceiling in
the mock throughput rows of ``nox -s bench`` (``python -m tests.benchmarks.trivial_asgi PORT``)."""

from __future__ import annotations

import sys
from typing import Any

import uvicorn

from commspec.mock._serve import bind_socket, server_config

BODY = b'{"status":"0","reason":"success","data":null}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":  # nothing to set up
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


def main() -> None:
    uvicorn.Server(server_config(app)).run(sockets=[bind_socket("127.0.0.1", int(sys.argv[1]))])


if __name__ == "__main__":
    main()
