from typing import Literal

FlowNodeStatus = Literal[1, 2]

FLOW_NODE_STATUS_VALUES: set[FlowNodeStatus] = {
    1,
    2,
}


def check_flow_node_status(value: int) -> FlowNodeStatus:
    if value in FLOW_NODE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLOW_NODE_STATUS_VALUES!r}"
    )
