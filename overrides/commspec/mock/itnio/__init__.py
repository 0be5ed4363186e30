"""The ITNIO Tech fake: state in ``models``, HTTP semantics in ``fake``, effects by the engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec.mock._engine import Engine
from commspec.mock._router import Router
from commspec.mock.itnio.fake import ItnioResponses
from commspec.mock.itnio.models import ItnioBackend
from commspec.mock.itnio.otp import Verifications
from commspec_generated.itnio_aivoice import spec as aivoice_spec
from commspec_generated.itnio_otp import spec as otp_spec

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

__all__ = ["ItnioBackend", "install"]


def install(server: MockServer) -> None:
    """Register OTP (flows, applications, templates, verification codes) and AI voice tasks on
    ``server`` (state under ``itnio`` in /_mock/state; codes go to ``server.outbox``)."""
    backend = ItnioBackend(otp_spec.API, aivoice_spec.API, clock=server.clock)
    # Signed request times are checked against the wall clock: clients sign with it (commspec.mock._clock).
    fake = ItnioResponses(server.config, clock=server.clock.wall)
    backend.engine = Engine(server.config, backend, fake)
    verifications = backend.verifications = Verifications(otp_spec.API, server)
    fake.vendor_operations.update(
        verifications_send=verifications.send,
        verifications_send_rule=verifications.send,
        verifications_verify=verifications.verify,
    )
    router = Router([*otp_spec.OPERATIONS.values(), *aivoice_spec.OPERATIONS.values()])
    server.register("itnio", backend, router, backend.engine.handle, fake.server_error, fake.render_error)
