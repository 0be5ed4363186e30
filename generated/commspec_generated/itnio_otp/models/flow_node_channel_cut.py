from typing import Literal

FlowNodeChannelCut = Literal[0, 1]

FLOW_NODE_CHANNEL_CUT_VALUES: set[FlowNodeChannelCut] = {
    0,
    1,
}


def check_flow_node_channel_cut(value: int) -> FlowNodeChannelCut:
    if value in FLOW_NODE_CHANNEL_CUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLOW_NODE_CHANNEL_CUT_VALUES!r}"
    )
