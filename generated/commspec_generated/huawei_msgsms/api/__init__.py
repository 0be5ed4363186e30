"""Resources of `Huawei Cloud MSGSMS v2 SMS templates`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .apps import Apps, AsyncApps
from .countries import AsyncCountries, Countries
from .signatures import AsyncSignatures, Signatures
from .templates import AsyncTemplates, Templates


class MsgsmsResources:
    """Mixin for a blocking vendor client: the `msgsms` resources."""

    templates: Templates
    countries: Countries
    apps: Apps
    signatures: Signatures

    def _bind_msgsms(self, pipeline: SyncPipeline) -> None:
        self.templates = Templates(pipeline)
        self.countries = Countries(pipeline)
        self.apps = Apps(pipeline)
        self.signatures = Signatures(pipeline)


class AsyncMsgsmsResources:
    """Mixin for an asyncio vendor client: the `msgsms` resources."""

    templates: AsyncTemplates
    countries: AsyncCountries
    apps: AsyncApps
    signatures: AsyncSignatures

    def _bind_msgsms(self, pipeline: AsyncPipeline) -> None:
        self.templates = AsyncTemplates(pipeline)
        self.countries = AsyncCountries(pipeline)
        self.apps = AsyncApps(pipeline)
        self.signatures = AsyncSignatures(pipeline)
