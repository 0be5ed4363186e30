"""Base classes of the generated resource classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from commspec.errors import ResponseFormatError

if TYPE_CHECKING:
    from commspec._pipeline import AsyncPipeline, SyncPipeline

T = TypeVar("T")


class SyncResource:
    def __init__(self, client: SyncPipeline) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncPipeline) -> None:
        self._client = client


def require(value: T | Any) -> T:
    """A success payload the spec says is present; a vendor that omits it broke its contract."""
    if value is None or type(value).__name__ == "Unset":
        raise ResponseFormatError("the vendor reported success but sent no data")
    return value
