"""IOVOX authentication: the ``username`` and ``secureKey`` headers on every attempt [vendor docs D2]."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from commspec_generated.iovox_callflow import spec as callflow_spec

USERNAME = callflow_spec.API.credential("username")
SECURE_KEY = callflow_spec.API.credential("secure_key")
USERNAME_HEADER = callflow_spec.API.credential_headers["username"]
SECURE_KEY_HEADER = callflow_spec.API.credential_headers["secure_key"]


class IovoxAuth(httpx.Auth):
    """Adds ``username`` and ``secureKey`` to every request it sends (retries included)."""

    def __init__(self, username: str, secure_key: str) -> None:
        self._username = USERNAME.check(username)
        self._secure_key = SECURE_KEY.check(secure_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[USERNAME_HEADER] = self._username
        request.headers[SECURE_KEY_HEADER] = self._secure_key
        yield request

    def __repr__(self) -> str:
        return "IovoxAuth(username=<redacted>, secure_key=<redacted>)"
