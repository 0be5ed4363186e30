"""Framework-free request/response types: the vendor fakes are plain functions of these, so the same
code serves the ASGI app (uvicorn), an in-process httpx transport, and unit tests without HTTP."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(slots=True)
class MockRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: httpx.Headers
    body: bytes


@dataclass(slots=True)
class MockResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> MockResponse:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        return cls(status, body, {"content-type": "application/json;charset=UTF-8", **(headers or {})})
