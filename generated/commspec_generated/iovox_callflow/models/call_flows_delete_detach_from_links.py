from typing import Literal

CallFlowsDeleteDetachFromLinks = Literal["FALSE", "TRUE"]

CALL_FLOWS_DELETE_DETACH_FROM_LINKS_VALUES: set[CallFlowsDeleteDetachFromLinks] = {
    "FALSE",
    "TRUE",
}


def check_call_flows_delete_detach_from_links(
    value: str,
) -> CallFlowsDeleteDetachFromLinks:
    if value in CALL_FLOWS_DELETE_DETACH_FROM_LINKS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_DELETE_DETACH_FROM_LINKS_VALUES!r}"
    )
