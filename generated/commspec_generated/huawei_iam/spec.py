"""Facts of `Huawei Cloud IAM user tokens` as data: generated from specs/huawei/iam.openapi.yaml by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import ApiSpec, Effect, Operation, Pagination, Rule

VALIDATION = __name__.rsplit(".", 1)[0] + ".models"

API = ApiSpec(
    vendor="huawei",
    api="iam",
    title="Huawei Cloud IAM user tokens",
    base_url="https://iam.{region}.myhuaweicloud.com",
    success_code=None,
    codes={
        "400": ("Bad Request (malformed body)", "invalid_parameter"),
        "401": ("Unauthorized (wrong user name", "authentication"),
        "403": ("Forbidden (user disabled", "permission"),
        "404": ("Not Found (unknown project or domain in the scope)", "not_found"),
        "500": ("Internal Server Error", "server_error"),
        "503": ("Service Unavailable", "server_error"),
    },
    environment={
        "user_name": "HUAWEICLOUD_IAM_USER",
        "password": "HUAWEICLOUD_IAM_PASSWORD",
        "domain_name": "HUAWEICLOUD_IAM_DOMAIN",
        "base_url": "HUAWEICLOUD_IAM_URL",
    },
    headers={"SubjectToken": "X-Subject-Token"},
    secret_headers=("x-subject-token",),
    default_region="cn-north-4",
    mock={
        "bad-credentials": "401",
        "invalid-parameter": "400",
        "settings": {"token_lifetime": 86400},
        "demo": {
            "user_name": "demo-user",
            "password": "demo-password",
            "domain_name": "demo-domain",
        },
    },
    response_content_type="application/json",
    field_codes={},
    rules={},
)

TOKENS_CREATE = Operation(
    api=API,
    name="tokens_create",
    method="POST",
    path="/v3/auth/tokens",
    path_params=(),
    query_params=("nocatalog",),
    validation_module=VALIDATION,
    body_model_name="TokenRequest",
    params_model_name="TokensCreateParams",
    response_model_name="TokenResponse",
    content_type="application/json",
    also_accepts=(),
    idempotent=True,
    responses={
        201: "application/json",
        400: "application/json",
        401: "application/json",
        403: "application/json",
        404: "application/json",
        500: "application/json",
        503: "application/json",
    },
    secret_fields=("auth.identity.password.user.password",),
    fixed_query={},
    effect=Effect(
        action="vendor",
    ),
    pagination=None,
)

OPERATIONS: dict[str, Operation] = {
    "tokens_create": TOKENS_CREATE,
}
