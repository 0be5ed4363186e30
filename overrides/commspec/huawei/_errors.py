"""Huawei MSGSMS failures: HTTP 4xx/5xx with ``{"error_code", "error_msg"[, "error_detail"]}``.

The code table is data in the spec (``operation.api.codes``: code -> (meaning, kind)); a code that is
absent or unknown (``APIGW.xxxx`` from the API gateway, an HTML error page) falls back on the HTTP status.
"""

from __future__ import annotations

from typing import Any

import httpx

from commspec._spec import Operation
from commspec._wire import read_json
from commspec.errors import APIError, error_class_for_http_status, error_class_for_kind

REQUEST_ID_HEADER = "X-Request-Id"


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def handle_huawei_response(operation: Operation, response: httpx.Response) -> Any:
    """The JSON payload of a 2xx answer (None for an empty body), else raise the typed APIError."""
    if response.is_success:
        if not response.content:
            # A body-less success (delete): the generated facade returns None.
            return None
        return read_json(response)
    raise error_from_response(operation, response)


def error_from_response(operation: Operation, response: httpx.Response) -> APIError:
    api = operation.api
    status = response.status_code
    body = _json_or_none(response)
    code, message = str(status), response.reason_phrase or "HTTP error"
    if isinstance(body, dict):
        if body.get("error_code"):
            code = str(body["error_code"])
            message = str(body.get("error_msg") or message)
        elif isinstance(body.get("error"), dict):  # Keystone form, as IAM answers
            code = str(body["error"].get("code", code))
            message = str(body["error"].get("message") or message)
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
