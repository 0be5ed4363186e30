from typing import Literal

FlowNodeChannel = Literal["call", "sms"]

FLOW_NODE_CHANNEL_VALUES: set[FlowNodeChannel] = {
    "call",
    "sms",
}


def check_flow_node_channel(value: str) -> FlowNodeChannel:
    if value in FLOW_NODE_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLOW_NODE_CHANNEL_VALUES!r}"
    )
