"""Resources of `Huawei Cloud Message & SMS sending (application access address, X-WSSE)`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .messages import AsyncMessages, Messages


class SmsResources:
    """Mixin for a blocking vendor client: the `sms` resources."""

    _sms_messages: Messages

    def _bind_sms(self, pipeline: SyncPipeline) -> None:
        self._sms_messages = Messages(pipeline)

    @property
    def messages(self) -> Messages:
        """``Messages``: ``send``, ``send_diff``."""
        return self._sms_messages


class AsyncSmsResources:
    """Mixin for an asyncio vendor client: the `sms` resources."""

    _sms_messages: AsyncMessages

    def _bind_sms(self, pipeline: AsyncPipeline) -> None:
        self._sms_messages = AsyncMessages(pipeline)

    @property
    def messages(self) -> AsyncMessages:
        """``AsyncMessages``: ``send``, ``send_diff``."""
        return self._sms_messages
