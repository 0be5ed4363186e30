"""What the mock received, recorded at one seam (``MockServer.handle``, whatever carried the request: the
in-process transport or the served ASGI app), so a test can assert what its code sent.

Recording is cheap: the raw request is kept and parsed only when read. The journal is bounded
(``MockConfig.max_recorded_requests``, 10,000 by default): past it the oldest record goes and
``dropped`` counts it, so a long-running served mock or a load test cannot grow without end.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commspec._logging import SECRET_HEADERS
from commspec._redaction import MASK
from commspec.mock._http import MockRequest, load_json

if TYPE_CHECKING:
    from commspec._spec import Operation

REDACTED = MASK


@dataclass(frozen=True, slots=True, repr=False)
class RecordedRequest:
    """One request as the mock received it.

    ``operation``: the specs' operationId (``"flows_update"``; ``None`` for a path no spec has);
    ``body``: JSON as a dict or list, XML and other text as ``str``, ``None`` when empty; ``headers``
    with credential-bearing values redacted; ``status``: the mock's answer (``None`` when a fault
    dropped the connection).
    """

    operation: str | None
    vendor: str | None
    method: str
    path: str
    query: dict[str, str]
    content: bytes = field(compare=False)
    raw_headers: tuple[tuple[bytes, bytes], ...] = field(compare=False)
    status: int | None = None

    @property
    def body(self) -> Any:
        if not self.content:
            return None
        text = self.content.decode("utf-8", errors="replace")
        if "json" in (self.header("content-type") or ""):
            try:
                return load_json(self.content)
            except ValueError:
                return text  # what the mock answers for it is the vendor's malformed-body error
        return text

    @property
    def headers(self) -> dict[str, str]:
        """Lower-case names; values decoded as latin-1, those of credential headers redacted."""
        return {
            name: REDACTED if name in SECRET_HEADERS else value.decode("latin-1")
            for name, value in ((key.decode("latin-1").lower(), value) for key, value in self.raw_headers)
        }

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode("latin-1")
        found = next((value for key, value in self.raw_headers if key.lower() == wanted), None)
        return None if found is None else found.decode("latin-1")

    def __repr__(self) -> str:  # the body may hold an IAM password: shown by attribute only
        return f"RecordedRequest({self.operation!r}, {self.method} {self.path}, status={self.status})"


class Journal:
    """The last ``limit`` requests received (thread-safe), oldest first."""

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise ValueError("max_recorded_requests must be >= 0")
        self._records: deque[RecordedRequest] = deque(maxlen=limit)
        self._lock = threading.Lock()
        self.dropped = 0  # records removed to stay within the limit since the last clear()

    @property
    def limit(self) -> int:
        return self._records.maxlen or 0

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self.dropped = 0

    def record(self, request: MockRequest, operation: Operation | None, status: int | None) -> None:
        content = request.body
        if operation is not None and operation.secret_fields and content:
            content = _masked_content(content, operation.secret_fields)  # an OTP code, a password
        record = RecordedRequest(
            operation=operation.name if operation is not None else None,
            vendor=operation.api.vendor if operation is not None else None,
            method=request.method,
            path=request.path,
            query=request.query,
            content=content,
            raw_headers=request.headers.raw_items(),
            status=status,
        )
        with self._lock:
            if len(self._records) == self._records.maxlen:
                self.dropped += 1
            if self._records.maxlen:
                self._records.append(record)


def _masked_content(content: bytes, paths: tuple[str, ...]) -> bytes:
    """A JSON body with the value at each dotted path (the spec's ``secret_fields``, through lists)
    replaced by ``MASK``: never kept, even in memory; a body that is not JSON is kept as is."""
    try:
        body = load_json(content)
    except ValueError:
        return content

    def mask(node: Any, parts: list[str]) -> Any:
        if isinstance(node, list):
            return [mask(item, parts) for item in node]
        if not isinstance(node, dict) or parts[0] not in node:
            return node
        rest = parts[1:]
        return {**node, parts[0]: mask(node[parts[0]], rest) if rest else MASK}

    for path in paths:
        body = mask(body, path.split("."))
    return json.dumps(body).encode()  # ASCII escapes: a lone surrogate a client sent cannot break it
