"""A hostile HTTP/1.1 server on 127.0.0.1, on raw sockets so that it can do what no framework would:
drip a body byte by byte, never end a body, send a gzip bomb. It counts the body bytes it managed to
send, so a test can tell that the client stopped reading early."""

from __future__ import annotations

import itertools
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self


@dataclass
class Reply:
    """What to answer: a status line + headers, then body pieces, ``interval`` seconds apart."""

    head: bytes
    body: Iterable[bytes] = ()
    interval: float = 0.0


def head(status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunked(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """``Transfer-Encoding: chunked`` framing; an endless ``pieces`` makes an endless body."""
    for piece in pieces:
        yield b"%x\r\n%s\r\n" % (len(piece), piece)
    yield b"0\r\n\r\n"


def endless(piece: bytes) -> Iterator[bytes]:
    return itertools.repeat(piece)


def gzip_bomb(decoded_mb: int | None) -> Iterator[bytes]:
    """A valid gzip stream of ``decoded_mb`` MB of spaces (None: endless), about 1 kB per decoded MB.

    Each MB is deflated after a full flush, so every block is the same bytes and nothing big is built.
    """
    megabyte = b" " * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(megabyte) + deflate.flush(zlib.Z_FULL_FLUSH)
    yield b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # gzip header: deflate, no name, no mtime
    crc = 0
    for _ in itertools.repeat(None) if decoded_mb is None else range(decoded_mb):
        crc = zlib.crc32(megabyte, crc)
        yield block
    size = (decoded_mb or 0) << 20
    yield deflate.flush() + struct.pack("<II", crc, size & 0xFFFFFFFF)


@dataclass
class Exchange:
    """One connection as the server saw it."""

    request: bytes = b""
    body_sent: int = 0
    finished: bool = False  # the whole reply was sent
    done: threading.Event = field(default_factory=threading.Event)


class HostileServer:
    """Serves ``reply(request_head)`` to every connection, each in its own thread::

    with HostileServer(lambda _: Reply(head(), endless(b"x" * 65536))) as server:
        client.get(server.url)
    """

    def __init__(self, reply: Callable[[bytes], Reply]) -> None:
        self._reply = reply
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.exchanges: list[Exchange] = []
        self._stopping = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stopping = True
        socket.create_connection(self._listener.getsockname()).close()  # wakes the blocked accept()
        self._thread.join(timeout=10)
        self._listener.close()

    @property
    def body_sent(self) -> int:
        return sum(exchange.body_sent for exchange in self.exchanges)

    def wait_closed(self, timeout: float = 10.0) -> bool:
        """True once every connection ended (finished, or closed by the client)."""
        return all(exchange.done.wait(timeout) for exchange in self.exchanges)

    def _accept(self) -> None:
        while True:
            conn, _ = self._listener.accept()
            if self._stopping:
                conn.close()
                return
            exchange = Exchange()
            self.exchanges.append(exchange)
            threading.Thread(target=self._serve, args=(conn, exchange), daemon=True).start()

    def _serve(self, conn: socket.socket, exchange: Exchange) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            exchange.request = _read_request(conn)
            reply = self._reply(exchange.request)
            conn.sendall(reply.head)
            for piece in reply.body:
                if reply.interval:
                    time.sleep(reply.interval)  # the drip itself, not a wait for the client
                conn.sendall(piece)
                exchange.body_sent += len(piece)
            exchange.finished = True
        except OSError:
            pass  # the client went away: what these tests want
        finally:
            conn.close()
            exchange.done.set()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data
        data += piece
    header, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return header + b"\r\n\r\n" + body
