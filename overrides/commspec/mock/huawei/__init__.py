"""The Huawei Cloud fake (IAM tokens + MSGSMS templates): state in ``models``, HTTP in ``responses``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec.mock._router import Router
from commspec.mock.huawei.models import HuaweiBackend, HuaweiError
from commspec.mock.huawei.responses import HuaweiResponses
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

__all__ = ["HuaweiBackend", "HuaweiError", "install"]


def install(server: MockServer) -> None:
    """Register IAM and MSGSMS on ``server`` (its state appears under ``huawei`` in /_mock/state)."""
    backend = HuaweiBackend(server.config, msgsms_spec.API)
    router = Router([*iam_spec.OPERATIONS.values(), *msgsms_spec.OPERATIONS.values()])
    responses = HuaweiResponses(backend)
    server.register("huawei", backend, router, responses.handle, responses.server_error)
