"""Facts of `ITNIO Tech OTP task flows` as data: generated from specs/itnio/otp.openapi.yaml by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import ApiSpec, Operation, Pagination, Rule

VALIDATION = __name__.rsplit(".", 1)[0] + ".models"

API = ApiSpec(
    vendor="itnio",
    api="otp",
    title="ITNIO Tech OTP task flows",
    base_url="https://api.itniotech.com",
    success_code="0",
    codes={
        "-1": ("Authentication error", "authentication"),
        "-2": ("Restricted IP access", "permission"),
        "-10": ("Insufficient balance", "insufficient_balance"),
        "-16": ("Timestamp expires", "timestamp_expired"),
        "-18": ("Port program unusual (internal system exception)", "server_error"),
        "-20": ("Data existing", "conflict"),
        "-21": ("Data validation exception", "invalid_parameter"),
        "-22": ("Parameter exception", "invalid_parameter"),
        "-23": ("Data cap reached", "api_error"),
        "-24": ("Data does not exist", "not_found"),
        "-26": ("Failed to obtain fee or rate", "server_error"),
    },
    content_type="application/json;charset=UTF-8",
    environment={
        "api_key": "ITNIO_API_KEY",
        "api_secret": "ITNIO_API_SECRET",
        "base_url": "ITNIO_BASE_URL",
    },
    headers={"ApiKey": "Api-Key", "Sign": "Sign", "Timestamp": "Timestamp"},
    secret_headers=("api-key", "sign"),
    credential_headers={"api_key": "Api-Key"},
    mock={
        "missing-header": "-1",
        "bad-signature": "-1",
        "timestamp-expired": "-16",
        "invalid-parameter": "-22",
        "not-found": "-22",
        "duplicate": "-20",
    },
    field_codes={},
    rules={},
)

FLOWS_CREATE = Operation(
    api=API,
    name="flows_create",
    method="POST",
    path="/otp/flow/add",
    path_params=(),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name="FlowWrite",
    params_model_name=None,
    response_model_name="FlowsCreateResponse",
    content_type="application/json",
    also_accepts=(),
    idempotent=False,
    responses={200: "application/json"},
    fixed_query={},
    pagination=None,
)

FLOWS_UPDATE = Operation(
    api=API,
    name="flows_update",
    method="PUT",
    path="/otp/flow/update/{flowId}",
    path_params=("flowId",),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name="FlowWrite",
    params_model_name="FlowsUpdateParams",
    response_model_name="FlowsUpdateResponse",
    content_type="application/json",
    also_accepts=("POST",),
    idempotent=True,
    arguments={"flowId": "flow_id"},
    responses={200: "application/json"},
    fixed_query={},
    pagination=None,
)

FLOWS_LIST = Operation(
    api=API,
    name="flows_list",
    method="GET",
    path="/otp/flow/list",
    path_params=(),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name=None,
    response_model_name="FlowsListResponse",
    content_type=None,
    also_accepts=(),
    idempotent=True,
    responses={200: "application/json"},
    fixed_query={},
    pagination=None,
)

FLOWS_RETRIEVE = Operation(
    api=API,
    name="flows_retrieve",
    method="GET",
    path="/otp/flow/details/{flowId}",
    path_params=("flowId",),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="FlowsRetrieveParams",
    response_model_name="FlowsRetrieveResponse",
    content_type=None,
    also_accepts=(),
    idempotent=True,
    arguments={"flowId": "flow_id"},
    responses={200: "application/json"},
    fixed_query={},
    pagination=None,
)

OPERATIONS: dict[str, Operation] = {
    "flows_create": FLOWS_CREATE,
    "flows_update": FLOWS_UPDATE,
    "flows_list": FLOWS_LIST,
    "flows_retrieve": FLOWS_RETRIEVE,
}
