"""The capped reader decodes what httpx would (gzip, zlib and raw deflate, stacked codings, unknown ones
passed through) and turns a corrupt compressed body into ResponseFormatError."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable

import httpx
import pytest

from commspec import errors
from commspec._body import STEP, CappedBody

TEXT = b'{"status":"0","reason":"ok","data":[]}' * 5000  # 190 kB: several inflate steps


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def read(body: bytes, coding: str | None, cap: int = 1 << 20, piece: int = 1000) -> bytes:
    headers = {"Content-Encoding": coding} if coding else {}
    response = httpx.Response(200, headers=headers, stream=httpx.ByteStream(b""))
    reader = CappedBody(response, cap)
    for start in range(0, len(body), piece):  # as a network would cut it
        reader.feed(body[start : start + piece])
    reader.keep()
    return response.content


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        (None, lambda data: data),
        ("identity", lambda data: data),
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", raw_deflate),
        ("gzip, deflate", lambda data: zlib.compress(gzip.compress(data))),
        ("br", lambda data: data),  # never asked for, not decoded: kept as sent, as httpx does without brotli
    ],
)
def test_decodes_like_httpx(coding: str | None, encode: Callable[[bytes], bytes]) -> None:
    assert read(encode(TEXT), coding) == TEXT
    assert len(TEXT) > 2 * STEP


def test_a_corrupt_gzip_body_is_a_format_error() -> None:
    corrupt = bytearray(gzip.compress(TEXT))
    corrupt[20:40] = b"\xff" * 20
    with pytest.raises(errors.ResponseFormatError, match="invalid gzip response body"):
        read(bytes(corrupt), "gzip")


def test_the_cap_counts_decoded_bytes() -> None:
    packed = gzip.compress(TEXT)
    assert len(packed) < 10_000 < len(TEXT)
    with pytest.raises(errors.ResponseTooLargeError) as caught:
        read(packed, "gzip", cap=10_000)
    assert caught.value.max_response_bytes == 10_000
    assert read(TEXT[:10_000], None, cap=10_000) == TEXT[:10_000]  # exactly the cap is allowed
