from typing import Literal

CallFlowsListInterface = Literal["CallFlow"]

CALL_FLOWS_LIST_INTERFACE_VALUES: set[CallFlowsListInterface] = {
    "CallFlow",
}


def check_call_flows_list_interface(value: str) -> CallFlowsListInterface:
    if value in CALL_FLOWS_LIST_INTERFACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_INTERFACE_VALUES!r}"
    )
