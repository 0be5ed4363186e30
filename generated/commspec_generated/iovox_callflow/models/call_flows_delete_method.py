from typing import Literal

CallFlowsDeleteMethod = Literal["deleteCallFlows"]

CALL_FLOWS_DELETE_METHOD_VALUES: set[CallFlowsDeleteMethod] = {
    "deleteCallFlows",
}


def check_call_flows_delete_method(value: str) -> CallFlowsDeleteMethod:
    if value in CALL_FLOWS_DELETE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_DELETE_METHOD_VALUES!r}"
    )
