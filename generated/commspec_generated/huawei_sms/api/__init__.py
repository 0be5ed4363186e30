"""Resources of `Huawei Cloud Message & SMS sending (application access address, X-WSSE)`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .messages import AsyncMessages, Messages


class SmsResources:
    """Mixin for a blocking vendor client: the `sms` resources."""

    messages: Messages

    def _bind_sms(self, pipeline: SyncPipeline) -> None:
        self.messages = Messages(pipeline)


class AsyncSmsResources:
    """Mixin for an asyncio vendor client: the `sms` resources."""

    messages: AsyncMessages

    def _bind_sms(self, pipeline: AsyncPipeline) -> None:
        self.messages = AsyncMessages(pipeline)
