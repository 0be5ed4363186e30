"""Framework-free request/response types: the vendor fakes are plain functions of these, so the same
code serves the ASGI app (uvicorn), an in-process httpx transport, and unit tests without HTTP.

Everything here takes a client's bytes as they come and never raises on them: header values are kept
as bytes (``httpx.Headers`` built from ASGI bytes encodes as ASCII and raises on any other byte),
integers are ASCII digits only, JSON nesting is bounded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl

import httpx

if TYPE_CHECKING:
    from commspec._spec import Operation

MAX_JSON_DEPTH: Final = 100  # nesting levels; no vendor body comes close (and json.loads dies at ~1,000)
INT64: Final = range(-(2**63), 2**63)  # what the vendors' backends parse; anything else is not an integer
_ASCII_INT: Final = re.compile(r"-?[0-9]{1,19}")  # [0-9] is ASCII only: no "²", "١", "_" or spaces


class Headers:
    """Request headers as the client sent them: looked up case-insensitively, values decoded as latin-1
    (one character per byte, so decoding cannot fail) or compared as raw bytes."""

    __slots__ = ("_raw",)

    def __init__(self, raw: Iterable[tuple[bytes, bytes]] = ()) -> None:
        self._raw = [(name.lower(), value) for name, value in raw]

    @classmethod
    def of(cls, headers: dict[str, str]) -> Headers:
        """From text (tests and tools); values must be latin-1."""
        return cls((k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())

    def raw(self, name: str) -> bytes | None:
        """The first value of ``name`` as bytes (compare credentials this way: byte for byte)."""
        wanted = name.lower().encode("latin-1")
        return next((value for key, value in self._raw if key == wanted), None)

    def raw_items(self) -> tuple[tuple[bytes, bytes], ...]:
        """Every header as sent (names lower-cased), in order."""
        return tuple(self._raw)

    def get(self, name: str, default: str | None = None) -> str | None:
        value = self.raw(name)
        return default if value is None else value.decode("latin-1")

    def __repr__(self) -> str:
        return (
            f"Headers({[key.decode('latin-1') for key, _ in self._raw]})"  # names only: values hold secrets
        )


def parse_query(raw: bytes) -> dict[str, str]:
    """The query string as a dict (the first value of a repeated name wins, as with ``httpx.QueryParams``);
    percent-escapes decode as UTF-8 with invalid sequences replaced, never raising."""
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True, errors="replace"):
        query.setdefault(name, value)
    return query


def ascii_int(text: str | None) -> int | None:
    """``text`` as an int when it is an optional ``-`` and ASCII digits within int64, else ``None``.

    ``int()`` is no check for a client's text: it takes ``²``, ``١``, ``1_0`` and surrounding spaces,
    and raises ``ValueError`` beyond 4,300 digits."""
    if text is None or _ASCII_INT.fullmatch(text) is None:
        return None
    value = int(text)
    return value if value in INT64 else None


def load_json(body: bytes) -> Any:
    """The decoded body; ``ValueError`` for anything that is not JSON, including nesting deeper than
    ``MAX_JSON_DEPTH`` (which would otherwise be a ``RecursionError``, in json or in code walking it)."""
    try:
        value = json.loads(body)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if body.count(b"[") + body.count(b"{") > MAX_JSON_DEPTH and _too_deep(value):  # count: C-fast
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _too_deep(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:  # a loop, not recursion: the point is to stay far from the recursion limit
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                return True
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return False


@dataclass(slots=True)
class MockRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes
    operation: Operation | None = None  # set by dispatch when a route matches (the journal names it)

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> MockRequest:
        """What the mock sees of a request sent through an in-process httpx transport."""
        return cls(
            request.method,
            request.url.path,
            parse_query(request.url.query),
            Headers(request.headers.raw),
            request.read(),
        )


@dataclass(slots=True)
class MockResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> MockResponse:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        try:
            body = text.encode()
        except UnicodeEncodeError:  # a lone surrogate from a client's "\ud800": send it escaped
            body = json.dumps(payload, separators=(",", ":")).encode()
        # A vendor fake passes its spec's content type (ApiSpec.response_content_type).
        return cls(status, body, {"content-type": "application/json", **(headers or {})})


# What the adapters (the ASGI app, the in-process transport) serve: ``MockServer.handle`` or a wrapper of
# it; the answer and how long to hold it back (the "slow" fault).
Handle = Callable[[MockRequest], tuple[MockResponse, float]]


@dataclass(frozen=True, slots=True)
class FormPart:
    """One part of a ``multipart/form-data`` body: its field name, file name (None: a text part), bytes."""

    name: str
    filename: str | None
    content: bytes


def load_multipart(content_type: str, body: bytes) -> list[FormPart]:
    """The parts of a ``multipart/form-data`` body (RFC 7578); ``ValueError`` for anything else. The body
    is already within ``MockConfig.max_body_bytes`` (larger ones got 413), which bounds the parse."""
    if content_type.split(";")[0].strip().lower() != "multipart/form-data" or "boundary=" not in content_type:
        raise ValueError("not multipart/form-data with a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart() or message.defects:
        raise ValueError("malformed multipart body")
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(content, bytes):
            raise ValueError("a part without a name")
        parts.append(FormPart(name, part.get_filename(), content))
    return parts
