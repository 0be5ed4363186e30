"""Contains all the data models used in inputs/outputs"""

from .flow import Flow
from .flow_envelope import FlowEnvelope
from .flow_list_envelope import FlowListEnvelope
from .flow_node import FlowNode
from .flow_node_channel import FlowNodeChannel
from .flow_node_channel_cut import FlowNodeChannelCut
from .flow_node_status import FlowNodeStatus
from .flow_write import FlowWrite

__all__ = (
    "Flow",
    "FlowEnvelope",
    "FlowListEnvelope",
    "FlowNode",
    "FlowNodeChannel",
    "FlowNodeChannelCut",
    "FlowNodeStatus",
    "FlowWrite",
)
