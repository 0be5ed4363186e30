"""ITNIO's HTTP semantics: signature and timestamp checks, JSON parsing, validation with the same
generated models as the client, and the ``{status, reason, data}`` envelope (always HTTP 200)."""

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
from commspec.mock._http import MockRequest, MockResponse, ascii_int, load_json
from commspec.mock.itnio.models import ItnioBackend, VendorError


def envelope(api: ApiSpec, code: str, data: Any = None) -> MockResponse:
    reason = "success" if code == api.success_code else api.codes.get(code, ("error", ""))[0]
    return MockResponse.json({"status": code, "reason": reason, "data": data})


class ItnioResponses:
    def __init__(
        self, config: MockConfig, backend: ItnioBackend, clock: Callable[[], float] = time.time
    ) -> None:
        self.config = config
        self.backend = backend
        self.clock = clock

    def _authenticate(self, api: ApiSpec, request: MockRequest) -> str:
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
                raise VendorError(codes.get(missing, codes.get("missing-header", "-1")))
        assert key and timestamp and signature
        expected_key = self.config.argument(api, "api_key")
        if not hmac.compare_digest(key, expected_key.encode()):
            raise VendorError(codes["bad-signature"])
        text = timestamp.decode("latin-1")
        expected = sign(expected_key, self.config.argument(api, "api_secret"), text)
        if not hmac.compare_digest(signature.lower(), expected.encode()):  # vendor: case-insensitive
            raise VendorError(codes["bad-signature"])
        seconds = ascii_int(text)
        if seconds is None or abs(self.clock() - seconds) > self.config.timestamp_window:
            raise VendorError(codes["timestamp-expired"])
        return expected_key

    def handle(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> MockResponse:
        api = operation.api
        try:
            account = self._authenticate(api, request)
            body: Any = None
            if operation.body_model is not None:
                try:
                    body = load_json(request.body)
                except ValueError:
                    raise VendorError(api.mock.get("malformed-json", api.mock["invalid-parameter"])) from None
                # Strict types (true is not 0), but numeric strings pass: the vendor's own samples send
                # channelCut as "0" (reference §6 Q19).
                model, errors, codes = validate_model(api, operation.body_model, body)
                if errors:
                    coerced, still, _ = validate_model(api, operation.body_model, _numbers(body))
                    model, errors = (coerced, still) if not still else (model, errors)
                if errors or model is None:
                    raise VendorError(codes[0])
                # Stored as validated, with the spec's defaults filled in (channelCut 0).
                body = model.model_dump(mode="json", by_alias=True, exclude_none=True)
            if operation.params_model is not None:
                # A path segment is text on the wire: a numeric one stands for the integer id.
                _, errors, codes = validate_model(api, operation.params_model, _numbers(path_params))
                if errors:
                    raise VendorError(codes[0])
            data = self._dispatch(operation.name, account, path_params, body)
        except VendorError as error:
            return envelope(api, error.code)
        return envelope(api, api.success_code or "0", data)

    def server_error(self, operation: Operation) -> MockResponse:
        """ITNIO's answer to its own failure: the envelope with the spec's server-error code."""
        return envelope(operation.api, server_error_code(operation.api))

    def _dispatch(self, name: str, account: str, path_params: dict[str, str], body: Any) -> Any:
        handler = getattr(self.backend, name)
        if name.startswith("flows_"):
            return handler(account, *path_params.values(), *([body] if body is not None else []))
        return handler(body)


def _numbers(value: Any) -> Any:
    """Numeric strings as ints, as the vendor's Java backend coerces them."""
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit() and len(value) < 19:
        return int(value)
    return value
