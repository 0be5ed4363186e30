"""The mock as an ASGI app (uvicorn): raw header bytes in, a ``Handle`` (``MockServer.handle_served``)
answers out. Nothing here knows the server: it adapts any ``Handle``."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import Callable
from typing import Any

from commspec.mock._faults import ConnectionResetFault
from commspec.mock._http import Handle, Headers, MockRequest, parse_query


def asgi_app(handle: Handle, body_limit: Callable[[], int]) -> Callable[..., Any]:
    """``handle`` served as ASGI; a body is read up to ``body_limit()`` + 1 bytes (enough for ``handle``
    to answer 413, the rest is drained)."""

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = await _read_body(receive, body_limit())
        if body is None:
            return  # the client left
        headers = Headers(scope["headers"])  # raw bytes: any byte a client sends is fine
        query = parse_query(scope.get("query_string", b""))
        request = MockRequest(scope["method"], scope["path"], query, headers, body)
        try:
            response, delay = handle(request)
        except ConnectionResetFault:
            if await _drop_connection(send, receive):
                return
            raise  # not uvicorn: no way to drop the connection, the server answers 500 instead
        if delay:
            await asyncio.sleep(delay)
        raw_headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    return app


async def _read_body(receive: Callable[..., Any], limit: int) -> bytes | None:
    """The request body, or its first ``limit + 1`` bytes when longer (the rest is read and dropped, so
    that the client, still sending, gets to read the 413); ``None`` when the client disconnected."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        if len(body) <= limit:
            body += message.get("body", b"")[: limit + 1 - len(body)]
        if not message.get("more_body"):
            return bytes(body)


async def _drop_connection(send: Callable[..., Any], receive: Callable[..., Any]) -> bool:
    """Reset the client's connection before any byte of a response, as the in-process transport's
    ``httpx.ReadError`` does. ASGI has no message for this and uvicorn answers 500 to an exception, but
    its ``send`` is a method of the request cycle, which holds the connection's transport."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):  # linger 0: close with RST, as a crashed peer does, not FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(5):  # until uvicorn has seen the connection go: then it sends nothing
            while (await receive())["type"] != "http.disconnect":
                pass
    return True
