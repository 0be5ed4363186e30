"""Resources of `ITNIO Tech OTP`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .apps import Apps, AsyncApps
from .flows import AsyncFlows, Flows
from .templates import AsyncTemplates, Templates
from .verifications import AsyncVerifications, Verifications


class OtpResources:
    """Mixin for a blocking vendor client: the `otp` resources."""

    _otp_apps: Apps
    _otp_templates: Templates
    _otp_verifications: Verifications
    _otp_flows: Flows

    def _bind_otp(self, pipeline: SyncPipeline) -> None:
        self._otp_apps = Apps(pipeline)
        self._otp_templates = Templates(pipeline)
        self._otp_verifications = Verifications(pipeline)
        self._otp_flows = Flows(pipeline)

    @property
    def apps(self) -> Apps:
        """``Apps``: ``create``, ``update``, ``retrieve``."""
        return self._otp_apps

    @property
    def templates(self) -> Templates:
        """``Templates``: ``create``, ``update``, ``list``, ``retrieve``."""
        return self._otp_templates

    @property
    def verifications(self) -> Verifications:
        """``Verifications``: ``send``, ``send_rule``, ``verify``."""
        return self._otp_verifications

    @property
    def flows(self) -> Flows:
        """``Flows``: ``create``, ``update``, ``list``, ``retrieve``."""
        return self._otp_flows


class AsyncOtpResources:
    """Mixin for an asyncio vendor client: the `otp` resources."""

    _otp_apps: AsyncApps
    _otp_templates: AsyncTemplates
    _otp_verifications: AsyncVerifications
    _otp_flows: AsyncFlows

    def _bind_otp(self, pipeline: AsyncPipeline) -> None:
        self._otp_apps = AsyncApps(pipeline)
        self._otp_templates = AsyncTemplates(pipeline)
        self._otp_verifications = AsyncVerifications(pipeline)
        self._otp_flows = AsyncFlows(pipeline)

    @property
    def apps(self) -> AsyncApps:
        """``AsyncApps``: ``create``, ``update``, ``retrieve``."""
        return self._otp_apps

    @property
    def templates(self) -> AsyncTemplates:
        """``AsyncTemplates``: ``create``, ``update``, ``list``, ``retrieve``."""
        return self._otp_templates

    @property
    def verifications(self) -> AsyncVerifications:
        """``AsyncVerifications``: ``send``, ``send_rule``, ``verify``."""
        return self._otp_verifications

    @property
    def flows(self) -> AsyncFlows:
        """``AsyncFlows``: ``create``, ``update``, ``list``, ``retrieve``."""
        return self._otp_flows
