"""Resources of `Huawei Cloud MSGSMS v2 SMS templates`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec._transport import AsyncTransport, SyncTransport

from .templates import AsyncTemplates, Templates


class MsgsmsResources:
    """Mixin for a blocking vendor client: the `msgsms` resources."""

    templates: Templates

    def _bind_msgsms(self, transport: SyncTransport) -> None:
        self.templates = Templates(transport)


class AsyncMsgsmsResources:
    """Mixin for an asyncio vendor client: the `msgsms` resources."""

    templates: AsyncTemplates

    def _bind_msgsms(self, transport: AsyncTransport) -> None:
        self.templates = AsyncTemplates(transport)
