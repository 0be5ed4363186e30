"""Resources of `Huawei Cloud MSGSMS v2 SMS templates`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .apps import Apps, AsyncApps
from .countries import AsyncCountries, Countries
from .signatures import AsyncSignatures, Signatures
from .templates import AsyncTemplates, Templates


class MsgsmsResources:
    """Mixin for a blocking vendor client: the `msgsms` resources."""

    _msgsms_templates: Templates
    _msgsms_countries: Countries
    _msgsms_apps: Apps
    _msgsms_signatures: Signatures

    def _bind_msgsms(self, pipeline: SyncPipeline) -> None:
        self._msgsms_templates = Templates(pipeline)
        self._msgsms_countries = Countries(pipeline)
        self._msgsms_apps = Apps(pipeline)
        self._msgsms_signatures = Signatures(pipeline)

    @property
    def templates(self) -> Templates:
        """``Templates``: ``list``, ``create``, ``retrieve``, ``update``, ``delete``, ``variables``."""
        return self._msgsms_templates

    @property
    def countries(self) -> Countries:
        """``Countries``: ``list``."""
        return self._msgsms_countries

    @property
    def apps(self) -> Apps:
        """``Apps``: ``count``, ``list``, ``create``, ``retrieve``, ``update``."""
        return self._msgsms_apps

    @property
    def signatures(self) -> Signatures:
        """``Signatures``: ``list``, ``create``, ``retrieve``, ``update``, ``delete``, ``activate``, ``retrieve_file``, ``upload_file``."""
        return self._msgsms_signatures


class AsyncMsgsmsResources:
    """Mixin for an asyncio vendor client: the `msgsms` resources."""

    _msgsms_templates: AsyncTemplates
    _msgsms_countries: AsyncCountries
    _msgsms_apps: AsyncApps
    _msgsms_signatures: AsyncSignatures

    def _bind_msgsms(self, pipeline: AsyncPipeline) -> None:
        self._msgsms_templates = AsyncTemplates(pipeline)
        self._msgsms_countries = AsyncCountries(pipeline)
        self._msgsms_apps = AsyncApps(pipeline)
        self._msgsms_signatures = AsyncSignatures(pipeline)

    @property
    def templates(self) -> AsyncTemplates:
        """``AsyncTemplates``: ``list``, ``create``, ``retrieve``, ``update``, ``delete``, ``variables``."""
        return self._msgsms_templates

    @property
    def countries(self) -> AsyncCountries:
        """``AsyncCountries``: ``list``."""
        return self._msgsms_countries

    @property
    def apps(self) -> AsyncApps:
        """``AsyncApps``: ``count``, ``list``, ``create``, ``retrieve``, ``update``."""
        return self._msgsms_apps

    @property
    def signatures(self) -> AsyncSignatures:
        """``AsyncSignatures``: ``list``, ``create``, ``retrieve``, ``update``, ``delete``, ``activate``, ``retrieve_file``, ``upload_file``."""
        return self._msgsms_signatures
