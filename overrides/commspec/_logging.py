"""Debug logging of requests and responses with every credential-bearing header redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import httpx

logger = logging.getLogger("commspec")

# Lower-case header names whose values are secrets or derived from secrets: the specs' credential
# headers (each generated ``spec.py`` registers its own when imported, see ``ApiSpec``), and
# ``Authorization`` for anything a user's own httpx client adds.
SECRET_HEADERS: set[str] = {"authorization"}


def register_secret_headers(names: Iterable[str]) -> None:
    SECRET_HEADERS.update(name.lower() for name in names)


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


def log_request(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            request.url.copy_with(query=None),
            attempt,
            redacted_headers(request.headers),
        )


def log_response(response: httpx.Response, elapsed: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s status=%d elapsed=%.3fs headers=%s",
            response.request.method,
            response.request.url.copy_with(query=None),
            response.status_code,
            elapsed,
            redacted_headers(response.headers),
        )
