"""Huawei's HTTP semantics (the engine's ``VendorFake``): IAM token issuing (Keystone errors) and MSGSMS
(token check, validation with the same generated models as the client, ``{error_code, error_msg}``
errors, ``X-Request-Id``)."""

from __future__ import annotations

import uuid
from typing import Any

from commspec._spec import ApiSpec, Operation
from commspec._validation import validate_model
from commspec.mock._codes import server_error_code
from commspec.mock._engine import Call, Item, MockError
from commspec.mock._http import MockRequest, MockResponse, load_json, load_multipart
from commspec.mock.huawei.models import HuaweiBackend, derive, template_variables
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms

AUTH_HEADER = huawei_msgsms.API.headers["IamToken"]
SUBJECT_TOKEN_HEADER = huawei_iam.API.headers["SubjectToken"]
# [inferred] The gateway's answer when the token's project is not the path's project (reference §8).
WRONG_PROJECT = MockError(
    "APIGW.0303", status=403, message="The token's project does not match the project in the URL."
)
KEYSTONE_TITLES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}
KEYSTONE_MESSAGES = {
    "400": "Invalid request body.",
    "401": "The username or password is wrong.",
    "404": "The project in the scope does not exist.",
}


def _json(api: ApiSpec, body: Any, status: int, headers: dict[str, str] | None = None) -> MockResponse:
    extra = {"content-type": api.response_content_type, "X-Request-Id": uuid.uuid4().hex, **(headers or {})}
    return MockResponse.json(body, status, extra)


def msgsms_error(api: ApiSpec, error: MockError) -> MockResponse:
    body: dict[str, Any] = {
        "error_code": error.code,
        "error_msg": error.message or api.codes.get(error.code, ("Error.", ""))[0],
    }
    if error.detail:
        body["error_detail"] = error.detail
    status = error.status or api.code_statuses.get(error.code, int(api.mock["default-http-status"]))
    return _json(api, body, status)


def keystone_error(api: ApiSpec, status: int, message: str) -> MockResponse:
    body = {"error": {"code": status, "message": message, "title": KEYSTONE_TITLES.get(status, "Error")}}
    return _json(api, body, status)


class HuaweiResponses:
    def __init__(self, backend: HuaweiBackend) -> None:
        self.backend = backend

    def authenticate(self, operation: Operation, request: MockRequest) -> str | None:
        if operation.api.api == "iam":
            return None  # the credentials are the body
        return self.backend.token_project(request.headers.get(AUTH_HEADER))

    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        api = operation.api
        if api.api == "iam":
            return self._iam_call(operation, request)
        if self.backend.token_project(request.headers.get(AUTH_HEADER)) != path_params["project_id"]:
            raise WRONG_PROJECT
        body: Any = None
        if operation.files:
            body = self._files(operation, request)
        elif operation.body_model is not None:
            wrong_type = api.mock.get("wrong-content-type")
            media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if wrong_type and media != (operation.content_type or "application/json"):
                raise MockError(
                    wrong_type, f"Content-Type must be {operation.content_type or 'application/json'}"
                )
            try:
                body = load_json(request.body)
            except ValueError:
                raise MockError(api.mock["invalid-parameter"], "body is not valid JSON") from None
            # Lax like the vendor's JSON binding; the client validates strictly before sending.
            _, errors, codes = validate_model(api, operation.body_model, body, strict=False)
            if errors:
                raise MockError(codes[0] or api.mock["invalid-parameter"], str(errors[0]))
        params: dict[str, Any] = {**request.query, **path_params}  # ?id= never replaces the path's id
        if operation.params_model is not None:
            model, errors, codes = validate_model(api, operation.params_model, params, strict=False)
            if model is None or errors:
                raise MockError(codes[0] or api.mock["invalid-parameter"], str(errors[0]))
            params = model.model_dump(by_alias=True, exclude_none=True)
        if operation.files:  # an uploaded file is kept with the query's description of it
            body = {**body, **{k: params[k] for k in operation.query_params if k in params}}
        return Call({**(body or {}), **params}, body)

    def _files(self, operation: Operation, request: MockRequest) -> dict[str, Any]:
        """A multipart upload: each file part present and within its rules (``Operation.files``); the
        file is kept as Huawei answers it (ShowSignatureFileResponse): its name and size."""
        api = operation.api
        try:
            parts = load_multipart(request.headers.get("content-type") or "", request.body)
        except ValueError as error:
            raise MockError(api.mock["invalid-parameter"], f"body: {error}") from None
        found = {part.name: part for part in parts if part.filename is not None}
        body: dict[str, Any] = {}
        for field, rules in operation.files.items():
            part = found.get(field)
            if part is None:
                raise MockError(api.mock.get("missing-parameter", api.mock["invalid-parameter"]), field)
            if (
                not rules.get("min_bytes", 0)
                <= len(part.content)
                <= rules.get("max_bytes", len(part.content))
            ):
                raise MockError(api.mock["invalid-parameter"], f"{field}: {len(part.content)} bytes")
            body.update(file_name=part.filename, file_size=len(part.content))
        return body

    def _iam_call(self, operation: Operation, request: MockRequest) -> Call:
        try:
            body = load_json(request.body)
        except ValueError:
            raise MockError("400", message="The request body is not valid JSON.") from None
        assert operation.body_model is not None
        model, errors, _ = validate_model(operation.api, operation.body_model, body, strict=False)
        if model is None or errors:
            raise MockError("400", message=f"Invalid request body: {errors[0].path}")
        return Call({}, body)

    def serve(self, operation: Operation, call: Call) -> Any:
        """IAM ``tokens_create`` (the token and its description), and the MSGSMS reads computed from
        state: a template's variables (the template found by ``refers``) and the application count."""
        if operation.name == "templates_variables":
            return template_variables(call.referred["id"])
        if operation.name == "apps_count":
            return self.backend.app_count(call.arguments["project_id"], call.arguments.get("region"))
        assert call.body is not None
        user = call.body["auth"]["identity"]["password"]["user"]
        project = call.body["auth"]["scope"]["project"]
        return self.backend.issue_token(user["name"], user["password"], user["domain"]["name"], project)

    def derive(self, resource: str, item: Item) -> Item:
        return derive(item)

    def render_success(self, operation: Operation, payload: Any) -> MockResponse:
        api = operation.api
        if api.api == "iam":
            token, body = payload
            return _json(api, body, 201, {SUBJECT_TOKEN_HEADER: token})
        if payload is None:
            return MockResponse(200, b"", {"X-Request-Id": uuid.uuid4().hex})
        return _json(api, payload, 200)

    def render_error(self, operation: Operation, error: MockError) -> MockResponse:
        api = operation.api
        if api.api == "iam":
            message = error.message or KEYSTONE_MESSAGES.get(error.code, api.codes[error.code][0])
            return keystone_error(api, error.status or int(error.code), message)
        return msgsms_error(api, error)

    def server_error(self, operation: Operation) -> MockResponse:
        """Huawei's answer to its own failure, with the spec's server-error code of the API."""
        code = server_error_code(operation.api)
        if operation.api.api == "iam":
            return keystone_error(operation.api, int(code), operation.api.codes[code][0])
        return msgsms_error(operation.api, MockError(code))
