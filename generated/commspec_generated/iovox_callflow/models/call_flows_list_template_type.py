from typing import Literal

CallFlowsListTemplateType = Literal["ALL", "CUSTOM", "DEFAULT"]

CALL_FLOWS_LIST_TEMPLATE_TYPE_VALUES: set[CallFlowsListTemplateType] = {
    "ALL",
    "CUSTOM",
    "DEFAULT",
}


def check_call_flows_list_template_type(value: str) -> CallFlowsListTemplateType:
    if value in CALL_FLOWS_LIST_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_TEMPLATE_TYPE_VALUES!r}"
    )
