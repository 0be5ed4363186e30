"""Facts of `Huawei Cloud Message & SMS sending (application access address, X-WSSE)` as data: generated from specs/huawei/sms.openapi.yaml by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import ApiSpec, Effect, Operation, Pagination, Rule, Webhook

VALIDATION = __name__.rsplit(".", 1)[0] + ".models"

API = ApiSpec(
    vendor="huawei",
    api="sms",
    title="Huawei Cloud Message & SMS sending (application access address, X-WSSE)",
    base_url="https://smsapi.ap-southeast-1.myhuaweicloud.com:443",
    success_code="000000",
    codes={
        "E000000": ("The system is abnormal.", "invalid_parameter"),
        "E000001": (
            "Authorization is not contained in the HTTP header.",
            "authentication",
        ),
        "E000002": ("realm is not contained in Authorization.", "authentication"),
        "E000003": ("profile is not contained in Authorization.", "authentication"),
        "E000004": (
            "The value of realm in Authorization must be SDP.",
            "authentication",
        ),
        "E000005": (
            "The value of profile in Authorization must be UsernameToken.",
            "authentication",
        ),
        "MOCK.WSSE": (
            "X-WSSE is missing, malformed, names an unknown app_key or carries a wrong PasswordDigest.",
            "authentication",
        ),
        "MOCK.CREATED": (
            "Created of X-WSSE is more than 24 hours away from the platform's time.",
            "timestamp_expired",
        ),
        "MOCK.TEMPLATE": ("The template does not exist.", "not_found"),
        "MOCK.TEMPLATE_STATUS": ("The template is not approved.", "invalid_parameter"),
        "MOCK.PARAMS": (
            "The number of templateParas differs from the number of variables of the template.",
            "invalid_parameter",
        ),
        "MOCK.NUMBERS": (
            "The numbers are more than 500, longer than 21 characters, or hold characters other than digits and +.",
            "invalid_parameter",
        ),
        "MOCK.SIGNATURE": (
            "signature is required for a universal Chinese-mainland template.",
            "invalid_parameter",
        ),
        "MOCK.NUMBER": (
            "The number is not in the global format (+ and the country code).",
            "invalid_parameter",
        ),
    },
    code_statuses={
        "E000001": 401,
        "E000002": 401,
        "E000003": 401,
        "E000004": 401,
        "E000005": 401,
        "MOCK.WSSE": 401,
        "MOCK.CREATED": 401,
    },
    environment={
        "app_key": "HUAWEICLOUD_SMS_APP_KEY",
        "app_secret": "HUAWEICLOUD_SMS_APP_SECRET",
        "base_url": "HUAWEICLOUD_SMS_URL",
    },
    headers={"Wsse": "X-WSSE", "WsseAuthorization": "Authorization"},
    secret_headers=("authorization", "x-wsse"),
    credential_headers={"app_key": "X-WSSE"},
    security=(("custom", "Authorization", ()), ("header", "X-WSSE", ("app_key",))),
    wsse={
        "authorization": 'WSSE realm="SDP",profile="UsernameToken",type="Appkey"',
        "created-format": "%Y-%m-%dT%H:%M:%SZ",
        "window-seconds": 86400,
    },
    mock={
        "demo": {"app_key": "demo-sms-app-key", "app_secret": "demo-sms-app-secret"},
        "default-http-status": 400,
        "missing-header": "E000001",
        "invalid-parameter": "E000000",
        "bad-wsse": "MOCK.WSSE",
        "created-window": "MOCK.CREATED",
        "template-missing": "MOCK.TEMPLATE",
        "template-not-approved": "MOCK.TEMPLATE_STATUS",
        "parameter-count": "MOCK.PARAMS",
        "signature-required": "MOCK.SIGNATURE",
        "invalid-number": "MOCK.NUMBER",
        "approved-status": "Adopted",
    },
    response_content_type="application/json;charset=UTF-8",
    field_codes={"to": "MOCK.NUMBERS"},
    rules={},
)

MESSAGES_SEND = Operation(
    api=API,
    name="messages_send",
    method="POST",
    path="/sms/batchSendSms/v1",
    path_params=(),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name="SendSmsForm",
    params_model_name=None,
    response_model_name="SendAnswer",
    content_type="application/x-www-form-urlencoded",
    also_accepts=(),
    idempotent=False,
    responses={
        200: "application/json",
        400: "application/json",
        401: "application/json",
        500: "application/json",
    },
    form_encoding={"templateParas": "json", "to": "csv"},
    errors=(
        "E000000",
        "E000001",
        "E000002",
        "E000003",
        "E000004",
        "E000005",
        "MOCK.WSSE",
        "MOCK.CREATED",
        "MOCK.TEMPLATE",
        "MOCK.TEMPLATE_STATUS",
        "MOCK.PARAMS",
        "MOCK.NUMBERS",
        "MOCK.SIGNATURE",
    ),
    fixed_query={},
    effect=Effect(
        action="vendor",
    ),
    pagination=None,
)

MESSAGES_SEND_DIFF = Operation(
    api=API,
    name="messages_send_diff",
    method="POST",
    path="/sms/batchSendDiffSms/v1",
    path_params=(),
    query_params=(),
    validation_module=VALIDATION,
    body_model_name="SendDiffSmsBody",
    params_model_name=None,
    response_model_name="SendAnswer",
    content_type="application/json",
    also_accepts=(),
    idempotent=False,
    responses={
        200: "application/json",
        400: "application/json",
        401: "application/json",
        500: "application/json",
    },
    errors=(
        "E000000",
        "E000001",
        "E000002",
        "E000003",
        "E000004",
        "E000005",
        "MOCK.WSSE",
        "MOCK.CREATED",
        "MOCK.TEMPLATE",
        "MOCK.TEMPLATE_STATUS",
        "MOCK.PARAMS",
        "MOCK.NUMBERS",
        "MOCK.SIGNATURE",
    ),
    fixed_query={},
    effect=Effect(
        action="vendor",
    ),
    pagination=None,
)

OPERATIONS: dict[str, Operation] = {
    "messages_send": MESSAGES_SEND,
    "messages_send_diff": MESSAGES_SEND_DIFF,
}

# What the vendor pushes to the user (the spec's OpenAPI 3.1 webhooks); parsed by ``webhooks.py``.
WEBHOOKS: dict[str, Webhook] = {
    "status_report": Webhook(
        api=API,
        name="status_report",
        content_type="application/x-www-form-urlencoded",
        model_name="StatusReport",
        validation_module=VALIDATION,
    ),
    "batch_status_report": Webhook(
        api=API,
        name="batch_status_report",
        content_type="application/json",
        model_name="BatchStatusReport",
        validation_module=VALIDATION,
    ),
}
