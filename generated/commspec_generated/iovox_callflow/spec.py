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
            "Bad username/secureKey or request from an IP not allowed for these credentials [vendor docs D2]; blocked IP per iovox.md Q20",
            "authentication",
        ),
        "Internal Server Error": (
            "Server failure, retry later [seed 004_ea29885609e73a6e.txt]",
            "server_error",
        ),
        "API Version Empty": (
            "The v query parameter is missing [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "API Version Invalid": (
            "The v query parameter is not a supported version [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "Method Invalid": (
            "Unknown method query parameter (string undocumented; mock choice, iovox.md Q20)",
            "invalid_parameter",
        ),
        "Request Method must be PUT. x attempted": (
            "updateCallFlow called with another HTTP verb x [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "Request Method must be POST. x attempted": (
            "createCallFlow called with another HTTP verb x [vendor docs D3]",
            "invalid_parameter",
        ),
        "Request Method must be GET. x attempted": (
            "getCallFlow/getCallFlows called with another HTTP verb x [vendor docs D5, D6]",
            "invalid_parameter",
        ),
        "Request Method must be DELETE. x attempted": (
            "deleteCallFlows called with another HTTP verb x [vendor docs D7]",
            "invalid_parameter",
        ),
        "XML Empty": (
            "No request body [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "XML parse error. x at line y, column z": (
            "The body is not well-formed XML; x is the parser message [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "Request Empty": (
            "The request element holds no callFlow [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "There are no Rules in this Template": (
            "The callFlow holds no rule [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "CallFlow Name does not exist": (
            "updateCallFlow names a flow that does not exist [seed 004_ea29885609e73a6e.txt]",
            "not_found",
        ),
        "New CallFlow Name already exists": (
            "updateCallFlow newName is taken by another flow [seed 004_ea29885609e73a6e.txt]",
            "conflict",
        ),
        "New CallFlow Name too long": (
            "updateCallFlow newName exceeds the (undocumented) limit; the mock uses 255 (iovox.md Q13) [seed 004_ea29885609e73a6e.txt]",
            "invalid_parameter",
        ),
        "CallFlow Name already exists": (
            "createCallFlow name is taken; names are unique per account [vendor docs D3]",
            "conflict",
        ),
        "CallFlow Name Empty": (
            "createCallFlow without a name [vendor docs D3]",
            "invalid_parameter",
        ),
        "CallFlow Name too long": (
            "createCallFlow name exceeds the (undocumented) limit [vendor docs D3]",
            "invalid_parameter",
        ),
        "Rule ID Empty": (
            "A rule has no id [vendor docs D3, D11]",
            "invalid_parameter",
        ),
        "Rule Label Empty": (
            "A rule has no label [vendor docs D3, D11]",
            "invalid_parameter",
        ),
        "Message empty": (
            "A rule lacks its message [vendor docs D3]",
            "invalid_parameter",
        ),
        "destinationPhoneNumber Empty": (
            "A call rule has no destinationPhoneNumber [vendor docs D3]",
            "invalid_parameter",
        ),
        "destinationContactId Empty": (
            "A call rule has no destinationContactId [vendor docs D3]",
            "invalid_parameter",
        ),
        "Rule ID Not Unique in Play Rule": (
            "Two rules share an id [vendor docs D11]",
            "invalid_parameter",
        ),
        "Sound File Does not exist in Play Rule": (
            "A play rule names a sound label/group that is not uploaded [vendor docs D11]",
            "invalid_parameter",
        ),
        "Call Flow Doesn't exist": (
            "getCallFlow names a flow that does not exist [vendor docs D5]",
            "not_found",
        ),
        "Page Number not an integer": (
            "getCallFlows page is not an integer [vendor docs D6], [client lib L1]",
            "invalid_parameter",
        ),
        "Limit not an integer": (
            "getCallFlows limit is not an integer [vendor docs D6], [client lib L1]",
            "invalid_parameter",
        ),
        "Limit must be between 1 and 20000": (
            "getCallFlows limit out of range [vendor docs D6], [client lib L1]",
            "invalid_parameter",
        ),
        "Template Type Invalid": (
            "getCallFlows template_type not DEFAULT, CUSTOM or ALL [vendor docs D6]",
            "invalid_parameter",
        ),
        "Advanced Invalid": (
            "getCallFlows advanced is not YES [vendor docs D6]",
            "invalid_parameter",
        ),
        "Required Fields Invalid": (
            "getCallFlows req_fields holds an unknown code (wording inferred, iovox.md §2.2) [vendor docs D6]",
            "invalid_parameter",
        ),
        "call_flows Empty": (
            "deleteCallFlows without call_flows [vendor docs D7]",
            "invalid_parameter",
        ),
        "Call Flow x of y does not exist": (
            "deleteCallFlows; the x-th of the y names does not exist [vendor docs D7]",
            "not_found",
        ),
        "Call Flow x of y is attached to a Link": (
            "deleteCallFlows; the x-th of the y flows is attached to a Link and detach_from_links is not TRUE [vendor docs D7]",
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
    response_model_name=None,
    content_type="application/xml",
    also_accepts=(),
    idempotent=False,
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
    response_model_name=None,
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
    response_model_name=None,
    content_type=None,
    also_accepts=(),
    idempotent=True,
    arguments={"call_flow": "name"},
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
    response_model_name=None,
    content_type=None,
    also_accepts=(),
    idempotent=False,
    arguments={"call_flows": "names"},
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
    response_model_name="CallFlowsPage",
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
