"""Base classes of the generated resource classes."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commspec._pipeline import AsyncPipeline, SyncPipeline


class SyncResource:
    def __init__(self, pipeline: SyncPipeline) -> None:
        self._pipeline = pipeline


class AsyncResource:
    def __init__(self, pipeline: AsyncPipeline) -> None:
        self._pipeline = pipeline


def resources_of(client: object) -> dict[str, SyncResource | AsyncResource]:
    """A client's resources by attribute name (``flows``, ``tasks``, ...): the properties the generated
    resource mixins define (documented on the class, so that ``help(ItnioClient)`` lists them)."""
    found: dict[str, SyncResource | AsyncResource] = {}
    for name in dir(type(client)):
        attribute = inspect.getattr_static(type(client), name, None)
        if name.startswith("_") or not isinstance(attribute, property) or attribute.fget is None:
            continue
        if attribute.fget.__module__.startswith("commspec_generated."):
            value = getattr(client, name)
            if isinstance(value, SyncResource | AsyncResource):
                found[name] = value
    return found
