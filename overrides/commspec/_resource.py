"""Base classes of the generated resource classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commspec._pipeline import AsyncPipeline, SyncPipeline


class SyncResource:
    def __init__(self, pipeline: SyncPipeline) -> None:
        self._pipeline = pipeline


class AsyncResource:
    def __init__(self, pipeline: AsyncPipeline) -> None:
        self._pipeline = pipeline
