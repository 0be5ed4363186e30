"""Resources of `ITNIO Tech AI voice outbound tasks`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .tasks import AsyncTasks, Tasks


class AivoiceResources:
    """Mixin for a blocking vendor client: the `aivoice` resources."""

    tasks: Tasks

    def _bind_aivoice(self, pipeline: SyncPipeline) -> None:
        self.tasks = Tasks(pipeline)


class AsyncAivoiceResources:
    """Mixin for an asyncio vendor client: the `aivoice` resources."""

    tasks: AsyncTasks

    def _bind_aivoice(self, pipeline: AsyncPipeline) -> None:
        self.tasks = AsyncTasks(pipeline)
