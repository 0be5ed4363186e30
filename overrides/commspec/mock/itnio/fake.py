"""ITNIO's HTTP semantics (the engine's ``VendorFake``): signature and timestamp checks, JSON parsing,
validation with the same generated models as the client, and the ``{status, reason, data}`` envelope
(always HTTP 200)."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from typing import Any

from commspec._spec import ApiSpec, Operation
from commspec._validation import validate_model
from commspec.itnio import sign
from commspec.mock._codes import server_error_code
from commspec.mock._config import MockConfig
from commspec.mock._engine import Call, Item, MockError, NotServed
from commspec.mock._http import MockRequest, MockResponse, ascii_int, load_json


def envelope(api: ApiSpec, code: str, data: Any = None) -> MockResponse:
    """The envelope; ``reason`` is the vendor's published label for the code (its meaning without one)."""
    if code == api.success_code:
        reason = "success"
    else:
        reason = api.labels.get(code) or api.codes.get(code, ("error", ""))[0]
    body = {"status": code, "reason": reason, "data": data}
    return MockResponse.json(body, headers={"content-type": api.response_content_type})


VendorOperation = Callable[[Operation, Call], Any]


class ItnioResponses:
    def __init__(self, config: MockConfig, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.clock = clock
        # operationId -> the vendor code serving an operation whose effect is ``vendor`` (set by install)
        self.vendor_operations: dict[str, VendorOperation] = {}

    def authenticate(self, operation: Operation, request: MockRequest) -> str:
        """The account (its API key) of a request whose Api-Key, Timestamp and Sign are valid."""
        api = operation.api
        codes = api.mock
        # Raw bytes: any byte may come, and hmac.compare_digest raises TypeError on a non-ASCII str.
        names = (api.headers["ApiKey"], api.headers["Timestamp"], api.headers["Sign"])
        key, timestamp, signature = (request.headers.raw(name) for name in names)
        for value, missing in (
            (signature, "missing-sign"),
            (timestamp, "missing-timestamp"),
            (key, "missing-api-key"),
        ):
            if not value:
                raise MockError(codes.get(missing, codes.get("missing-header", "-1")))
        assert key and timestamp and signature
        accounts = self.config.accounts(api, "api_key", "api_secret")
        account = next((a for a in accounts if hmac.compare_digest(key, a[0].encode())), None)
        if account is None:
            raise MockError(codes["bad-signature"])
        expected_key, secret = account
        text = timestamp.decode("latin-1")
        expected = sign(expected_key, secret, text)
        if not hmac.compare_digest(signature.lower(), expected.encode()):  # vendor: case-insensitive
            raise MockError(codes["bad-signature"])
        seconds = ascii_int(text)
        if seconds is None or abs(self.clock() - seconds) > self.config.settings["timestamp_window"]:
            raise MockError(codes["timestamp-expired"])
        return expected_key

    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        api = operation.api
        body: Any = None
        if operation.body_model is not None:
            try:
                body = load_json(request.body)
            except ValueError:
                raise MockError(api.mock.get("malformed-json", api.mock["invalid-parameter"])) from None
            # Strict types (true is not 0), but numeric strings pass: the vendor's own samples send
            # channelCut as "0" (reference §6 Q19).
            model, errors, codes = validate_model(api, operation.body_model, body)
            if errors:
                coerced, still, _ = validate_model(api, operation.body_model, _numbers(body))
                model, errors = (coerced, still) if not still else (model, errors)
            if errors or model is None:
                raise MockError(codes[0])
            # Stored as validated, with the spec's defaults filled in (channelCut 0).
            body = model.model_dump(mode="json", by_alias=True, exclude_none=True)
        if operation.params_model is not None:
            # A path segment is text on the wire: a numeric one stands for the integer id.
            _, errors, codes = validate_model(api, operation.params_model, _numbers(path_params))
            if errors:
                raise MockError(codes[0])
        return Call({**(body or {}), **path_params}, body)

    def render_success(self, operation: Operation, payload: Any) -> MockResponse:
        return envelope(operation.api, operation.api.success_code or "0", payload)

    def render_error(self, operation: Operation, error: MockError) -> MockResponse:
        return envelope(operation.api, error.code)

    def derive(self, resource: str, item: Item) -> Item:
        return item

    def serve(self, operation: Operation, call: Call) -> Any:
        serve = self.vendor_operations.get(operation.name)
        if serve is None:
            raise NotServed(f"{operation.qualified_name}: no vendor code serves it")
        return serve(operation, call)

    def server_error(self, operation: Operation) -> MockResponse:
        """ITNIO's answer to its own failure: the envelope with the spec's server-error code."""
        return envelope(operation.api, server_error_code(operation.api))


def _numbers(value: Any) -> Any:
    """Numeric strings as ints, as the vendor's Java backend coerces them."""
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit() and len(value) < 19:
        return int(value)
    return value
