"""ITNIO reports failures in a 200 body: ``{"status": "-20", "reason": "...", "data": null}``."""

from __future__ import annotations

from typing import Any

import httpx

from commspec._spec import Operation
from commspec._wire import read_json
from commspec.errors import ResponseFormatError, error_class_for_http_status, error_class_for_kind


def handle_itnio_response(operation: Operation, response: httpx.Response) -> Any:
    """The envelope of a success (checked against the spec by ``commspec._response``), else the typed
    APIError for the status code it carries."""
    api = operation.api
    name = operation.qualified_name
    if not response.is_success:
        # Undocumented for ITNIO (always 200), but gateways in front of it do answer 429/5xx.
        cls = error_class_for_http_status(response.status_code)
        raise cls(
            vendor=api.vendor,
            code=str(response.status_code),
            message=response.reason_phrase or "unexpected HTTP status",
            http_status=response.status_code,
            response=response,
        )
    payload = read_json(response, operation=name)
    status = payload.get("status") if isinstance(payload, dict) else None
    # A failure code is reported even when sent as a number; a success is then checked by the spec.
    if isinstance(status, bool) or not isinstance(status, str | int):
        raise ResponseFormatError(
            f"{name}: the ITNIO envelope has no status field (http {response.status_code})",
            response=response,
            operation=name,
        )
    code = str(status)
    if code == api.success_code:
        return payload
    meaning, kind = api.codes.get(code, ("undocumented status code", "api_error"))
    reason = payload.get("reason")
    raise error_class_for_kind(kind)(
        vendor=api.vendor,
        code=code,
        message=reason if isinstance(reason, str) and reason else meaning,
        http_status=response.status_code,
        response=response,
        body=payload,
    )
