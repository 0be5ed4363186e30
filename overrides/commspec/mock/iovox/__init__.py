"""The IOVOX fake: call flows kept by the engine (``models``), IOVOX's HTTP semantics in ``fake``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec import _xml_safe  # noqa: F401 - first: without the iovox extra, MissingExtraError names it
from commspec.mock._engine import Engine
from commspec.mock.iovox.fake import IovoxResponses, IovoxRouter
from commspec.mock.iovox.models import IovoxBackend
from commspec_generated.iovox_callflow import spec as callflow_spec

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

__all__ = ["IovoxBackend", "IovoxResponses", "IovoxRouter", "install"]


def install(server: MockServer) -> None:
    """Register the CallFlow interface (``/CallFlow``) on the shared mock server."""
    backend = IovoxBackend(server.clock)
    fake = IovoxResponses(server.config, backend)
    backend.engine = Engine(server.config, backend, fake)
    router = IovoxRouter(callflow_spec.OPERATIONS.values())
    server.register("iovox", backend, router, backend.engine.handle, fake.server_error, fake.render_error)
