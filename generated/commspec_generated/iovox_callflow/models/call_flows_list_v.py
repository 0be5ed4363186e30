from typing import Literal

CallFlowsListV = Literal[3]

CALL_FLOWS_LIST_V_VALUES: set[CallFlowsListV] = {
    3,
}


def check_call_flows_list_v(value: int) -> CallFlowsListV:
    if value in CALL_FLOWS_LIST_V_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_V_VALUES!r}"
    )
