"""Resources of `Huawei Cloud MSGSMS v2 SMS templates`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .apps import Apps, AsyncApps
from .signatures import AsyncSignatures, Signatures
from .templates import AsyncTemplates, Templates


class MsgsmsResources:
    """Mixin for a blocking vendor client: the `msgsms` resources."""

    templates: Templates
    apps: Apps
    signatures: Signatures

    def _bind_msgsms(self, pipeline: SyncPipeline) -> None:
        self.templates = Templates(pipeline)
        self.apps = Apps(pipeline)
        self.signatures = Signatures(pipeline)


class AsyncMsgsmsResources:
    """Mixin for an asyncio vendor client: the `msgsms` resources."""

    templates: AsyncTemplates
    apps: AsyncApps
    signatures: AsyncSignatures

    def _bind_msgsms(self, pipeline: AsyncPipeline) -> None:
        self.templates = AsyncTemplates(pipeline)
        self.apps = AsyncApps(pipeline)
        self.signatures = AsyncSignatures(pipeline)
