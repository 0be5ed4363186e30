"""The exception hierarchy shared by every vendor client.

One base class, one class per meaning. Vendor code tables live in specs/ (``x-commspec.codes``) and
map each code to a *kind*; ``error_class_for_kind`` turns that kind into the class raised here.
Messages never contain credentials: they are built from vendor text and field paths only, and vendor
text is cleared of the request's credential header values (``commspec._redaction``).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Self, TypeVar

import httpx

from commspec._redaction import redact, secrets_of

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIOutcomeUnknownError",
    "APIOutcomeUnknownTimeoutError",
    "APITimeoutError",
    "AuthenticationError",
    "CommspecError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InsufficientBalanceError",
    "InvalidParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "ServerError",
    "TimestampExpiredError",
    "ValidationError",
    "error_class_for_kind",
]

# Field errors kept (and listed in the message) by one exception; the rest are counted. A hostile answer
# of 600 kB can break its schema 300,000 times: listing each took hundreds of MB and seconds.
MAX_FIELD_ERRORS: Final = 50


class CommspecError(Exception):
    """Base class of every error raised by commspec.

    Every commspec error survives ``pickle`` and ``copy`` with its fields (a vendor 404 raised in a
    ``ProcessPoolExecutor`` worker reaches the parent as the same NotFoundError), rebuilt from its
    message and attributes without calling ``__init__``, as botocore's ``ClientError.__reduce__`` does
    for its own. A pickled error leaves out the httpx ``response`` / ``request`` it may hold (None
    after unpickling): their headers carry the request's credentials, and a pickle may be stored (a
    task queue's result backend). ``copy.copy`` and ``copy.deepcopy`` keep them, by reference.
    """

    # Attributes that hold httpx objects: by reference in copies, left out of pickles.
    _TRANSPORT_FIELDS: ClassVar[frozenset[str]] = frozenset({"response", "request"})

    def __reduce__(self) -> tuple[Any, ...]:
        fields = {k: (None if k in self._TRANSPORT_FIELDS else v) for k, v in vars(self).items()}
        return (_rebuild, (type(self), self.args, fields))

    def __copy__(self) -> Self:
        return _rebuild(type(self), self.args, dict(vars(self)))

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        fields = {
            k: (v if k in self._TRANSPORT_FIELDS else copy.deepcopy(v, memo)) for k, v in vars(self).items()
        }
        return _rebuild(type(self), copy.deepcopy(self.args, memo), fields)


E = TypeVar("E", bound=CommspecError)


def _rebuild(cls: type[E], args: tuple[Any, ...], fields: dict[str, Any]) -> E:
    """An error of ``cls`` with ``args`` (its message) and ``fields``, ``__init__`` not called (the
    constructors take keyword arguments, and would format the message again)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(fields)
    return error


@dataclass(frozen=True, slots=True)
class FieldError:
    """One violated rule: ``path`` is the wire path (``flow[0].waitingTime``), ``rule`` a short name."""

    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.rule}]"


def field_error_lines(errors: Sequence[FieldError], count: int | None = None) -> str:
    """The first ``MAX_FIELD_ERRORS`` of ``errors`` one per line, then how many more there were
    (``count``: the total, when more were found than ``errors`` holds; ``-1``: the check stopped early,
    so the total is unknown)."""
    shown = errors[:MAX_FIELD_ERRORS]
    lines = "\n".join(f"  - {error}" for error in shown)
    total = len(errors) if count is None else count
    if total < 0:
        lines += f"\n  - ... more not listed (the check stopped after {len(shown)})"
    elif total > len(shown):
        lines += f"\n  - ... and {total - len(shown):,} more"
    return lines


class ValidationError(CommspecError, ValueError):
    """Input broke a documented rule; raised before any request is sent."""

    def __init__(self, operation: str, errors: Sequence[FieldError]) -> None:
        self.operation = operation
        self.errors: tuple[FieldError, ...] = tuple(errors)
        lines = "\n".join(f"  - {error}" for error in self.errors)
        super().__init__(f"{operation}: {len(self.errors)} invalid field(s), nothing was sent\n{lines}")


class WebhookPayloadError(ValidationError):
    """A pushed callback body (a status report, a call record) that is not the documented event: wrong
    content type, too large, not UTF-8, nested too deeply, or a field missing or mistyped. ``errors``
    name each field and rule; nothing of the body is returned."""

    def __init__(self, webhook: str, errors: Sequence[FieldError]) -> None:
        self.operation = webhook
        self.errors = tuple(errors)
        lines = "\n".join(f"  - {error}" for error in self.errors)
        CommspecError.__init__(self, f"{webhook}: the pushed body is not the documented event\n{lines}")


class ConfigurationError(CommspecError, ValueError):
    """A client was built with an invalid setting (credential, timeout, retry policy, size cap).

    Raised by the constructor, before any request. ``argument`` names the setting (and the environment
    variable it came from, if any), ``rule`` what is wrong; the value itself is never echoed: it may be
    a secret.
    """

    def __init__(self, argument: str, rule: str) -> None:
        self.argument = argument
        self.rule = rule
        super().__init__(f"{argument}: {rule}")


class APIConnectionError(CommspecError):
    """The request could not be completed at the transport level (after all retries)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (after all retries)."""


class ResponseFormatError(CommspecError):
    """The vendor answered with a body that does not match its documented format.

    ``operation`` names the call (``"huawei.templates_update"``) when known; ``errors`` holds one
    FieldError per spec violation (``data.flow[1].waitingTime``), empty when the body was not even
    readable (not JSON, truncated, too deep, a refused XML construct). At most ``MAX_FIELD_ERRORS`` are
    kept; ``error_count`` says how many were found.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        operation: str | None = None,
        errors: Sequence[FieldError] = (),
        error_count: int | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.operation = operation
        # The first MAX_FIELD_ERRORS only; ``error_count`` is how many were found (-1: the check stopped
        # after the ones kept, the total is unknown).
        self.errors: tuple[FieldError, ...] = tuple(errors[:MAX_FIELD_ERRORS])
        self.error_count = len(errors) if error_count is None else error_count


class ResponseTooLargeError(ResponseFormatError):
    """The response body grew past the client's ``max_response_bytes`` (counted after decompression).

    Nothing more was read and the connection was closed.
    """

    def __init__(self, max_response_bytes: int, *, response: httpx.Response | None = None) -> None:
        self.max_response_bytes = max_response_bytes
        status = f"http {response.status_code} " if response is not None else ""
        super().__init__(
            f"{status}response body exceeds max_response_bytes={max_response_bytes:,} (decoded bytes); "
            "not read further",
            response=response,
        )


class APIError(CommspecError):
    """The vendor answered and reported a failure.

    ``code`` is the vendor's code exactly as sent (``"-20"``, ``"MSGSMS.0008"``, ``"401"``),
    ``message`` its text, ``messages`` every message when the vendor sent several.
    """

    kind: ClassVar[str] = "api_error"

    def __init__(
        self,
        *,
        vendor: str,
        code: str,
        message: str,
        http_status: int | None = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        messages: Sequence[str] = (),
        body: Any = None,
    ) -> None:
        # A vendor text may quote the request: its credential headers (Sign, Api-Key, tokens, secureKey)
        # are cut out before anything is kept or formatted.
        secrets = secrets_of(response)
        self.vendor = vendor
        self.code = redact(code, secrets)
        self.message = redact(message, secrets)
        self.http_status = http_status
        self.request_id = request_id
        self.response = response
        self.messages: tuple[str, ...] = redact(tuple(messages), secrets) or (self.message,)
        self.body = redact(body, secrets)
        details = f"http {http_status}" if http_status is not None else ""
        if request_id:
            details += f", request id {request_id}"
        suffix = f" ({details.strip(', ')})" if details else ""
        super().__init__(f"{vendor} error {self.code}: {'; '.join(self.messages)}{suffix}")


class AuthenticationError(APIError):
    kind = "authentication"


class TimestampExpiredError(AuthenticationError):
    kind = "timestamp_expired"


class PermissionDeniedError(APIError):
    kind = "permission"


class NotFoundError(APIError):
    kind = "not_found"


class ConflictError(APIError):
    kind = "conflict"


class InvalidParameterError(APIError):
    kind = "invalid_parameter"


class RateLimitError(APIError):
    kind = "rate_limited"


class ServerError(APIError):
    kind = "server_error"


class InsufficientBalanceError(APIError):
    kind = "insufficient_balance"


class APIOutcomeUnknownError(APIConnectionError):
    """The request was sent, then the connection failed before the answer came: the vendor may have
    applied it. Raised, instead of sending it again, for an operation that the spec marks unsafe to
    repeat (``x-commspec-idempotent: false``): a blind repeat would report the caller's own change as
    NotFound or Conflict, or apply it twice. Check the state (retrieve, list) before trying again.

    ``operation`` is the qualified operation name (``huawei.templates_update``).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, operation: str = "") -> None:
        super().__init__(message, request=request)
        self.operation = operation


class APIOutcomeUnknownTimeoutError(APIOutcomeUnknownError, APITimeoutError):
    """``APIOutcomeUnknownError`` because the answer did not come in time (``except APITimeoutError``
    still catches it)."""


class RedirectError(APIError):
    """The server answered a redirect (3xx with ``Location``); commspec never follows one, since the other
    host would receive the request's credentials.

    ``target_host`` is where it pointed (``host`` or ``host:port``); the message and the attributes never
    hold the target's path, query or user info. ``code`` is the HTTP status as a string.
    """

    kind = "redirect"

    def __init__(self, *, target_host: str, **kwargs: Any) -> None:
        self.target_host = target_host
        super().__init__(**kwargs)


_BY_KIND: dict[str, type[APIError]] = {
    cls.kind: cls
    for cls in (
        APIError,
        AuthenticationError,
        TimestampExpiredError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        InvalidParameterError,
        RateLimitError,
        ServerError,
        InsufficientBalanceError,
    )
}

ERROR_KINDS: frozenset[str] = frozenset(_BY_KIND)


def error_class_for_kind(kind: str) -> type[APIError]:
    """The exception class for an error kind of the specs' code tables (unknown kinds: APIError)."""
    return _BY_KIND.get(kind, APIError)


def error_class_for_http_status(status: int) -> type[APIError]:
    """Fallback mapping when a vendor code is absent or unknown."""
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 409:
        return ConflictError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    if 400 <= status < 500:
        return InvalidParameterError
    return APIError
