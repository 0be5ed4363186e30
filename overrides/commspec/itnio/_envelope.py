"""ITNIO reports failures in a 200 body: ``{"status": "-20", "reason": "...", "data": null}``."""

from __future__ import annotations

from typing import Any

import httpx

from commspec._spec import Operation
from commspec._wire import read_json
from commspec.errors import ResponseFormatError, error_class_for_http_status, error_class_for_kind


def handle_itnio_response(operation: Operation, response: httpx.Response) -> Any:
    api = operation.api
    if response.status_code != 200:
        # Undocumented for ITNIO (always 200), but gateways in front of it do answer 429/5xx.
        cls = error_class_for_http_status(response.status_code)
        raise cls(
            vendor=api.vendor,
            code=str(response.status_code),
            message=response.reason_phrase or "unexpected HTTP status",
            http_status=response.status_code,
            response=response,
        )
    payload = read_json(response)
    if not isinstance(payload, dict) or "status" not in payload:
        raise ResponseFormatError("the ITNIO envelope has no status field", response=response)
    status = str(payload["status"])
    if status == api.success_code:
        return payload
    meaning, kind = api.codes.get(status, ("undocumented status code", "api_error"))
    reason = payload.get("reason")
    raise error_class_for_kind(kind)(
        vendor=api.vendor,
        code=status,
        message=str(reason) if reason else meaning,
        http_status=response.status_code,
        response=response,
        body=payload,
    )
