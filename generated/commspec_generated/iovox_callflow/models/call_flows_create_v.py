from typing import Literal

CallFlowsCreateV = Literal[3]

CALL_FLOWS_CREATE_V_VALUES: set[CallFlowsCreateV] = {
    3,
}


def check_call_flows_create_v(value: int) -> CallFlowsCreateV:
    if value in CALL_FLOWS_CREATE_V_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_CREATE_V_VALUES!r}"
    )
