from typing import Literal

FlowStatus = Literal["Pending", "Reviewing"]

FLOW_STATUS_VALUES: set[FlowStatus] = {
    "Pending",
    "Reviewing",
}


def check_flow_status(value: str) -> FlowStatus:
    if value in FLOW_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLOW_STATUS_VALUES!r}"
    )
