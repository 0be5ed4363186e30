"""IOVOX's wire: request bodies are XSD-validated XML (``encode_xml``, the pipeline's body encoder);
responses are ``<errors><error status="400">…</error>…</errors>`` (or a bare ``<error>``) on
failure, mapped through the spec's code table; XML, JSON (``output=JSON``) or nothing on success.

IOVOX sends no numeric code: the table key (``x-commspec.codes``) is the error string, with a regex
for parameterised strings (``Request Method must be PUT. POST attempted``). ``APIError.code`` is the
table key (stable, switchable), ``message``/``messages`` the exact text(s) sent.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from commspec._spec import ApiSpec, Operation
from commspec._wire import read_json
from commspec._xml_binding import to_xml
from commspec._xml_safe import XmlRefusedError
from commspec.errors import APIError, error_class_for_http_status, error_class_for_kind
from commspec.iovox._error_envelope import read_errors


def encode_xml(operation: Operation, body: Any) -> tuple[bytes, str]:
    """The pipeline's body encoder: XSD-validated XML (ValidationError, nothing sent, when invalid)."""
    return to_xml(body, operation=operation.qualified_name), "application/xml"


def match_code(api: ApiSpec, message: str) -> tuple[str, str] | None:
    """(table key, error kind) of an IOVOX error string: exact key first, then the key's pattern."""
    if message in api.codes:
        return message, api.codes[message][1]
    for code, pattern in api.code_patterns.items():
        if re.fullmatch(pattern, message):
            return code, api.codes[code][1]
    return None


def error_for(api: ApiSpec, status: int, messages: list[str], response: httpx.Response | None) -> APIError:
    """The typed error for the messages of one failed response (every message kept, in order)."""
    if not messages:
        cls = error_class_for_http_status(status)
        return cls(
            vendor=api.vendor,
            code=str(status),
            message=(response.reason_phrase if response is not None else "") or "unexpected HTTP status",
            http_status=status,
            response=response,
        )
    matched = [match_code(api, message) for message in messages]
    first = matched[0]
    if status == 401:
        cls = error_class_for_http_status(401)
    elif status >= 500:
        cls = error_class_for_http_status(status)
    elif first is not None:
        cls = error_class_for_kind(first[1])
    else:
        cls = error_class_for_http_status(status)
    return cls(
        vendor=api.vendor,
        code=first[0] if first is not None else messages[0],
        message=messages[0],
        http_status=status,
        response=response,
        messages=messages,
    )


def handle_iovox_response(operation: Operation, response: httpx.Response) -> Any:
    """Success: parsed JSON for ``output=JSON`` operations, else the raw bytes (maybe empty).

    Failure: the typed APIError. An error body that is refused (DTD, entities, oversize: never
    expanded) or unreadable tells nothing more than its HTTP status, which then decides the class.
    """
    status = response.status_code
    if 200 <= status < 300:
        if operation.fixed_query.get("output") == "JSON":
            return read_json(response, operation=operation.qualified_name)
        return response.content
    try:
        messages = [entry.message for entry in read_errors(response.content)]
    except XmlRefusedError:
        messages = []
    raise error_for(operation.api, status, messages, response)
