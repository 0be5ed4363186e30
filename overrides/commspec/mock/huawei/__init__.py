"""The Huawei Cloud fake (IAM tokens + MSGSMS templates): state in ``models``, HTTP in ``fake``,
template effects by the engine; SMS sending (X-WSSE) in ``sms``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commspec.mock._control import Controlled
from commspec.mock._engine import Engine
from commspec.mock._http import MockRequest, MockResponse, load_json
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
    server.add_control_route("POST", "/_mock/huawei/review", review_over_http)
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


def review_over_http(server: Controlled, request: MockRequest) -> MockResponse:
    """The Huawei reviewer: ``{"template_id": ..., "approve": true|false[, "project_id": ...]}`` makes
    the template Adopted or Reject (``HuaweiBackend.review``), found in any project unless one is named."""
    try:
        body = load_json(request.body)
    except ValueError as error:
        return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
    if not isinstance(body, dict) or not isinstance(body.get("template_id"), str):
        return MockResponse.json({"error": "template_id: required, a string", "field": "template_id"}, 400)
    if not isinstance(body.get("approve"), bool):
        return MockResponse.json({"error": "approve: required, true or false", "field": "approve"}, 400)
    backend = server.backend("huawei")
    template_id, wanted = body["template_id"], body.get("project_id")
    found = [
        p for p, templates in backend.templates.items() if template_id in templates and wanted in (None, p)
    ]
    if not found:
        return MockResponse.json({"error": f"no template {template_id!r}", "field": "template_id"}, 404)
    backend.review(found[0], template_id, approve=body["approve"])
    template = backend.templates[found[0]][template_id]
    return MockResponse.json({"template_id": body["template_id"], "flow_status": template["flow_status"]})
