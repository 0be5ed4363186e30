"""Facts of `Huawei Cloud MSGSMS v2 SMS templates` as data: generated from specs/huawei/msgsms.openapi.yaml by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec._spec import ApiSpec, Operation, Pagination, Rule

from . import validation as _models

API = ApiSpec(
    vendor="huawei",
    api="msgsms",
    title="Huawei Cloud MSGSMS v2 SMS templates",
    base_url="https://msgsms.{region}.myhuaweicloud.com",
    success_code=None,
    codes={
        "MSGSMS.0001": ("Internal server error.", "server_error"),
        "MSGSMS.0002": ("Invalid Parameter.", "invalid_parameter"),
        "MSGSMS.0003": ("Request unauthorized.", "authentication"),
        "MSGSMS.0004": ("Signature already exists.", "conflict"),
        "MSGSMS.0005": ("Signature does not exist.", "not_found"),
        "MSGSMS.0006": ("Signature type and name is duplicate.", "conflict"),
        "MSGSMS.0007": (
            "Signature not allow to update, signature status must be Reject.",
            "conflict",
        ),
        "MSGSMS.0008": ("Template already exists.", "conflict"),
        "MSGSMS.0009": ("Template does not exist.", "not_found"),
        "MSGSMS.0010": (
            "Template not allow to update, template flow status must be Reject.",
            "conflict",
        ),
        "MSGSMS.0011": ("File does not exist.", "not_found"),
        "MSGSMS.0012": ("Signature id invalid.", "invalid_parameter"),
        "MSGSMS.0013": ("Service not yet opened.", "permission"),
        "MSGSMS.0015": ("Template type invalid.", "invalid_parameter"),
        "MSGSMS.0016": ("Website domain name cannot be empty.", "invalid_parameter"),
        "MSGSMS.0017": ("Power attorney file id cannot be empty.", "invalid_parameter"),
        "MSGSMS.0035": ("Failed to delete template from OMP", "server_error"),
        "MSGSMS.0036": ("Message template is not found", "not_found"),
        "MSGSMS.0076": ("Message Application does not exist", "not_found"),
    },
    mock={
        "missing-header": "MSGSMS.0003",
        "bad-token": "MSGSMS.0003",
        "invalid-parameter": "MSGSMS.0002",
        "not-found": "MSGSMS.0009",
        "duplicate": "MSGSMS.0008",
        "flow-status": "MSGSMS.0010",
        "unknown-app": "MSGSMS.0076",
        "unknown-sign": "MSGSMS.0012",
    },
    field_codes={"app_id": "MSGSMS.0076", "sign_id": "MSGSMS.0012"},
    rules={
        "TemplateRequest": (
            Rule(
                kind="forbidden_unless",
                fields=("brackets",),
                when={"region": "cn"},
                value=None,
                allow_equal=False,
                code="MSGSMS.0002",
            ),
            Rule(
                kind="forbidden_unless",
                fields=("sign_id",),
                when={"region": "cn"},
                value=None,
                allow_equal=False,
                code="MSGSMS.0002",
            ),
            Rule(
                kind="forbidden_unless",
                fields=("send_country",),
                when={"region": "intl"},
                value=None,
                allow_equal=False,
                code="MSGSMS.0002",
            ),
            Rule(
                kind="equals_if",
                fields=("template_type",),
                when={"region": "intl"},
                value="NOTIFY_TYPE",
                allow_equal=False,
                code="MSGSMS.0002",
            ),
        ),
        "TemplateVariableAttribute": (
            Rule(
                kind="required_if",
                fields=("variable_desc",),
                when={"variable_type": "TEXT"},
                value=None,
                allow_equal=False,
                code="MSGSMS.0002",
            ),
        ),
    },
)

TEMPLATES_CREATE = Operation(
    api=API,
    name="templates_create",
    method="POST",
    path="/v2/{project_id}/msgsms/templates",
    path_params=("project_id",),
    query_params=(),
    body_model=_models.TemplateRequest,
    params_model=_models.TemplatesCreateParams,
    content_type="application/json",
    also_accepts=(),
    idempotent=False,
    fixed_query={},
    pagination=None,
)

TEMPLATES_LIST = Operation(
    api=API,
    name="templates_list",
    method="GET",
    path="/v2/{project_id}/msgsms/templates",
    path_params=("project_id",),
    query_params=(
        "app_key",
        "app_name",
        "start_time",
        "end_time",
        "limit",
        "offset",
        "flow_status",
        "has_variable",
        "region",
        "sign_name",
        "sort_dir",
        "sort_key",
        "template_id",
        "template_name",
        "template_type",
    ),
    body_model=None,
    params_model=_models.TemplatesListParams,
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={},
    pagination=Pagination(
        style="offset",
        items="results",
        page_field="offset",
        size_field="limit",
        pages_field=None,
        total_field="total",
    ),
)

TEMPLATES_RETRIEVE = Operation(
    api=API,
    name="templates_retrieve",
    method="GET",
    path="/v2/{project_id}/msgsms/templates/{id}",
    path_params=("project_id", "id"),
    query_params=(),
    body_model=None,
    params_model=_models.TemplatesRetrieveParams,
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={},
    pagination=None,
)

TEMPLATES_UPDATE = Operation(
    api=API,
    name="templates_update",
    method="PUT",
    path="/v2/{project_id}/msgsms/templates/{id}",
    path_params=("project_id", "id"),
    query_params=(),
    body_model=_models.TemplateRequest,
    params_model=_models.TemplatesUpdateParams,
    content_type="application/json",
    also_accepts=(),
    idempotent=True,
    fixed_query={},
    pagination=None,
)

TEMPLATES_DELETE = Operation(
    api=API,
    name="templates_delete",
    method="DELETE",
    path="/v2/{project_id}/msgsms/templates/{id}",
    path_params=("project_id", "id"),
    query_params=(),
    body_model=None,
    params_model=_models.TemplatesDeleteParams,
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={},
    pagination=None,
)

OPERATIONS: dict[str, Operation] = {
    "templates_create": TEMPLATES_CREATE,
    "templates_list": TEMPLATES_LIST,
    "templates_retrieve": TEMPLATES_RETRIEVE,
    "templates_update": TEMPLATES_UPDATE,
    "templates_delete": TEMPLATES_DELETE,
}
