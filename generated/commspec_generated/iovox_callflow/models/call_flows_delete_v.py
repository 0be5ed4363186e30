from typing import Literal

CallFlowsDeleteV = Literal[3]

CALL_FLOWS_DELETE_V_VALUES: set[CallFlowsDeleteV] = {
    3,
}


def check_call_flows_delete_v(value: int) -> CallFlowsDeleteV:
    if value in CALL_FLOWS_DELETE_V_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_DELETE_V_VALUES!r}"
    )
