"""The request pipeline every generated method calls: request building, pre-flight validation, retries,
timeouts, logging, and handing the response to the vendor's response handler. (Not an httpx transport:
it sits above ``httpx.Client``, whose transport sends each attempt.)

Retries happen above ``httpx.Auth``: each attempt goes through ``client.send(..., auth=...)`` so it is
signed (ITNIO) or tokened (Huawei) afresh. Each attempt is one ``commspec._attempt`` send: redirects
refused, the body read under ``max_response_bytes``, the attempt bounded by its timeout and the call
by the retry budget.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from commspec import _logging
from commspec._attempt import (
    DEADLINE_EXTENSION,
    AttemptLimits,
    DeadlineExceeded,
    async_send_attempt,
    send_attempt,
)
from commspec._multipart import MULTIPART, encode_multipart, read_files
from commspec._pagination import AsyncPage, AsyncPaginator, Page
from commspec._paths import body_errors, build_path, value_rule
from commspec._raw import RawResponse
from commspec._response import AnswerTimeout, answer_limits
from commspec._retry import RetryPolicy, async_send_with_retries, error_is_retryable, send_with_retries
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES, check_timeout
from commspec._spec import ApiSpec, Operation
from commspec._version import USER_AGENT
from commspec._wire import omit_none, to_wire
from commspec.errors import (
    APIConnectionError,
    APIOutcomeUnknownError,
    APIOutcomeUnknownTimeoutError,
    APITimeoutError,
    FieldError,
    ValidationError,
)

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# An asyncio client reads answers larger than this in a worker thread: parsing and checking a few MB
# (an IOVOX flow's XSD check above all) must not hold up the event loop.
OFF_LOOP_BYTES = 64 * 1024
# The request extension naming the pipeline that sends a request: an auth flow that sends requests of
# its own (the Huawei IAM token) sends them with that call's settings (timeout, retries, size cap).
PIPELINE_EXTENSION = "commspec.pipeline"
# Parsed request URLs kept per pipeline (parsing one costs about as much as the rest of building the
# request); bounded, since paths carry ids.
URL_CACHE_SIZE = 512


class ResponseHandler(Protocol):
    """Vendor mechanism: return the success payload or raise the typed ``APIError``."""

    def __call__(self, operation: Operation, response: httpx.Response) -> Any: ...


class BodyEncoder(Protocol):
    def __call__(self, operation: Operation, body: Any) -> tuple[bytes, str]: ...


def encode_json(operation: Operation, body: Any) -> tuple[bytes, str]:
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return content, "application/json"


FORM = "application/x-www-form-urlencoded"


def encode_form(operation: Operation, body: Mapping[str, Any]) -> tuple[bytes, str]:
    """The fields as ``application/x-www-form-urlencoded`` (UTF-8). A list is written as the spec's
    encoding says (``Operation.form_encoding``): one comma-separated value, one JSON array, or (no
    encoding given) the field repeated."""
    pairs: list[tuple[str, str]] = []
    for name, value in body.items():
        how = operation.form_encoding.get(name)
        if isinstance(value, list | tuple) and how == "json":
            pairs.append((name, json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))))
        elif isinstance(value, list | tuple):
            # Lists of text (numbers) are the common case: no per-item call for them.
            items = value if all(type(i) is str for i in value) else [_form_text(i) for i in value]
            pairs.extend([(name, ",".join(items))] if how == "csv" else [(name, item) for item in items])
        else:
            pairs.append((name, _form_text(value)))
    return "&".join(f"{_form_quote(k)}={_form_quote(v)}" for k, v in pairs).encode("ascii"), FORM


# Every byte -> its form encoding, as ``urllib.parse.quote_plus`` writes it (letters, digits and "_.-~"
# as they are, space as "+", any other byte as %XX); applied with str.translate, which runs in C:
# quote_plus takes milliseconds for 500 numbers.
_FORM_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_FORM_QUOTE = {b: chr(b) if b in _FORM_SAFE else "+" if b == 0x20 else f"%{b:02X}" for b in range(256)}


def _form_quote(text: str) -> str:
    return text.encode("utf-8", "surrogatepass").decode("latin-1").translate(_FORM_QUOTE)


def _form_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) or value is None else str(value)


def encode_body(operation: Operation, body: Any) -> tuple[bytes, str]:
    """JSON, or form fields or multipart parts for an operation whose spec declares such a body."""
    if operation.content_type == FORM and isinstance(body, Mapping):
        return encode_form(operation, body)
    if operation.content_type == MULTIPART and isinstance(body, Mapping):
        return encode_multipart(body)
    return encode_json(operation, body)


# Headers no per-call option may set: the auth headers (the spec's security headers and secret headers,
# and the Authorization / X-WSSE of WS-Security) stay the auth flow's alone, as openai-python keeps its
# own; and those httpx computes from the request itself.
_RESERVED_HEADERS = frozenset({"authorization", "x-wsse", "host", "content-length", "transfer-encoding"})
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")  # visible ASCII, spaces and tabs: no CR, LF or NUL


@dataclass(frozen=True, slots=True)
class CallOptions:
    """What one call adds to its request (``extra_headers=``, ``extra_query=``, ``extra_body=``,
    ``timeout=`` of every generated method), checked when the call is made."""

    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Mapping[str, Any] = field(default_factory=dict)
    timeout: httpx.Timeout | None = None

    @classmethod
    def of(
        cls,
        operation: Operation,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: float | httpx.Timeout | None,
    ) -> CallOptions | None:
        """The checked options, None when none was given. ValidationError (nothing sent) for a header
        that is an auth header or breaks the header rules, a query or body value that breaks the query
        and body rules, an ``extra_query`` key the operation fixes, or an ``extra_body`` for an
        operation without a JSON object body; ConfigurationError for a bad ``timeout``."""
        if extra_headers is None and extra_query is None and extra_body is None and timeout is None:
            return None
        check_timeout(timeout)
        errors = _header_errors(operation, extra_headers or {})
        query = dict(extra_query or {})
        for name in query:
            if name in operation.fixed_query:
                errors.append(FieldError(f"extra_query[{name!r}]", "fixed", "is fixed by the operation"))
        errors += [
            FieldError(f"extra_query[{name!r}]", *broken)
            for name, value in query.items()
            if (broken := value_rule(value)) is not None
        ]
        body = dict(extra_body or {})
        if body and operation.body_model is None:
            errors.append(FieldError("extra_body", "no_body", "the operation sends no JSON object body"))
        errors += body_errors(body, "extra_body")
        if errors:
            raise ValidationError(operation.qualified_name, errors)
        seconds = (
            None
            if timeout is None
            else timeout
            if isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(timeout)
        )
        return cls(dict(extra_headers or {}), query, body, seconds)


def _header_errors(operation: Operation, headers: Mapping[str, Any]) -> list[FieldError]:
    return header_errors((operation.api,), headers, "extra_headers")


def header_errors(apis: Iterable[ApiSpec], headers: Mapping[str, Any], argument: str) -> list[FieldError]:
    """The header rules of ``extra_headers=`` and ``default_headers=`` (``argument``): an HTTP header
    name, not one commspec sets (the auth headers of ``apis``, framing), a value of visible ASCII."""
    reserved = set(_RESERVED_HEADERS)
    for api in apis:
        reserved |= {h.lower() for h in api.headers.values()} | set(api.secret_headers)
    found = []
    for name, value in headers.items():
        where = f"{argument}[{name!r}]"
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            found.append(FieldError(where, "header_name", "must be an HTTP header name (RFC 9110 token)"))
        elif name.lower() in reserved:
            found.append(
                FieldError(
                    where, "auth_header", "is set by commspec (auth or framing) and cannot be replaced"
                )
            )
        elif not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            found.append(
                FieldError(where, "header_value", "must be a string of visible ASCII, spaces and tabs")
            )
    return found


class _Pipeline:
    def __init__(
        self,
        *,
        base_url: str,
        handler: ResponseHandler,
        auth: httpx.Auth | None,
        retry: RetryPolicy,
        encoder: BodyEncoder = encode_body,
        path_defaults: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        credentials: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # Sent on every request (``default_headers=``, checked by the client); a call's extra_headers win.
        self.default_headers = dict(default_headers or {})
        # Set on the copy ``with_raw_response`` makes: call() returns a RawResponse instead of the result.
        self.raw = False
        self.handler = handler
        self.auth = auth
        self.retry = retry
        self.encoder = encoder
        # Path parameters owned by the client, e.g. Huawei's project_id (spec: x-commspec.client-params).
        self.path_defaults = dict(path_defaults or {})
        self.timeout = timeout  # per request; None: the httpx client's own
        self.max_response_bytes = max_response_bytes  # decoded bytes of one response body
        self._urls: dict[Any, httpx.URL] = {}
        # Argument -> value; only a test's mock that answers instead of the vendor reads them.
        self.credentials = dict(credentials or {})

    def url(self, path: str, query: Mapping[str, Any] | None = None) -> httpx.URL:
        """The absolute URL of ``path`` (already percent-encoded) with ``query``, parsed once."""
        key = (path, *query.items()) if query else path
        try:
            url = self._urls.get(key)
        except TypeError:  # an unhashable query value (a list): built each time
            return httpx.URL(self.base_url + path, params=query)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[key] = httpx.URL(self.base_url + path, params=query)
        return url

    def limits(self, operation: Operation, request: httpx.Request) -> AttemptLimits:
        return AttemptLimits.of(
            request, self.max_response_bytes, operation.api.vendor, credentials=self.credentials
        )

    def prepare(
        self, operation: Operation, params: Mapping[str, Any], body: Any
    ) -> tuple[dict[str, Any], Any]:
        params = omit_none(params)  # an argument left None is not sent
        if operation.files:
            return self._prepare_files(operation, params, body)
        for name, value in self.path_defaults.items():
            if name in operation.path_params and not params.get(name):
                params[name] = value
        if body is not None and not isinstance(body, bytes):
            body = to_wire(body)
        from commspec._validation import preflight

        return preflight(operation, params, body)

    def _prepare_files(
        self, operation: Operation, params: dict[str, Any], body: Any
    ) -> tuple[dict[str, Any], Any]:
        """A multipart call: the path and query checked as any call's, each file part read and checked
        by its rules (``Operation.files``); every broken rule reported at once, nothing sent."""
        from commspec._validation import preflight

        for name, value in self.path_defaults.items():
            if name in operation.path_params and not params.get(name):
                params[name] = value
        fields = dict(body or {})
        files, errors = read_files(operation.files, fields)
        try:
            params, _ = preflight(operation, params, None)
        except ValidationError as error:
            errors = [*error.errors, *errors]
        if errors:
            raise ValidationError(operation.qualified_name, errors)
        return params, {**{k: v for k, v in fields.items() if k not in files}, **files}

    def build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        params: Mapping[str, Any],
        body: Any,
        options: CallOptions | None = None,
    ) -> httpx.Request:
        path = build_path(operation, params)
        query = {**operation.fixed_query}
        for name in operation.query_params:
            if name in params:
                value = params[name]
                query[name] = json.dumps(value) if isinstance(value, bool) else value
        headers: dict[str, str] = {"User-Agent": USER_AGENT, **self.default_headers}
        timeout = self.timeout
        if options is not None:
            query.update({k: json.dumps(v) if isinstance(v, bool) else v for k, v in options.query.items()})
            headers.update(options.headers)
            if options.body and isinstance(body, dict):
                body = {**body, **options.body}
            timeout = options.timeout or timeout
        content = None
        if body is not None:
            content, default_type = self.encoder(operation, body)
            # A multipart body's type carries its boundary: the API's fixed Content-Type cannot stand for it.
            fixed = operation.api.content_type if operation.content_type != MULTIPART else None
            headers["Content-Type"] = fixed or default_type
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        extra["extensions"] = {PIPELINE_EXTENSION: self}
        # httpx merges a client's default params into the query it is given: then it must be given it.
        in_url = bool(query) and not client.params
        return client.build_request(
            operation.method,
            self.url(path, query if in_url else None),
            params=None if in_url else query or None,
            content=content,
            headers=headers,
            **extra,
        )

    def answer(
        self,
        operation: Operation,
        request: httpx.Request,
        response: httpx.Response,
        parse: Callable[[Any], T] | None,
    ) -> Any:
        """The vendor's answer checked (``handler``) and read into what the call returns (``parse``),
        under the client's size cap and by the deadline of the attempt that brought it."""
        payload = self.handler(operation, response)
        if parse is None:
            return payload
        with answer_limits(self.max_response_bytes, response.extensions.get(DEADLINE_EXTENSION)):
            try:
                return parse(payload)
            except AnswerTimeout:
                late = DeadlineExceeded("the answer could not be checked in time", request=request)
                raise self.connection_error(late, request, operation) from None

    @staticmethod
    def connection_error(
        error: httpx.TransportError, request: httpx.Request, operation: Operation | None = None
    ) -> APIConnectionError:
        """The commspec error for a transport failure that was not (or no longer) retried.

        An operation unsafe to repeat whose request may have reached the vendor (anything after the
        connection was made) ends in "outcome unknown", never in a guess.
        """
        timed_out = isinstance(error, httpx.TimeoutException)
        # A connect failure never reached the server; an unsupported URL scheme or a request that the
        # HTTP library refused to write never left the machine. Anything else may have been processed.
        reached_server = not error_is_retryable(error, idempotent=False) and not isinstance(
            error, httpx.UnsupportedProtocol | httpx.LocalProtocolError
        )
        if operation is not None and not operation.idempotent and reached_server:
            cls = APIOutcomeUnknownTimeoutError if timed_out else APIOutcomeUnknownError
            what = "no answer came in time" if timed_out else "the connection failed before the answer"
            return cls(
                f"{operation.qualified_name}: outcome unknown: the request was sent but {what} "
                f"({type(error).__name__}), so it may have been applied. It was not sent again because "
                "repeating it is not safe; check the current state (retrieve or list) before retrying.",
                request=request,
                operation=operation.qualified_name,
            )
        if timed_out:
            return APITimeoutError(f"request timed out: {type(error).__name__}", request=request)
        # httpx messages name hosts and errno, never headers; h11's refusal of a header quotes its value.
        detail = "" if isinstance(error, httpx.LocalProtocolError) else f": {error}"
        return APIConnectionError(f"connection failed: {type(error).__name__}{detail}", request=request)


class SyncPipeline(_Pipeline):
    def __init__(self, *, http_client: httpx.Client, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.http_client = http_client

    def send(self, operation: Operation, request: httpx.Request) -> httpx.Response:
        limits = self.limits(operation, request)

        def attempt(number: int, call_deadline: float) -> httpx.Response:
            _logging.log_request(request, number)
            started = time.monotonic()
            response = send_attempt(
                self.http_client, request, auth=self.auth, limits=limits, call_deadline=call_deadline
            )
            _logging.log_response(response, time.monotonic() - started)
            return response

        try:
            return send_with_retries(self.retry, attempt, idempotent=operation.idempotent)
        except httpx.TransportError as error:
            raise self.connection_error(error, request, operation) from error
        except httpx.DecodingError as error:
            raise undecodable(operation, error) from error

    def call(
        self,
        operation: Operation,
        params: Mapping[str, Any],
        body: Any,
        parse: Callable[[Any], T] | None = None,
        options: CallOptions | None = None,
    ) -> T:
        """Send ``operation`` and return ``parse`` of its answer (without ``parse``: the payload)."""
        params, body = self.prepare(operation, params, body)
        request = self.build_request(self.http_client, operation, params, body, options)
        response = self.send(operation, request)
        if self.raw:
            raw = RawResponse(response, lambda: self.answer(operation, request, response, parse))
            return raw  # type: ignore[return-value]  # the with_raw_response view's contract
        result: T = self.answer(operation, request, response, parse)
        return result

    def paginate(
        self,
        operation: Operation,
        params: Mapping[str, Any],
        body: Any,
        parse: Callable[[Any], Any],
        options: CallOptions | None = None,
    ) -> Page[Any]:
        params, body = self.prepare(operation, params, body)

        def fetch(params: dict[str, Any], body: Any, response: httpx.Response | None = None) -> Page[Any]:
            request = self.build_request(self.http_client, operation, params, body, options)
            answer = self.send(operation, request) if response is None else response
            data = self.answer(operation, request, answer, parse)
            fields, next_params, next_body = page_fields(operation, params, body, data)
            return Page(fetch_next=lambda: fetch(next_params, next_body), **fields)

        if self.raw:  # the first page's answer; parse() is that page (and walks on as any page does)
            first = self.send(
                operation, self.build_request(self.http_client, operation, params, body, options)
            )
            return RawResponse(first, lambda: fetch(params, body, first))  # type: ignore[return-value]
        return fetch(params, body)


class AsyncPipeline(_Pipeline):
    def __init__(self, *, http_client: httpx.AsyncClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.http_client = http_client

    async def send(self, operation: Operation, request: httpx.Request) -> httpx.Response:
        limits = self.limits(operation, request)

        async def attempt(number: int, call_deadline: float) -> httpx.Response:
            _logging.log_request(request, number)
            started = time.monotonic()
            response = await async_send_attempt(
                self.http_client, request, auth=self.auth, limits=limits, call_deadline=call_deadline
            )
            _logging.log_response(response, time.monotonic() - started)
            return response

        try:
            return await async_send_with_retries(self.retry, attempt, idempotent=operation.idempotent)
        except httpx.TransportError as error:
            raise self.connection_error(error, request, operation) from error
        except httpx.DecodingError as error:
            raise undecodable(operation, error) from error

    async def call(
        self,
        operation: Operation,
        params: Mapping[str, Any],
        body: Any,
        parse: Callable[[Any], T] | None = None,
        options: CallOptions | None = None,
    ) -> T:
        """Send ``operation`` and return ``parse`` of its answer (without ``parse``: the payload)."""
        params, body = self.prepare(operation, params, body)
        request = self.build_request(self.http_client, operation, params, body, options)
        response = await self.send(operation, request)
        if self.raw:
            raw = RawResponse(response, lambda: self.answer(operation, request, response, parse))
            return raw  # type: ignore[return-value]  # the with_raw_response view's contract
        result: T = await self.async_answer(operation, request, response, parse)
        return result

    async def async_answer(
        self,
        operation: Operation,
        request: httpx.Request,
        response: httpx.Response,
        parse: Callable[[Any], T] | None,
    ) -> Any:
        """``answer``, in a worker thread for a large body: the event loop keeps running meanwhile."""
        if len(response.content) <= OFF_LOOP_BYTES:
            return self.answer(operation, request, response, parse)
        import asyncio

        return await asyncio.to_thread(self.answer, operation, request, response, parse)

    def paginate(
        self,
        operation: Operation,
        params: Mapping[str, Any],
        body: Any,
        parse: Callable[[Any], Any],
        options: CallOptions | None = None,
    ) -> AsyncPaginator[Any]:
        # Checked now: a bad argument raises at the call, before anything is awaited or sent.
        params, body = self.prepare(operation, params, body)

        async def fetch(params: dict[str, Any], body: Any) -> AsyncPage[Any]:
            request = self.build_request(self.http_client, operation, params, body, options)
            data = await self.async_answer(operation, request, await self.send(operation, request), parse)
            fields, next_params, next_body = page_fields(operation, params, body, data)
            next_page: Callable[[], Awaitable[AsyncPage[Any]]] = lambda: fetch(next_params, next_body)  # noqa: E731
            return AsyncPage(fetch_next=next_page, **fields)

        if self.raw:  # an awaitable of the first page's answer; parse() is that page
            return self._raw_first_page(operation, params, body, parse, options, fetch)  # type: ignore[return-value]
        return AsyncPaginator(lambda: fetch(params, body))

    async def _raw_first_page(
        self,
        operation: Operation,
        params: dict[str, Any],
        body: Any,
        parse: Callable[[Any], Any],
        options: CallOptions | None,
        fetch: Callable[[dict[str, Any], Any], Awaitable[AsyncPage[Any]]],
    ) -> RawResponse[AsyncPage[Any]]:
        request = self.build_request(self.http_client, operation, params, body, options)
        response = await self.send(operation, request)

        def first_page() -> AsyncPage[Any]:
            data = self.answer(operation, request, response, parse)
            fields, next_params, next_body = page_fields(operation, params, body, data)
            return AsyncPage(fetch_next=lambda: fetch(next_params, next_body), **fields)

        return RawResponse(response, first_page)


def undecodable(operation: Operation, error: httpx.DecodingError) -> Exception:
    """A body whose Content-Encoding (gzip, deflate, br) does not decode: httpx.DecodingError is no
    TransportError, and must not leave a call bare."""
    from commspec.errors import ResponseFormatError  # local: the imports above belong to the pipeline

    name = operation.qualified_name
    return ResponseFormatError(f"{name}: the answer's body could not be decoded: {error}", operation=name)


def page_fields(
    operation: Operation, params: dict[str, Any], body: Any, data: Any
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """The page's metadata, and the params/body that ask for the following page.

    Navigation follows the page numbers and offsets *asked for*, never the server's echo of them, so a
    server repeating "page 1" cannot make iteration loop: every following page is further on.
    """
    pagination = operation.pagination
    assert pagination is not None and pagination.page_field and pagination.size_field
    found = _attr(data, pagination.items)
    if not isinstance(found, list):  # the response schema requires the list: a gap in the spec data
        from commspec.errors import ResponseFormatError  # local: the imports above belong to the pipeline

        raise ResponseFormatError(
            f"{operation.qualified_name}: the page has no {pagination.items} list",
            operation=operation.qualified_name,
        )
    records = list(found)
    in_body = isinstance(body, dict) and pagination.page_field in body
    source = body if in_body else params
    size = _int_or_none(source.get(pagination.size_field)) or len(records)
    total = _int_or_none(_attr(data, pagination.total_field))
    if pagination.style == "page":
        current = _int_or_none(source.get(pagination.page_field)) or 1
        pages = _int_or_none(_attr(data, pagination.pages_field))
        has_next = bool(records) and pages is not None and current < pages
        following = current + 1
    else:  # offset
        current = _int_or_none(source.get(pagination.page_field)) or 0
        pages = None if total is None or size <= 0 else -(-total // size)
        following = current + len(records)
        has_next = bool(records) and total is not None and following < total
    next_source = {**source, pagination.page_field: following}
    fields = {
        "records": records,
        "current": current,
        "size": size,
        "total": total,
        "pages": pages,
        "has_next": has_next,
    }
    return fields, (params if in_body else next_source), (next_source if in_body else body)


def _attr(data: Any, path: str | None) -> Any:
    """``data.a.b`` for the dotted ``path`` ``"a.b"`` of the spec's pagination; None when absent."""
    value = data
    for name in (path or "").split("."):
        value = getattr(value, name, None) if name else None
    return value


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
