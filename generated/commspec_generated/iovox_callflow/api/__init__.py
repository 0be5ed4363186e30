"""Resources of `IOVOX REST API v3 — CallFlow interface`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec._transport import AsyncTransport, SyncTransport

from .call_flows import AsyncCallFlows, CallFlows


class CallflowResources:
    """Mixin for a blocking vendor client: the `callflow` resources."""

    call_flows: CallFlows

    def _bind_callflow(self, transport: SyncTransport) -> None:
        self.call_flows = CallFlows(transport)


class AsyncCallflowResources:
    """Mixin for an asyncio vendor client: the `callflow` resources."""

    call_flows: AsyncCallFlows

    def _bind_callflow(self, transport: AsyncTransport) -> None:
        self.call_flows = AsyncCallFlows(transport)
