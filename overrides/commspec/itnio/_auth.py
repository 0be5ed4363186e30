"""ITNIO request signing: ``Sign = md5(Api-Key + secret + Timestamp)``, fresh on every attempt."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING

import httpx

from commspec_generated.itnio_otp import spec as otp_spec

if TYPE_CHECKING:
    from commspec._client import AuthContext

API_KEY = otp_spec.API.credential("api_key")  # sent in a header: ASCII only
# Never sent, only hashed into Sign as UTF-8, as the seeds' samples do (Java: Hutool SecureUtil.md5,
# UTF-8 by default; PHP: md5 of the string's bytes): non-ASCII is fine, control characters are not.
API_SECRET = otp_spec.API.credential("api_secret")
API_KEY_HEADER, TIMESTAMP_HEADER, SIGN_HEADER = (
    otp_spec.API.headers[n] for n in ("ApiKey", "Timestamp", "Sign")
)


def sign(api_key: str, api_secret: str, timestamp: str | int) -> str:
    """ITNIO's signature: lowercase hex MD5 of the UTF-8 bytes of the plain concatenation, no separators."""
    return hashlib.md5(f"{api_key}{api_secret}{timestamp}".encode(), usedforsecurity=False).hexdigest()


class ItnioAuth(httpx.Auth):
    """Adds ``Api-Key``, ``Timestamp`` (Unix seconds) and ``Sign`` to every request it sends."""

    def __init__(self, api_key: str, api_secret: str, *, clock: Callable[[], float] = time.time) -> None:
        self._api_key = API_KEY.check(api_key)
        self._api_secret = API_SECRET.check(api_secret)
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(self._clock()))
        request.headers[API_KEY_HEADER] = self._api_key
        request.headers[TIMESTAMP_HEADER] = timestamp
        request.headers[SIGN_HEADER] = sign(self._api_key, self._api_secret, timestamp)
        yield request

    def __repr__(self) -> str:
        return "ItnioAuth(api_key=<redacted>, api_secret=<redacted>)"


def auth(context: AuthContext) -> ItnioAuth:
    """The client's auth flow (``x-commspec.client.auth``)."""
    return ItnioAuth(context.arguments["api_key"], context.arguments["api_secret"])
