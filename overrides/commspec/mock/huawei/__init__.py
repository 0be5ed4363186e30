"""The Huawei Cloud fake (IAM tokens + MSGSMS templates): state in ``models``, HTTP in ``fake``,
template effects by the engine; SMS sending (X-WSSE) in ``sms``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec.mock._engine import Engine
from commspec.mock._router import Router
from commspec.mock.huawei.fake import HuaweiResponses
from commspec.mock.huawei.models import HuaweiBackend
from commspec.mock.huawei.sms import SmsBackend, SmsFake
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec
from commspec_generated.huawei_sms import spec as sms_spec

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

__all__ = ["HuaweiBackend", "SmsBackend", "install"]


def install(server: MockServer) -> None:
    """Register IAM and MSGSMS on ``server`` (its state appears under ``huawei`` in /_mock/state)."""
    backend = HuaweiBackend(server.config, clock=server.clock)
    fake = HuaweiResponses(backend)
    backend.engine = Engine(server.config, backend, fake)
    router = Router([*iam_spec.OPERATIONS.values(), *msgsms_spec.OPERATIONS.values()])
    server.register("huawei", backend, router, backend.engine.handle, fake.server_error, fake.render_error)
    # SMS sending (the application access address): its own service on the same port, reading the
    # templates above; its state appears under ``huawei_sms``.
    sms = SmsBackend(
        server.config, templates=lambda: backend.templates, clock=server.clock, wall=server.clock.wall
    )
    sms_fake = SmsFake(sms, server.deliver, server.callbacks.push)
    sms_engine = Engine(server.config, backend, sms_fake)
    sms_router = Router(sms_spec.OPERATIONS.values())
    server.register(
        "huawei_sms", sms, sms_router, sms_engine.handle, sms_fake.server_error, sms_fake.render_error
    )
