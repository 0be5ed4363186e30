from typing import Literal

CallFlowsListAdvanced = Literal["YES"]

CALL_FLOWS_LIST_ADVANCED_VALUES: set[CallFlowsListAdvanced] = {
    "YES",
}


def check_call_flows_list_advanced(value: str) -> CallFlowsListAdvanced:
    if value in CALL_FLOWS_LIST_ADVANCED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_LIST_ADVANCED_VALUES!r}"
    )
