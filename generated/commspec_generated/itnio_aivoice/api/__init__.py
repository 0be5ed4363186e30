"""Resources of `ITNIO Tech AI voice outbound tasks`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .tasks import AsyncTasks, Tasks


class AivoiceResources:
    """Mixin for a blocking vendor client: the `aivoice` resources."""

    _aivoice_tasks: Tasks

    def _bind_aivoice(self, pipeline: SyncPipeline) -> None:
        self._aivoice_tasks = Tasks(pipeline)

    @property
    def tasks(self) -> Tasks:
        """``Tasks``: ``create``, ``edit``, ``start``, ``stop``, ``delete``, ``list``."""
        return self._aivoice_tasks


class AsyncAivoiceResources:
    """Mixin for an asyncio vendor client: the `aivoice` resources."""

    _aivoice_tasks: AsyncTasks

    def _bind_aivoice(self, pipeline: AsyncPipeline) -> None:
        self._aivoice_tasks = AsyncTasks(pipeline)

    @property
    def tasks(self) -> AsyncTasks:
        """``AsyncTasks``: ``create``, ``edit``, ``start``, ``stop``, ``delete``, ``list``."""
        return self._aivoice_tasks
