from typing import Literal

CallFlowsRetrieveV = Literal[3]

CALL_FLOWS_RETRIEVE_V_VALUES: set[CallFlowsRetrieveV] = {
    3,
}


def check_call_flows_retrieve_v(value: int) -> CallFlowsRetrieveV:
    if value in CALL_FLOWS_RETRIEVE_V_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_RETRIEVE_V_VALUES!r}"
    )
