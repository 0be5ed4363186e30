"""Resources of `ITNIO Tech OTP task flows`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .flows import AsyncFlows, Flows


class OtpResources:
    """Mixin for a blocking vendor client: the `otp` resources."""

    flows: Flows

    def _bind_otp(self, pipeline: SyncPipeline) -> None:
        self.flows = Flows(pipeline)


class AsyncOtpResources:
    """Mixin for an asyncio vendor client: the `otp` resources."""

    flows: AsyncFlows

    def _bind_otp(self, pipeline: AsyncPipeline) -> None:
        self.flows = AsyncFlows(pipeline)
