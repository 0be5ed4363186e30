"""What a vendor gets without writing Python: the standard OpenAPI security schemes as an ``httpx.Auth``
(an API key in a header, HTTP basic, an HTTP bearer token) and a plain JSON response handler (a 2xx
body is the payload; any other status is the error its code table names, keyed by the HTTP status).

A spec's schemes reach the runtime as ``ApiSpec.security``: ``(kind, header, credential arguments)``
with kind ``header``, ``basic``, ``bearer`` or ``custom`` (a scheme the vendor's own auth flow fills).
"""

from __future__ import annotations

import base64
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from commspec._spec import ApiSpec, Operation
from commspec._wire import read_json
from commspec.errors import ConfigurationError, error_class_for_http_status, error_class_for_kind

if TYPE_CHECKING:
    from commspec._client import AuthContext

STANDARD_KINDS = frozenset({"header", "basic", "bearer"})


def is_standard(api: ApiSpec) -> bool:
    """Every scheme the API requires is a standard one, so ``standard_auth`` covers it."""
    return bool(api.security) and all(kind in STANDARD_KINDS for kind, _, _ in api.security)


class StandardAuth(httpx.Auth):
    """Sets the headers of the API's standard security schemes on every request it sends."""

    def __init__(self, api: ApiSpec, credentials: Mapping[str, str]) -> None:
        headers: dict[str, str] = {}
        for kind, header, arguments in api.security:
            values = [credentials[name] for name in arguments]
            if kind == "header":
                headers[header] = values[0]
            elif kind == "basic":
                token = base64.b64encode(":".join(values).encode()).decode("ascii")
                headers[header] = f"Basic {token}"
            elif kind == "bearer":
                headers[header] = f"Bearer {values[0]}"
            else:
                raise ConfigurationError(
                    "auth", f"{api.vendor}: a {kind} scheme needs the vendor's auth flow"
                )
        self._headers = headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return f"StandardAuth(headers={sorted(self._headers)})"  # names only: values are secrets


def standard_auth(context: AuthContext) -> httpx.Auth:
    """The auth of a vendor whose spec declares only standard schemes (``x-commspec.client`` without
    ``auth``)."""
    return StandardAuth(context.api, context.arguments)


def handle_json_response(operation: Operation, response: httpx.Response) -> Any:
    """A 2xx JSON body (None when empty); else the APIError its HTTP status names in the code table
    (``codes: {"404": {meaning, kind}}``), or the class the status means."""
    if response.is_success:
        return read_json(response, operation=operation.qualified_name) if response.content else None
    api = operation.api
    code = str(response.status_code)
    known = api.codes.get(code)
    cls = error_class_for_kind(known[1]) if known else error_class_for_http_status(response.status_code)
    return_message = (known[0] if known else "") or response.reason_phrase or "HTTP error"
    raise cls(
        vendor=api.vendor,
        code=code,
        message=return_message,
        http_status=response.status_code,
        response=response,
    )
