"""Huawei's HTTP semantics: IAM token issuing (Keystone errors) and MSGSMS (token check, validation
with the same generated models as the client, ``{error_code, error_msg}`` errors, ``X-Request-Id``)."""

from __future__ import annotations

import uuid
from typing import Any

from commspec._spec import ApiSpec, Operation
from commspec._validation import validate_model
from commspec.mock._codes import server_error_code
from commspec.mock._http import MockRequest, MockResponse, load_json
from commspec.mock.huawei.models import HuaweiBackend, HuaweiError
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms

AUTH_HEADER = huawei_msgsms.API.headers["IamToken"]
SUBJECT_TOKEN_HEADER = huawei_iam.API.headers["SubjectToken"]
# [inferred] The gateway's answer when the token's project is not the path's project (reference §8).
WRONG_PROJECT = ("APIGW.0303", "The token's project does not match the project in the URL.")
KEYSTONE_TITLES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}


def _request_id() -> dict[str, str]:
    return {"X-Request-Id": uuid.uuid4().hex}


def msgsms_error(api: ApiSpec, error: HuaweiError) -> MockResponse:
    body: dict[str, Any] = {
        "error_code": error.code,
        "error_msg": api.codes.get(error.code, ("Error.", ""))[0],
    }
    if error.detail:
        body["error_detail"] = error.detail
    status = api.code_statuses.get(error.code, int(api.mock["default-http-status"]))  # from the spec
    return MockResponse.json(body, status, _request_id())


def keystone_error(status: int, message: str) -> MockResponse:
    body = {"error": {"code": status, "message": message, "title": KEYSTONE_TITLES.get(status, "Error")}}
    return MockResponse.json(body, status, _request_id())


class HuaweiResponses:
    def __init__(self, backend: HuaweiBackend) -> None:
        self.backend = backend

    def handle(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> MockResponse:
        if operation.api.api == "iam":
            return self._iam(operation, request)
        return self._msgsms(operation, path_params, request)

    def server_error(self, operation: Operation) -> MockResponse:
        """Huawei's answer to its own failure, with the spec's server-error code of the API."""
        code = server_error_code(operation.api)
        if operation.api.api == "iam":
            return keystone_error(int(code), operation.api.codes[code][0])
        return msgsms_error(operation.api, HuaweiError(code))

    # -- IAM ----------------------------------------------------------------------------------------
    def _iam(self, operation: Operation, request: MockRequest) -> MockResponse:
        try:
            body = load_json(request.body)
        except ValueError:
            return keystone_error(400, "The request body is not valid JSON.")
        assert operation.body_model is not None
        model, errors, _ = validate_model(operation.api, operation.body_model, body, strict=False)
        if model is None or errors:
            return keystone_error(400, f"Invalid request body: {errors[0].path}")
        user = body["auth"]["identity"]["password"]["user"]
        try:
            token, payload = self.backend.issue_token(
                user["name"], user["password"], user["domain"]["name"], body["auth"]["scope"]["project"]
            )
        except HuaweiError as error:
            if error.code == "404":
                return keystone_error(404, "The project in the scope does not exist.")
            return keystone_error(401, "The username or password is wrong.")
        return MockResponse.json(payload, 201, {SUBJECT_TOKEN_HEADER: token, **_request_id()})

    # -- MSGSMS -------------------------------------------------------------------------------------
    def _msgsms(
        self, operation: Operation, path_params: dict[str, str], request: MockRequest
    ) -> MockResponse:
        api = operation.api
        backend = self.backend
        try:
            token_project = backend.token_project(request.headers.get(AUTH_HEADER))
            project_id = path_params["project_id"]
            if token_project != project_id:
                code, message = WRONG_PROJECT
                return MockResponse.json({"error_code": code, "error_msg": message}, 403, _request_id())
            body: Any = None
            if operation.body_model is not None:
                try:
                    body = load_json(request.body)
                except ValueError:
                    raise HuaweiError(api.mock["invalid-parameter"], "body is not valid JSON") from None
                # Lax like the vendor's JSON binding; the client validates strictly before sending.
                _, errors, codes = validate_model(api, operation.body_model, body, strict=False)
                if errors:
                    raise HuaweiError(codes[0] or api.mock["invalid-parameter"], str(errors[0]))
            params: dict[str, Any] = {**request.query, **path_params}  # ?id= never replaces the path's id
            if operation.params_model is not None:
                model, errors, codes = validate_model(api, operation.params_model, params, strict=False)
                if model is None or errors:
                    raise HuaweiError(codes[0] or api.mock["invalid-parameter"], str(errors[0]))
                params = model.model_dump(by_alias=True, exclude_none=True)
            data = self._dispatch(operation.name, project_id, params, body)
        except HuaweiError as error:
            return msgsms_error(api, error)
        if data is None:
            return MockResponse(200, b"", _request_id())
        return MockResponse.json(data, 200, _request_id())

    def _dispatch(self, name: str, project_id: str, params: dict[str, Any], body: Any) -> Any:
        backend = self.backend
        if name == "templates_create":
            return backend.create(project_id, body)
        if name == "templates_list":
            return backend.list(project_id, {k: _plain(v) for k, v in params.items()})
        if name == "templates_retrieve":
            return backend.retrieve(project_id, params["id"])
        if name == "templates_update":
            return backend.update(project_id, params["id"], body)
        if name == "templates_delete":
            backend.delete(project_id, params["id"])
            return None
        raise HuaweiError(
            backend.codes["invalid-parameter"], f"operation {name} not served"
        )  # pragma: no cover


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # enums from the params model back to wire strings
