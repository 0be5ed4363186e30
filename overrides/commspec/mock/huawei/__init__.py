"""The Huawei Cloud fake (IAM tokens + MSGSMS templates): state in ``models``, HTTP in ``fake``,
template effects by the engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec.mock._engine import Engine
from commspec.mock._router import Router
from commspec.mock.huawei.fake import HuaweiResponses
from commspec.mock.huawei.models import HuaweiBackend
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

__all__ = ["HuaweiBackend", "install"]


def install(server: MockServer) -> None:
    """Register IAM and MSGSMS on ``server`` (its state appears under ``huawei`` in /_mock/state)."""
    backend = HuaweiBackend(server.config, clock=server.clock)
    fake = HuaweiResponses(backend)
    backend.engine = Engine(server.config, backend, fake)
    router = Router([*iam_spec.OPERATIONS.values(), *msgsms_spec.OPERATIONS.values()])
    server.register("huawei", backend, router, backend.engine.handle, fake.server_error, fake.render_error)
