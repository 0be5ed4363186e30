"""Vendor codes the shared mock layers need, read from the spec's code table (never hand-kept)."""

from __future__ import annotations

from commspec._spec import ApiSpec
from commspec.errors import error_class_for_http_status


def server_error_code(api: ApiSpec) -> str:
    """The vendor's own code for an internal failure: the first of kind ``server_error`` in the spec."""
    return next(code for code, (_, kind) in api.codes.items() if kind == "server_error")


def code_for_status(api: ApiSpec, status: int) -> str | None:
    """The vendor's code for an answer with HTTP ``status`` (an injected "status" fault): the code the
    spec gives that status, else a code named by it (IAM's codes are statuses), else the first code of
    the kind a client reads that status as (403: permission, 5xx: server_error, ...); ``None`` when the
    table has none of that kind (the answer then names the status only)."""
    kind = error_class_for_http_status(status).kind
    for code, code_status in api.code_statuses.items():
        if code_status == status and api.codes[code][1] == kind:
            return code
    if str(status) in api.codes:
        return str(status)
    return next((code for code, (_, code_kind) in api.codes.items() if code_kind == kind), None)
