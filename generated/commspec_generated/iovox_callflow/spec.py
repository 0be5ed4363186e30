"""Facts of `IOVOX REST API v3 — CallFlow interface` as data: generated from specs/iovox/callflow.openapi.yaml by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec._spec import ApiSpec, Operation, Pagination, Rule

VALIDATION = __name__.rsplit(".", 1)[0] + ".validation"

API = ApiSpec(
    vendor="iovox",
    api="callflow",
    title="IOVOX REST API v3 — CallFlow interface",
    base_url="https://api.iovox.com:444",
    success_code=None,
    codes={
        "HTTP 401: Unauthorized": (
            "Bad username/secureKey or request from an IP not allowed for these credentials",
            "authentication",
        ),
        "Internal Server Error": ("Server failure, retry later", "server_error"),
        "API Version Empty": ("The v query parameter is missing", "invalid_parameter"),
        "API Version Invalid": (
            "The v query parameter is not a supported version",
            "invalid_parameter",
        ),
        "Method Invalid": ("Unknown method query parameter", "invalid_parameter"),
        "Request Method must be PUT. x attempted": (
            "updateCallFlow called with another HTTP verb x",
            "invalid_parameter",
        ),
        "Request Method must be POST. x attempted": (
            "createCallFlow called with another HTTP verb x",
            "invalid_parameter",
        ),
        "Request Method must be GET. x attempted": (
            "getCallFlow/getCallFlows called with another HTTP verb x",
            "invalid_parameter",
        ),
        "Request Method must be DELETE. x attempted": (
            "deleteCallFlows called with another HTTP verb x",
            "invalid_parameter",
        ),
        "XML Empty": ("No request body", "invalid_parameter"),
        "XML parse error. x at line y, column z": (
            "The body is not well-formed XML; x is the parser message",
            "invalid_parameter",
        ),
        "Request Empty": ("The request element holds no callFlow", "invalid_parameter"),
        "There are no Rules in this Template": (
            "The callFlow holds no rule",
            "invalid_parameter",
        ),
        "CallFlow Name does not exist": (
            "updateCallFlow names a flow that does not exist",
            "not_found",
        ),
        "New CallFlow Name already exists": (
            "updateCallFlow newName is taken by another flow",
            "conflict",
        ),
        "New CallFlow Name too long": (
            "updateCallFlow newName exceeds the (undocumented) limit",
            "invalid_parameter",
        ),
        "CallFlow Name already exists": (
            "createCallFlow name is taken; names are unique per account",
            "conflict",
        ),
        "CallFlow Name Empty": ("createCallFlow without a name", "invalid_parameter"),
        "CallFlow Name too long": (
            "createCallFlow name exceeds the (undocumented) limit",
            "invalid_parameter",
        ),
        "Rule ID Empty": ("A rule has no id", "invalid_parameter"),
        "Rule Label Empty": ("A rule has no label", "invalid_parameter"),
        "Message empty": ("A rule lacks its message", "invalid_parameter"),
        "destinationPhoneNumber Empty": (
            "A call rule has no destinationPhoneNumber",
            "invalid_parameter",
        ),
        "destinationContactId Empty": (
            "A call rule has no destinationContactId",
            "invalid_parameter",
        ),
        "Rule ID Not Unique in Play Rule": (
            "Two rules share an id",
            "invalid_parameter",
        ),
        "Sound File Does not exist in Play Rule": (
            "A play rule names a sound label/group that is not uploaded",
            "invalid_parameter",
        ),
        "Call Flow Doesn't exist": (
            "getCallFlow names a flow that does not exist",
            "not_found",
        ),
        "Page Number not an integer": (
            "getCallFlows page is not an integer",
            "invalid_parameter",
        ),
        "Limit not an integer": (
            "getCallFlows limit is not an integer",
            "invalid_parameter",
        ),
        "Limit must be between 1 and 20000": (
            "getCallFlows limit out of range",
            "invalid_parameter",
        ),
        "Template Type Invalid": (
            "getCallFlows template_type not DEFAULT, CUSTOM or ALL",
            "invalid_parameter",
        ),
        "Advanced Invalid": ("getCallFlows advanced is not YES", "invalid_parameter"),
        "Required Fields Invalid": (
            "getCallFlows req_fields holds an unknown code",
            "invalid_parameter",
        ),
        "call_flows Empty": ("deleteCallFlows without call_flows", "invalid_parameter"),
        "Call Flow x of y does not exist": (
            "deleteCallFlows; the x-th of the y names does not exist",
            "not_found",
        ),
        "Call Flow x of y is attached to a Link": (
            "deleteCallFlows; the x-th of the y flows is attached to a Link and detach_from_links is not TRUE",
            "conflict",
        ),
    },
    code_patterns={
        "Request Method must be PUT. x attempted": "Request Method must be PUT\\. (?P<attempted>\\S+) attempted",
        "Request Method must be POST. x attempted": "Request Method must be POST\\. (?P<attempted>\\S+) attempted",
        "Request Method must be GET. x attempted": "Request Method must be GET\\. (?P<attempted>\\S+) attempted",
        "Request Method must be DELETE. x attempted": "Request Method must be DELETE\\. (?P<attempted>\\S+) attempted",
        "XML parse error. x at line y, column z": "XML parse error\\. (?P<reason>.*) at line (?P<line>\\d+), column (?P<column>\\d+)",
        "Call Flow x of y does not exist": "Call Flow (?P<position>\\d+) of (?P<count>\\d+) does not exist",
        "Call Flow x of y is attached to a Link": "Call Flow (?P<position>\\d+) of (?P<count>\\d+) is attached to a Link",
    },
    code_statuses={
        "HTTP 401: Unauthorized": 401,
        "Internal Server Error": 500,
        "API Version Empty": 400,
        "API Version Invalid": 400,
        "Method Invalid": 400,
        "Request Method must be PUT. x attempted": 400,
        "Request Method must be POST. x attempted": 400,
        "Request Method must be GET. x attempted": 400,
        "Request Method must be DELETE. x attempted": 400,
        "XML Empty": 400,
        "XML parse error. x at line y, column z": 400,
        "Request Empty": 400,
        "There are no Rules in this Template": 400,
        "CallFlow Name does not exist": 400,
        "New CallFlow Name already exists": 400,
        "New CallFlow Name too long": 400,
        "CallFlow Name already exists": 400,
        "CallFlow Name Empty": 400,
        "CallFlow Name too long": 400,
        "Rule ID Empty": 400,
        "Rule Label Empty": 400,
        "Message empty": 400,
        "destinationPhoneNumber Empty": 400,
        "destinationContactId Empty": 400,
        "Rule ID Not Unique in Play Rule": 400,
        "Sound File Does not exist in Play Rule": 400,
        "Call Flow Doesn't exist": 400,
        "Page Number not an integer": 400,
        "Limit not an integer": 400,
        "Limit must be between 1 and 20000": 400,
        "Template Type Invalid": 400,
        "Advanced Invalid": 400,
        "Required Fields Invalid": 400,
        "call_flows Empty": 400,
        "Call Flow x of y does not exist": 400,
        "Call Flow x of y is attached to a Link": 400,
    },
    mock={},
    field_codes={},
    rules={},
)

CALL_FLOWS_UPDATE = Operation(
    api=API,
    name="call_flows_update",
    method="PUT",
    path="/CallFlow",
    path_params=(),
    query_params=("v", "method"),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="CallFlowsUpdateParams",
    content_type="application/xml",
    also_accepts=(),
    idempotent=True,
    fixed_query={"v": "3", "method": "updateCallFlow"},
    pagination=None,
)

CALL_FLOWS_CREATE = Operation(
    api=API,
    name="call_flows_create",
    method="POST",
    path="/CallFlow",
    path_params=(),
    query_params=("v", "method"),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="CallFlowsCreateParams",
    content_type="application/xml",
    also_accepts=(),
    idempotent=False,
    fixed_query={"v": "3", "method": "createCallFlow"},
    pagination=None,
)

CALL_FLOWS_RETRIEVE = Operation(
    api=API,
    name="call_flows_retrieve",
    method="GET",
    path="/CallFlow",
    path_params=(),
    query_params=("v", "method", "call_flow"),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="CallFlowsRetrieveParams",
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={"v": "3", "method": "getCallFlow"},
    pagination=None,
)

CALL_FLOWS_DELETE = Operation(
    api=API,
    name="call_flows_delete",
    method="DELETE",
    path="/CallFlow",
    path_params=(),
    query_params=("v", "method", "call_flows", "detach_from_links"),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="CallFlowsDeleteParams",
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={"v": "3", "method": "deleteCallFlows"},
    pagination=None,
)

CALL_FLOWS_LIST = Operation(
    api=API,
    name="call_flows_list",
    method="GET",
    path="/{interface}",
    path_params=("interface",),
    query_params=(
        "v",
        "method",
        "page",
        "limit",
        "order",
        "req_fields",
        "template_name",
        "template_type",
        "advanced",
        "output",
    ),
    validation_module=VALIDATION,
    body_model_name=None,
    params_model_name="CallFlowsListParams",
    content_type=None,
    also_accepts=(),
    idempotent=True,
    fixed_query={"v": "3", "method": "getCallFlows", "output": "JSON"},
    pagination=Pagination(
        style="page",
        items="response.results",
        page_field="page",
        size_field="limit",
        pages_field="response.total_pages",
        total_field="response.total_results",
    ),
)

OPERATIONS: dict[str, Operation] = {
    "call_flows_update": CALL_FLOWS_UPDATE,
    "call_flows_create": CALL_FLOWS_CREATE,
    "call_flows_retrieve": CALL_FLOWS_RETRIEVE,
    "call_flows_delete": CALL_FLOWS_DELETE,
    "call_flows_list": CALL_FLOWS_LIST,
}
