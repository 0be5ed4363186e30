from typing import Literal

CallFlowSummaryTemplateType = Literal["CUSTOM", "DEFAULT"]

CALL_FLOW_SUMMARY_TEMPLATE_TYPE_VALUES: set[CallFlowSummaryTemplateType] = {
    "CUSTOM",
    "DEFAULT",
}


def check_call_flow_summary_template_type(value: str) -> CallFlowSummaryTemplateType:
    if value in CALL_FLOW_SUMMARY_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOW_SUMMARY_TEMPLATE_TYPE_VALUES!r}"
    )
