from typing import Literal

CallFlowsListOutput = Literal["JSON", "XML"]

CALL_FLOWS_LIST_OUTPUT_VALUES: set[CallFlowsListOutput] = {
    "JSON",
    "XML",
}


def check_call_flows_list_output(value: str) -> CallFlowsListOutput:
    if value in CALL_FLOWS_LIST_OUTPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_OUTPUT_VALUES!r}"
    )
