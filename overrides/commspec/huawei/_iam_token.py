"""One IAM token request: build it, and turn IAM's answer into a token or a commspec error.

Spec: specs/huawei/iam.openapi.yaml (``POST /v3/auth/tokens``, password method, project scope).
Nothing here may put the password or the token into a message, a repr or a log line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from commspec import errors
from commspec._version import USER_AGENT
from commspec_generated.huawei_iam import spec as iam_spec

__all__ = ["IamToken", "build_token_request", "parse_token_response", "transport_error"]

VENDOR = iam_spec.API.vendor
TOKEN_REQUEST = iam_spec.TOKENS_CREATE
SUBJECT_TOKEN_HEADER = iam_spec.API.headers["SubjectToken"]


@dataclass(frozen=True, slots=True)
class IamToken:
    """A token and when to stop using it (epoch seconds); ``refresh_at`` is inf for pre-issued tokens."""

    value: str = field(repr=False)
    refresh_at: float = math.inf
    expires_at: float = math.inf

    def is_fresh(self, now: float) -> bool:
        return now < self.refresh_at


def build_token_request(
    iam_url: str, *, user_name: str, password: str, domain_name: str, project_id: str
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request``.

    ``nocatalog`` keeps the body small: the service catalog can be tens of kilobytes and is unused.
    """
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {"name": user_name, "password": password, "domain": {"name": domain_name}}
                },
            },
            "scope": {"project": {"id": project_id}},
        }
    }
    return {
        "method": TOKEN_REQUEST.method,
        "url": iam_url.rstrip("/") + TOKEN_REQUEST.path,
        "params": {"nocatalog": "true"},
        "json": body,
        "headers": {"User-Agent": USER_AGENT},
    }


def parse_token_response(
    response: httpx.Response, *, fetched_at: float, margin: float, secrets: tuple[str, ...] = ()
) -> IamToken:
    """The token of a successful answer, or raise the matching commspec error.

    ``secrets`` (the password) are masked out of the error should IAM ever echo them back.
    """
    if not response.is_success:
        raise _api_error(response, secrets)
    value = response.headers.get(SUBJECT_TOKEN_HEADER)
    if not value:
        raise errors.ResponseFormatError(
            f"IAM answered {response.status_code} without {SUBJECT_TOKEN_HEADER}"
        )
    try:
        expires_at = datetime.fromisoformat(response.json()["token"]["expires_at"]).timestamp()
    except (ValueError, KeyError, TypeError, RecursionError) as exc:  # RecursionError: ~100,000-deep JSON
        raise errors.ResponseFormatError(
            f"IAM answered {response.status_code} without a valid token.expires_at ({type(exc).__name__})"
        ) from None
    # A lifetime shorter than the margin (a test mock, a clock skew) must not refetch on every call:
    # refresh halfway through such a short lifetime instead.
    lifetime = max(expires_at - fetched_at, 0.0)
    return IamToken(value=value, refresh_at=expires_at - min(margin, lifetime / 2), expires_at=expires_at)


def _api_error(response: httpx.Response, secrets: tuple[str, ...]) -> errors.APIError:
    body = _json_or_none(response)
    if any(secret and secret in response.text for secret in secrets):
        body = None
    code, message = str(response.status_code), response.reason_phrase or "IAM token request failed"
    if isinstance(body, dict):
        keystone = body.get("error")
        if isinstance(keystone, dict):  # {"error": {"code": 401, "message": ..., "title": ...}}
            code = str(keystone.get("code", code))
            message = str(keystone.get("message") or keystone.get("title") or message)
        elif "error_code" in body:  # {"error_code": ..., "error_msg": ...}
            code = str(body["error_code"])
            message = str(body.get("error_msg") or message)
    status = response.status_code
    cls: type[errors.APIError]
    if status >= 500:
        cls = errors.ServerError
    elif status == 429:
        cls = errors.RateLimitError
    else:
        cls = errors.AuthenticationError
    # No ``response=``: its request holds the password, and exceptions travel far (logs, error trackers).
    return cls(
        vendor=VENDOR,
        code=code,
        message=f"IAM token request failed: {_mask(message, secrets)}",
        http_status=status,
        request_id=response.headers.get("X-Request-Id"),
        body=body,
    )


def transport_error(exc: httpx.TransportError, url: str) -> errors.APIConnectionError:
    """A connection/timeout failure of the token request, without httpx's message (it may echo data)."""
    text = f"IAM token request to {url} failed: {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(text)
    return errors.APIConnectionError(text)


def _mask(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):  # RecursionError: ~100,000-deep JSON
        return None
