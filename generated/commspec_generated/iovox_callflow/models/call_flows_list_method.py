from typing import Literal

CallFlowsListMethod = Literal["getCallFlows"]

CALL_FLOWS_LIST_METHOD_VALUES: set[CallFlowsListMethod] = {
    "getCallFlows",
}


def check_call_flows_list_method(value: str) -> CallFlowsListMethod:
    if value in CALL_FLOWS_LIST_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_METHOD_VALUES!r}"
    )
