"""What a vendor echoes back of the request's credentials, cut out of the errors built from its answer.

A vendor error text that quotes the request (``reason: "bad Sign 05d7a5..., Api-Key bDqJ..."``) would
carry a replayable signature, a key or a token into exception messages, logs and error trackers. The
values come from the request that was actually sent (``response.request``), so the one mechanism covers
every vendor and every attempt's fresh signature or token.
"""

from __future__ import annotations

from typing import Any

import httpx

from commspec._logging import SECRET_HEADERS

MASK = "<redacted>"


def secrets_of(response: httpx.Response | None) -> tuple[str, ...]:
    """The credential-bearing header values of the request behind ``response``, longest first (one
    value may contain another)."""
    if response is None:
        return ()
    try:
        request = response.request
    except RuntimeError:  # a response built by hand, without its request
        return ()
    headers = request.headers.multi_items()
    found = {value for name, value in headers if name.lower() in SECRET_HEADERS and value}
    return tuple(sorted(found, key=len, reverse=True))


def redact(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` with every secret replaced by ``MASK``, through nested dicts and lists (a new value;
    the vendor's payload is left as it was)."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, MASK)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode(), MASK.encode())
        return value
    if isinstance(value, dict):
        return {redact(k, secrets): redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, secrets) for v in value]
    if isinstance(value, tuple):
        return tuple(redact(v, secrets) for v in value)
    return value
