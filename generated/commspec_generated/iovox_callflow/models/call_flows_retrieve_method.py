from typing import Literal

CallFlowsRetrieveMethod = Literal["getCallFlow"]

CALL_FLOWS_RETRIEVE_METHOD_VALUES: set[CallFlowsRetrieveMethod] = {
    "getCallFlow",
}


def check_call_flows_retrieve_method(value: str) -> CallFlowsRetrieveMethod:
    if value in CALL_FLOWS_RETRIEVE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_RETRIEVE_METHOD_VALUES!r}"
    )
