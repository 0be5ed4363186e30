"""The calls a mock received, recorded where they cross into it (the in-process transport or the served
ASGI app), so a test can assert what its code sent: operation, method, path, query and parsed body."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from commspec._logging import redacted_headers
from commspec._redaction import MASK
from commspec.mock._router import Router
from commspec.mock._specs import spec_modules

Asgi = Callable[..., Any]


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
    body: Any
    content: bytes = field(compare=False)
    headers: dict[str, str] = field(compare=False)
    status: int | None = None

    def __repr__(self) -> str:  # the body may hold an IAM password: shown by attribute only
        return f"RecordedRequest({self.operation!r}, {self.method} {self.path}, status={self.status})"


def parse_body(content: bytes, content_type: str) -> Any:
    if not content:
        return None
    text = content.decode("utf-8", errors="replace")
    if "json" in content_type:
        try:
            return json.loads(text)
        except ValueError:
            return text  # what the mock answers for it is the vendor's malformed-body error
    return text


def masked(body: dict[str, Any], paths: tuple[str, ...]) -> dict[str, Any]:
    """``body`` (a copy) with the value at each dotted path replaced by ``MASK`` (through lists)."""

    def mask(node: Any, parts: list[str]) -> Any:
        if isinstance(node, list):
            return [mask(item, parts) for item in node]
        if not isinstance(node, dict) or parts[0] not in node:
            return node
        rest = parts[1:]
        return {**node, parts[0]: mask(node[parts[0]], rest) if rest else MASK}

    for path in paths:
        body = mask(body, path.split("."))
    return body


class Recorder:
    """A thread-safe list of ``RecordedRequest``; operations are found with the specs' routes."""

    def __init__(self) -> None:
        modules = list(spec_modules())
        self._router = Router(op for module in modules for op in module.OPERATIONS.values())
        self._records: list[RecordedRequest] = []
        self._lock = threading.Lock()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def add(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: httpx.Headers,
        content: bytes,
        status: int | None,
    ) -> None:
        if path.startswith("/_mock/"):
            return  # the control API is the test's own doing
        matched = self._router.match(method, path, query)
        operation = matched[0] if matched is not None else None
        body = parse_body(content, headers.get("content-type", ""))
        if operation is not None and operation.secret_fields and isinstance(body, dict):
            body = masked(body, operation.secret_fields)  # an OTP code, a password: never kept
            content = json.dumps(body).encode()
        record = RecordedRequest(
            operation=operation.name if operation is not None else None,
            vendor=operation.api.vendor if operation is not None else None,
            method=method,
            path=path,
            query=query,
            body=body,
            content=content,
            headers=redacted_headers(headers),
            status=status,
        )
        with self._lock:
            self._records.append(record)

    def transport(self, inner: httpx.MockTransport) -> httpx.MockTransport:
        """``inner`` (the mock's in-process transport), recording every request it answers; async
        requests go through ``inner``'s async side (a "slow" fault must not block the event loop)."""
        return _RecordingTransport(self, inner)

    def asgi(self, app: Asgi) -> Asgi:
        """``app`` (the mock's ASGI app), recording every HTTP request it answers."""

        async def recording(scope: dict[str, Any], receive: Asgi, send: Asgi) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            body = bytearray()
            status: list[int] = []

            async def receive_and_keep() -> Any:
                message = await receive()
                if message["type"] == "http.request":
                    body.extend(message.get("body", b""))
                return message

            async def send_and_keep(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    status.append(message["status"])
                await send(message)

            try:
                await app(scope, receive_and_keep, send_and_keep)
            finally:
                headers = httpx.Headers(_latin1(scope["headers"]))
                query = _query(scope.get("query_string", b""))
                self.add(
                    scope["method"], scope["path"], query, headers, bytes(body), next(iter(status), None)
                )

        return recording


def _query(raw: bytes) -> dict[str, str]:
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True, errors="replace"):
        query.setdefault(name, value)  # the first of a repeated name, as the mock reads it
    return query


def _latin1(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    # Any byte a client sends (httpx.Headers from bytes would insist on ASCII).
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw]


class _RecordingTransport(httpx.MockTransport):
    def __init__(self, recorder: Recorder, inner: httpx.MockTransport) -> None:
        super().__init__(self._respond)
        self.recorder = recorder
        self.inner = inner

    def _record(self, request: httpx.Request, status: int | None) -> None:
        query = _query(request.url.query)
        self.recorder.add(request.method, request.url.path, query, request.headers, request.content, status)

    def _respond(self, request: httpx.Request) -> httpx.Response:
        request.read()
        status: int | None = None
        try:
            response = self.inner.handle_request(request)
            status = response.status_code
            return response
        finally:
            self._record(request, status)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        status: int | None = None
        try:
            response = await self.inner.handle_async_request(request)
            status = response.status_code
            return response
        finally:
            self._record(request, status)
