"""Resources of `ITNIO Tech OTP task flows`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec._transport import AsyncTransport, SyncTransport

from .flows import AsyncFlows, Flows


class OtpResources:
    """Mixin for a blocking vendor client: the `otp` resources."""

    flows: Flows

    def _bind_otp(self, transport: SyncTransport) -> None:
        self.flows = Flows(transport)


class AsyncOtpResources:
    """Mixin for an asyncio vendor client: the `otp` resources."""

    flows: AsyncFlows

    def _bind_otp(self, transport: AsyncTransport) -> None:
        self.flows = AsyncFlows(transport)
