from typing import Literal

CallFlowsUpdateV = Literal[3]

CALL_FLOWS_UPDATE_V_VALUES: set[CallFlowsUpdateV] = {
    3,
}


def check_call_flows_update_v(value: int) -> CallFlowsUpdateV:
    if value in CALL_FLOWS_UPDATE_V_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_UPDATE_V_VALUES!r}"
    )
