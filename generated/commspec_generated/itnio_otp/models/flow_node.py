from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_node_channel import FlowNodeChannel, check_flow_node_channel
from ..models.flow_node_channel_cut import (
    FlowNodeChannelCut,
    check_flow_node_channel_cut,
)
from ..models.flow_node_status import FlowNodeStatus, check_flow_node_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowNode")


@_attrs_define
class FlowNode:
    """One node of a flow, tried in order.

    Attributes:
        waiting_time (int): Waiting time in seconds.
        status (FlowNodeStatus): Trigger: 1 = send failure (send failure or report failure), 2 = unchecked (including
            check failure).
        channel (FlowNodeChannel): Channel type.
        channel_cut (FlowNodeChannelCut | Unset): Whether to switch the channel to send: 0 = switch, 1 = do not switch.
            Default: 0.
    """

    waiting_time: int
    status: FlowNodeStatus
    channel: FlowNodeChannel
    channel_cut: FlowNodeChannelCut | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waiting_time = self.waiting_time

        status: int = self.status

        channel: str = self.channel

        channel_cut: int | Unset = UNSET
        if not isinstance(self.channel_cut, Unset):
            channel_cut = self.channel_cut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "waitingTime": waiting_time,
                "status": status,
                "channel": channel,
            }
        )
        if channel_cut is not UNSET:
            field_dict["channelCut"] = channel_cut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        waiting_time = d.pop("waitingTime")

        status = check_flow_node_status(d.pop("status"))

        channel = check_flow_node_channel(d.pop("channel"))

        _channel_cut = d.pop("channelCut", UNSET)
        channel_cut: FlowNodeChannelCut | Unset
        if isinstance(_channel_cut, Unset):
            channel_cut = UNSET
        else:
            channel_cut = check_flow_node_channel_cut(_channel_cut)

        flow_node = cls(
            waiting_time=waiting_time,
            status=status,
            channel=channel,
            channel_cut=channel_cut,
        )

        flow_node.additional_properties = d
        return flow_node

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
