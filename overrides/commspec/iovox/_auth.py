"""IOVOX authentication: the ``username`` and ``secureKey`` headers on every attempt [vendor docs D2]."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from commspec._credentials import Credential

USERNAME = Credential("username", "IOVOX_USERNAME", header=True)
SECURE_KEY = Credential("secure_key", "IOVOX_SECURE_KEY", header=True)


class IovoxAuth(httpx.Auth):
    """Adds ``username`` and ``secureKey`` to every request it sends (retries included)."""

    def __init__(self, username: str, secure_key: str) -> None:
        self._username = USERNAME.check(username)
        self._secure_key = SECURE_KEY.check(secure_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["username"] = self._username
        request.headers["secureKey"] = self._secure_key
        yield request

    def __repr__(self) -> str:
        return "IovoxAuth(username=<redacted>, secure_key=<redacted>)"
