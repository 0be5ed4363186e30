"""Vendor codes the shared mock layers need, read from the spec's code table (never hand-kept)."""

from __future__ import annotations

from commspec._spec import ApiSpec


def server_error_code(api: ApiSpec) -> str:
    """The vendor's own code for an internal failure: the first of kind ``server_error`` in the spec."""
    return next(code for code, (_, kind) in api.codes.items() if kind == "server_error")
