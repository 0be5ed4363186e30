"""Answers of the SMS sending API: ``{"code", "description", "result": [one entry per number]}``.

``code`` equal to the spec's ``success-code`` ("000000") is an accepted request. Partial success is
normal here: each number has its own ``status`` in ``result``, and a number that failed does not stop
the others. So an answer that lists at least one accepted number is returned as it is, whatever its
``code`` (raising would hide the message ids of SMS that were sent, and a retry would send them again);
the caller reads each number's ``status``. An answer with no accepted number raises the typed error of
its ``code`` (the spec's code table), or of the HTTP status when the body is not the API's.
"""

from __future__ import annotations

from typing import Any

import httpx

from commspec._spec import Operation
from commspec._wire import json_or_none, read_json
from commspec.errors import APIError, ResponseFormatError, error_class_for_http_status, error_class_for_kind


def handle_sms_response(operation: Operation, response: httpx.Response) -> Any:
    api = operation.api
    name = operation.qualified_name
    if response.is_success:
        payload = read_json(response, operation=name)
        if not isinstance(payload, dict):
            raise ResponseFormatError(
                f"{name}: the answer is not a JSON object", response=response, operation=name
            )
    else:
        payload = json_or_none(response)
    code = payload.get("code") if isinstance(payload, dict) else None
    if not isinstance(code, str):
        if response.is_success:  # the schema requires code: commspec._response names what is missing
            return payload
        raise _error(operation, response, str(response.status_code), response.reason_phrase, None)
    if code == api.success_code or accepted_numbers(payload, api.success_code):
        return payload
    description = payload.get("description")
    raise _error(operation, response, code, description if isinstance(description, str) else "", payload)


def accepted_numbers(payload: dict[str, Any], success_code: str | None) -> int:
    """How many entries of ``result`` have the success status."""
    result = payload.get("result")
    if not isinstance(result, list):
        return 0
    return sum(1 for entry in result if isinstance(entry, dict) and entry.get("status") == success_code)


def _error(
    operation: Operation, response: httpx.Response, code: str, message: str, body: dict[str, Any] | None
) -> APIError:
    api = operation.api
    known = api.codes.get(code)
    cls = error_class_for_kind(known[1]) if known else error_class_for_http_status(response.status_code)
    return cls(
        vendor=api.vendor,
        code=code,
        message=message or (known[0] if known else "HTTP error"),
        http_status=response.status_code,
        response=response,
        body=body,
    )
