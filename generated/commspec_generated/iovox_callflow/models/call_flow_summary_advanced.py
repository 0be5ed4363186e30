from typing import Literal

CallFlowSummaryAdvanced = Literal["NO", "YES"]

CALL_FLOW_SUMMARY_ADVANCED_VALUES: set[CallFlowSummaryAdvanced] = {
    "NO",
    "YES",
}


def check_call_flow_summary_advanced(value: str) -> CallFlowSummaryAdvanced:
    if value in CALL_FLOW_SUMMARY_ADVANCED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOW_SUMMARY_ADVANCED_VALUES!r}"
    )
