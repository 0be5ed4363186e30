from typing import Literal

TemplateListFlowStatus = Literal["Adopted", "Reject", "Reviewing"]

TEMPLATE_LIST_FLOW_STATUS_VALUES: set[TemplateListFlowStatus] = {
    "Adopted",
    "Reject",
    "Reviewing",
}


def check_template_list_flow_status(value: str) -> TemplateListFlowStatus:
    if value in TEMPLATE_LIST_FLOW_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_LIST_FLOW_STATUS_VALUES!r}"
    )
