"""Contains all the data models used in inputs/outputs"""

from .flow_envelope import FlowEnvelope
from .flow_list_envelope import FlowListEnvelope
from .flow_node import FlowNode
from .flow_node_channel import FlowNodeChannel
from .flow_node_channel_cut import FlowNodeChannelCut
from .flow_node_status import FlowNodeStatus
from .flow_write import FlowWrite
from .task_flow import TaskFlow

__all__ = (
    "FlowEnvelope",
    "FlowListEnvelope",
    "FlowNode",
    "FlowNodeChannel",
    "FlowNodeChannelCut",
    "FlowNodeStatus",
    "FlowWrite",
    "TaskFlow",
)
