"""Base classes of the generated resource classes."""

from __future__ import annotations

import copy
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from commspec._pipeline import AsyncPipeline, SyncPipeline
    from commspec._raw import RawResponse

R = TypeVar("R", "SyncResource", "AsyncResource")


class _RawView(Generic[R]):
    """The methods of ``resource``, each returning a ``RawResponse`` (the HTTP answer and ``parse()``)
    instead of the typed result: the same generated method, on a copy of the resource whose pipeline
    copy returns the raw answer."""

    def __init__(self, resource: R) -> None:
        pipeline = copy.copy(resource._pipeline)
        pipeline.raw = True
        view: R = copy.copy(resource)
        view._pipeline = pipeline
        self._resource: R = view

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self._resource, name)
        if not callable(method):
            raise AttributeError(name)
        return method


class SyncRawResponses(_RawView["SyncResource"]):
    """``resource.with_raw_response``: ``.<method>(...)`` returns a ``RawResponse``."""

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method: Callable[..., RawResponse[Any]] = super().__getattr__(name)
        return method


class AsyncRawResponses(_RawView["AsyncResource"]):
    """``resource.with_raw_response``: ``await .<method>(...)`` returns a ``RawResponse``."""

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        method: Callable[..., Awaitable[RawResponse[Any]]] = super().__getattr__(name)
        return method


class SyncResource:
    def __init__(self, pipeline: SyncPipeline) -> None:
        self._pipeline = pipeline

    @property
    def with_raw_response(self) -> SyncRawResponses:
        """Each method of this resource, returning the HTTP answer (``http_status``, ``headers``) and
        ``parse()`` to the typed result, as openai-python's ``with_raw_response``."""
        return SyncRawResponses(self)


class AsyncResource:
    def __init__(self, pipeline: AsyncPipeline) -> None:
        self._pipeline = pipeline

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """Each method of this resource as a coroutine of the HTTP answer (``http_status``,
        ``headers``) with ``parse()`` to the typed result, as openai-python's ``with_raw_response``."""
        return AsyncRawResponses(self)


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
