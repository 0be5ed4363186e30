"""Resources of `Huawei Cloud IAM user tokens`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from commspec.runtime import AsyncPipeline, SyncPipeline

from .tokens import AsyncTokens, Tokens


class IamResources:
    """Mixin for a blocking vendor client: the `iam` resources."""

    _iam_tokens: Tokens

    def _bind_iam(self, pipeline: SyncPipeline) -> None:
        self._iam_tokens = Tokens(pipeline)

    @property
    def tokens(self) -> Tokens:
        """``Tokens``: ``create``."""
        return self._iam_tokens


class AsyncIamResources:
    """Mixin for an asyncio vendor client: the `iam` resources."""

    _iam_tokens: AsyncTokens

    def _bind_iam(self, pipeline: AsyncPipeline) -> None:
        self._iam_tokens = AsyncTokens(pipeline)

    @property
    def tokens(self) -> AsyncTokens:
        """``AsyncTokens``: ``create``."""
        return self._iam_tokens
