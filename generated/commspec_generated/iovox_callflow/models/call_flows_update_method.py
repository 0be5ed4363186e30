from typing import Literal

CallFlowsUpdateMethod = Literal["updateCallFlow"]

CALL_FLOWS_UPDATE_METHOD_VALUES: set[CallFlowsUpdateMethod] = {
    "updateCallFlow",
}


def check_call_flows_update_method(value: str) -> CallFlowsUpdateMethod:
    if value in CALL_FLOWS_UPDATE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_UPDATE_METHOD_VALUES!r}"
    )
