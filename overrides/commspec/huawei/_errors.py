"""Huawei MSGSMS failures: HTTP 4xx/5xx with ``{"error_code", "error_msg"[, "error_detail"]}``.

The code table is data in the spec (``operation.api.codes``: code -> (meaning, kind)); a code that is
absent or unknown (``APIGW.xxxx`` from the API gateway, an HTML error page) falls back on the HTTP status.
"""

from __future__ import annotations

from typing import Any

import httpx

from commspec._spec import Operation
from commspec._wire import json_or_none, read_json
from commspec.errors import APIError, error_class_for_http_status, error_class_for_kind

REQUEST_ID_HEADER = "X-Request-Id"


def handle_huawei_response(operation: Operation, response: httpx.Response) -> Any:
    """The JSON payload of a 2xx answer (None for an empty body), else raise the typed APIError."""
    if response.is_success:
        if not response.content:
            # A body-less success (delete): the generated facade returns None.
            return None
        payload = read_json(response, operation=operation.qualified_name)
        if isinstance(payload, dict) and _text(payload.get("error_code")):
            # An error body under a 2xx (seen from API gateways) is the failure it reports, not data.
            raise error_from_response(operation, response)
        return payload
    raise error_from_response(operation, response)


def error_from_response(operation: Operation, response: httpx.Response) -> APIError:
    api = operation.api
    status = response.status_code
    body = json_or_none(response)
    code, message = str(status), response.reason_phrase or "HTTP error"
    if isinstance(body, dict):
        keystone = body.get("error")
        if _text(body.get("error_code")):
            code = _text(body["error_code"])
            message = _text(body.get("error_msg")) or message
        elif isinstance(keystone, dict):  # Keystone form, as IAM answers
            code = _text(keystone.get("code")) or code
            message = _text(keystone.get("message")) or message
    else:
        body = None
    known = api.codes.get(code)
    cls = error_class_for_kind(known[1]) if known else error_class_for_http_status(status)
    if known and not message:
        message = known[0]
    return cls(
        vendor=api.vendor,
        code=code,
        message=message,
        http_status=status,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        response=response,
        body=body,
    )


def _text(value: Any) -> str:
    """A code or message as sent when it is a string or a number; anything else does not count."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""
