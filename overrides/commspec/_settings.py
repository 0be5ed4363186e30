"""Checks of the transport settings a user passes (timeout, retries, size cap), run when a client, a
``with_options`` view or a ``RetryPolicy`` is built, so a bad value fails there with a
``ConfigurationError`` naming the argument and the rule instead of with a raw error at call time."""

from __future__ import annotations

import math
from typing import Any

import httpx

from commspec.errors import ConfigurationError

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # 10 MB of decoded body per response

_TIMEOUT_RULE = (
    "must be None (the default), a finite number of seconds > 0, or an httpx.Timeout whose parts are each "
    "None or a finite number > 0"
)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_seconds(argument: str, value: Any, *, allow_zero: bool = False) -> float:
    """A finite number of seconds, > 0 (>= 0 with ``allow_zero``)."""
    if not _is_number(value) or not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ConfigurationError(argument, f"must be a finite number of seconds {bound}")
    return float(value)


def check_timeout(value: Any, argument: str = "timeout") -> None:
    """``None``, a number of seconds, or an ``httpx.Timeout`` (0, NaN and inf refused: use None for none)."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if all(part is None or (_is_number(part) and math.isfinite(part) and part > 0) for part in parts):
            return
    elif _is_number(value) and math.isfinite(value) and value > 0:
        return
    raise ConfigurationError(argument, _TIMEOUT_RULE)


def check_count(value: Any, argument: str) -> int:
    """An ``int`` >= 0 (``True`` is not a count)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(argument, "must be an int >= 0")
    return value


def check_max_response_bytes(value: Any, argument: str = "max_response_bytes") -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigurationError(argument, "must be an int >= 1 (bytes of decoded response body)")
    return value
