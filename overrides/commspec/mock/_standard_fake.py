"""The fake of a vendor that needs no Python: its spec's standard security schemes checked (an API key in
a header, HTTP basic, a bearer token), JSON bodies validated with the client's own models, effects by the
engine, answers as plain JSON with the HTTP status of the code (``{"code", "message"}`` on failure).

Used for every vendor of the specs that has no ``commspec.mock.<vendor>`` package.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable
from typing import Any

from commspec._spec import ApiSpec, Operation
from commspec._validation import validate_model
from commspec.mock._config import MockConfig
from commspec.mock._engine import Call, Engine, Item, MockError, NotServed, Store, seeds
from commspec.mock._http import MockRequest, MockResponse, load_json
from commspec.mock._router import Router

BAD_CREDENTIALS = "401"  # without x-commspec.mock.bad-credentials
INVALID_PARAMETER = "400"  # without x-commspec.mock.invalid-parameter
SERVER_ERROR = "500"


def _status(api: ApiSpec, code: str) -> int:
    if code in api.code_statuses:
        return api.code_statuses[code]
    return int(code) if code.isdigit() and 400 <= int(code) < 600 else 400


class StandardFake:
    """The engine's ``VendorFake`` for one vendor's APIs, from their specs alone."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config

    def _expected(self, api: ApiSpec) -> dict[str, bytes]:
        headers: dict[str, bytes] = {}
        for kind, header, arguments in api.security:
            values = [self.config.argument(api, name) for name in arguments]
            if kind == "header":
                headers[header] = values[0].encode()
            elif kind == "basic":
                headers[header] = b"Basic " + base64.b64encode(":".join(values).encode())
            elif kind == "bearer":
                headers[header] = f"Bearer {values[0]}".encode()
            else:
                raise NotServed(f"{api.vendor}: a {kind} scheme needs a vendor fake of its own")
        return headers

    def authenticate(self, operation: Operation, request: MockRequest) -> str | None:
        api = operation.api
        expected = self._expected(api)
        for header, value in expected.items():
            sent = request.headers.raw(header) or b""
            if not hmac.compare_digest(sent, value):
                raise MockError(api.mock.get("bad-credentials", BAD_CREDENTIALS))
        return next(iter(expected.values()), b"").decode() or None

    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        api = operation.api
        invalid = api.mock.get("invalid-parameter", INVALID_PARAMETER)
        body: Any = None
        if operation.body_model is not None:
            try:
                body = load_json(request.body)
            except ValueError:
                raise MockError(invalid, "body is not valid JSON") from None
            model, errors, codes = validate_model(api, operation.body_model, body)
            if model is None or errors:
                raise MockError(codes[0] if codes else invalid, str(errors[0]) if errors else None)
            body = model.model_dump(mode="json", by_alias=True, exclude_none=True)
        params: dict[str, Any] = {**request.query, **path_params}
        if operation.params_model is not None:
            model, errors, codes = validate_model(api, operation.params_model, params, strict=False)
            if model is None or errors:
                raise MockError(codes[0] if codes else invalid, str(errors[0]) if errors else None)
            params = model.model_dump(by_alias=True, exclude_none=True)
        return Call({**(body or {}), **params}, body)

    def render_success(self, operation: Operation, payload: Any) -> MockResponse:
        if payload is None:
            return MockResponse(operation.success_status, b"", {})
        headers = {"content-type": operation.api.response_content_type}
        return MockResponse.json(payload, operation.success_status, headers)

    def render_error(self, operation: Operation, error: MockError) -> MockResponse:
        api = operation.api
        message = error.message or api.codes.get(error.code, ("error", ""))[0]
        body = {"code": error.code, "message": message}
        status = error.status or _status(api, error.code)
        return MockResponse.json(body, status, {"content-type": api.response_content_type})

    def derive(self, resource: str, item: Item) -> Item:
        return item

    def serve(self, operation: Operation, call: Call) -> Any:
        raise NotServed(f"{operation.qualified_name}: a standard vendor has no vendor-served operation")

    def server_error(self, operation: Operation) -> MockResponse:
        return self.render_error(operation, MockError(SERVER_ERROR))


def standard_fake(
    config: MockConfig, clock: Callable[[], float], apis: list[ApiSpec], operations: list[Operation]
) -> tuple[Store, Router, Callable[..., MockResponse], Callable[[Operation], MockResponse], Any]:
    """What ``MockServer.register`` takes for a vendor served by its specs alone: state, routes, the
    engine's handler, the answer to an internal failure and the wording of a vendor error."""
    resources = {name: r for api in apis for name, r in api.mock_resources.items()}
    store = Store(resources, clock, seeds(resources, config.settings))
    fake = StandardFake(config)
    engine = Engine(config, store, fake)
    return store, Router(operations), engine.handle, fake.server_error, fake.render_error
