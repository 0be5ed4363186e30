"""Resources of `ITNIO Tech OTP`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .apps import Apps, AsyncApps
from .flows import AsyncFlows, Flows
from .templates import AsyncTemplates, Templates
from .verifications import AsyncVerifications, Verifications


class OtpResources:
    """Mixin for a blocking vendor client: the `otp` resources."""

    apps: Apps
    templates: Templates
    verifications: Verifications
    flows: Flows

    def _bind_otp(self, pipeline: SyncPipeline) -> None:
        self.apps = Apps(pipeline)
        self.templates = Templates(pipeline)
        self.verifications = Verifications(pipeline)
        self.flows = Flows(pipeline)


class AsyncOtpResources:
    """Mixin for an asyncio vendor client: the `otp` resources."""

    apps: AsyncApps
    templates: AsyncTemplates
    verifications: AsyncVerifications
    flows: AsyncFlows

    def _bind_otp(self, pipeline: AsyncPipeline) -> None:
        self.apps = AsyncApps(pipeline)
        self.templates = AsyncTemplates(pipeline)
        self.verifications = AsyncVerifications(pipeline)
        self.flows = AsyncFlows(pipeline)
