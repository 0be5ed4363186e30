"""Response bodies read under a byte cap counted on decoded bytes.

httpx's own decoders inflate a whole network read at once: 64 kB of gzip can become 64 MB before anyone
counts it. Here gzip and deflate are inflated in steps of at most ``STEP`` bytes and counted as they
come, so memory stays within about twice the cap (the pieces, then the joined body) whatever the server
sends. Requests ask for ``Accept-Encoding: gzip, deflate`` only; a body in any other coding (br, zstd)
is kept as sent and counted all the same, as httpx does when it lacks the decoder.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

from commspec.errors import ResponseFormatError, ResponseTooLargeError

ACCEPT_ENCODING = "gzip, deflate"
STEP = 64 * 1024  # the most one inflate step may produce
MAX_CODINGS = 5  # stacked Content-Encodings decoded; more is refused


class _Inflater:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), inflated in bounded steps."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._raw_deflate_possible = coding == "deflate"
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        while not self._inflater.eof:  # bytes after the end of the stream are ignored, as httpx does
            try:
                piece = self._inflater.decompress(data, STEP)
            except zlib.error as error:
                if self._raw_deflate_possible:  # "deflate" without the zlib header: retry as raw
                    self._raw_deflate_possible = False
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise ResponseFormatError(f"invalid {self._coding} response body: {error}") from None
            self._raw_deflate_possible = False
            data = self._inflater.unconsumed_tail
            if not piece:
                return
            yield piece


class Decoder:
    """The response's Content-Encoding undone, in the reverse of the order it was applied.

    At most ``MAX_CODINGS`` stacked codings are accepted (urllib3 2 stops at 5 too): ``gzip, gzip, …``
    a thousand times over is no real answer, and nesting one decoder per coding ran out of stack
    (a bare RecursionError). The stages are driven by one loop, whatever their number.
    """

    def __init__(self, headers: httpx.Headers) -> None:
        codings = [value.strip().lower() for value in headers.get_list("content-encoding", split_commas=True)]
        aliases = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}
        decoded = [aliases[c] for c in reversed(codings) if c in aliases]
        if len(decoded) > MAX_CODINGS:
            raise ResponseFormatError(
                f"response body refused: Content-Encoding stacks {len(decoded)} compressions, "
                f"at most {MAX_CODINGS} are decoded"
            )
        self._inflaters = [_Inflater(coding) for coding in decoded]

    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``data``, lazily: each stage inflates (by at most ``STEP``) only what
        the next one asks for, so nothing is inflated past what the cap has counted."""
        if not self._inflaters:
            yield data
            return
        last = len(self._inflaters) - 1
        stages = [self._inflaters[0].decode(data)]
        while stages:
            piece = next(stages[-1], None)
            if piece is None:
                stages.pop()
            elif len(stages) > last:
                yield piece
            else:
                stages.append(self._inflaters[len(stages)].decode(piece))


class CappedBody:
    """Collects the decoded body of ``response``; raises ResponseTooLargeError past ``cap`` bytes."""

    def __init__(self, response: httpx.Response, cap: int, *, expose_response: bool = True) -> None:
        self._response = response
        self._cap = cap
        self._expose = expose_response
        self._decoder = Decoder(response.headers)
        self._pieces: list[bytes] = []
        self._size = 0

    def feed(self, raw: bytes) -> None:
        for piece in self._decoder.decode(raw):
            self.count(len(piece))
            self._pieces.append(piece)

    def count(self, size: int) -> None:
        self._size += size
        if self._size > self._cap:
            raise ResponseTooLargeError(self._cap, response=self._response if self._expose else None)

    def keep(self) -> None:
        """Hand the body to the response, so that ``.content``, ``.text`` and ``.json()`` work as after
        ``read()`` (httpx keeps a read body in ``_content``; its own ``read()`` sets it the same way)."""
        self._response._content = b"".join(self._pieces)
        self._pieces.clear()


def discard_body(response: httpx.Response) -> None:
    """Drop the body of a response nobody will look at (the 401 before a token refresh) unread.

    httpx reads an auth flow's intermediate responses in full before sending the next request; an empty
    stream in place of the network one makes that read free. The connection is closed, not reused.
    """
    if response.is_stream_consumed:
        return  # already in memory (in-process transports)
    stream = response.stream
    if isinstance(stream, httpx.SyncByteStream):
        stream.close()
    response.stream = httpx.ByteStream(b"")


async def adiscard_body(response: httpx.Response) -> None:
    """The asyncio twin of ``discard_body``."""
    if response.is_stream_consumed:
        return
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream):
        await stream.aclose()
    response.stream = httpx.ByteStream(b"")
