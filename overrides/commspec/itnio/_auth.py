"""ITNIO request signing: ``Sign = md5(Api-Key + secret + Timestamp)``, fresh on every attempt."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Generator

import httpx


def sign(api_key: str, api_secret: str, timestamp: str | int) -> str:
    """ITNIO's signature: lowercase hex MD5 of the plain concatenation, no separators."""
    return hashlib.md5(f"{api_key}{api_secret}{timestamp}".encode(), usedforsecurity=False).hexdigest()


class ItnioAuth(httpx.Auth):
    """Adds ``Api-Key``, ``Timestamp`` (Unix seconds) and ``Sign`` to every request it sends."""

    def __init__(self, api_key: str, api_secret: str, *, clock: Callable[[], float] = time.time) -> None:
        self._api_key = api_key
        self._api_secret = api_secret
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(self._clock()))
        request.headers["Api-Key"] = self._api_key
        request.headers["Timestamp"] = timestamp
        request.headers["Sign"] = sign(self._api_key, self._api_secret, timestamp)
        yield request

    def __repr__(self) -> str:
        return "ItnioAuth(api_key=<redacted>, api_secret=<redacted>)"
