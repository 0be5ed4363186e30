"""X-WSSE (WS-Security UsernameToken) signing of the SMS sending API: a fresh nonce on every attempt.

``Authorization`` is a constant and ``X-WSSE`` carries ``UsernameToken Username="<app_key>",
PasswordDigest="<Base64(SHA256(Nonce + Created + app_secret))>",Nonce="<nonce>",Created="<time>"``; the
constant, the format of Created and the header names are the spec's (``x-commspec.wsse``, the security
schemes of specs/huawei/sms.openapi.yaml).
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING

import httpx

from commspec_generated.huawei_sms import spec as sms_spec

if TYPE_CHECKING:
    from commspec._client import AuthContext

API = sms_spec.API
APP_KEY = API.credential("app_key")  # sent in X-WSSE: ASCII only
APP_SECRET = API.credential("app_secret")  # never sent, only hashed (as UTF-8)
AUTHORIZATION_HEADER = API.headers["WsseAuthorization"]
WSSE_HEADER = API.headers["Wsse"]
AUTHORIZATION_VALUE: str = API.wsse["authorization"]
CREATED_FORMAT: str = API.wsse["created-format"]
_FIELD = re.compile(r'(\w+)="([^"]*)"')


def password_digest(nonce: str, created: str, app_secret: str) -> str:
    """Base64(SHA256(Nonce + Created + app_secret)) of the UTF-8 bytes."""
    return base64.b64encode(hashlib.sha256(f"{nonce}{created}{app_secret}".encode()).digest()).decode()


def wsse_header(app_key: str, app_secret: str, nonce: str, created: str) -> str:
    digest = password_digest(nonce, created, app_secret)
    return f'UsernameToken Username="{app_key}",PasswordDigest="{digest}",Nonce="{nonce}",Created="{created}"'


def parse_wsse_header(value: str) -> dict[str, str] | None:
    """The fields of an ``X-WSSE`` value (Username, PasswordDigest, Nonce, Created), or None when it is
    not a UsernameToken."""
    if not value.startswith("UsernameToken "):
        return None
    return dict(_FIELD.findall(value))


class WsseAuth(httpx.Auth):
    """Adds ``Authorization`` and ``X-WSSE`` to every request it sends, with a new nonce and Created
    each time (a retried attempt is signed afresh)."""

    def __init__(self, app_key: str, app_secret: str, *, clock: Callable[[], float] = time.time) -> None:
        self._app_key = APP_KEY.check(app_key)
        self._app_secret = APP_SECRET.check(app_secret)
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        created = time.strftime(CREATED_FORMAT, time.gmtime(self._clock()))
        nonce = secrets.token_hex(16)
        request.headers[AUTHORIZATION_HEADER] = AUTHORIZATION_VALUE
        request.headers[WSSE_HEADER] = wsse_header(self._app_key, self._app_secret, nonce, created)
        yield request

    def __repr__(self) -> str:
        return "WsseAuth(app_key=<redacted>, app_secret=<redacted>)"


def auth(context: AuthContext) -> WsseAuth:
    """The client's auth flow (``x-commspec.client.auth``)."""
    return WsseAuth(context.arguments["app_key"], context.arguments["app_secret"])
