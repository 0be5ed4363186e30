"""Resources of `IOVOX REST API v3 — CallFlow interface`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .call_flows import AsyncCallFlows, CallFlows


class CallflowResources:
    """Mixin for a blocking vendor client: the `callflow` resources."""

    _callflow_call_flows: CallFlows

    def _bind_callflow(self, pipeline: SyncPipeline) -> None:
        self._callflow_call_flows = CallFlows(pipeline)

    @property
    def call_flows(self) -> CallFlows:
        """``CallFlows``: ``retrieve``, ``update``, ``create``, ``delete``, ``list``."""
        return self._callflow_call_flows


class AsyncCallflowResources:
    """Mixin for an asyncio vendor client: the `callflow` resources."""

    _callflow_call_flows: AsyncCallFlows

    def _bind_callflow(self, pipeline: AsyncPipeline) -> None:
        self._callflow_call_flows = AsyncCallFlows(pipeline)

    @property
    def call_flows(self) -> AsyncCallFlows:
        """``AsyncCallFlows``: ``retrieve``, ``update``, ``create``, ``delete``, ``list``."""
        return self._callflow_call_flows
