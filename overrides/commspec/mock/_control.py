"""The control API under ``/_mock/``: reset, state, fault injection (what ``commspec.testing`` uses)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from commspec.mock._faults import Fault, FaultError
from commspec.mock._http import MockRequest, MockResponse, load_json

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

PREFIX = "/_mock/"


def control(server: MockServer, request: MockRequest) -> MockResponse:
    route = (request.method, request.path.rstrip("/"))
    if route == ("POST", "/_mock/reset"):
        server.reset()
        return MockResponse.json({"reset": True})
    if route == ("GET", "/_mock/state"):
        return MockResponse.json(server.state())
    if route == ("GET", "/_mock/faults"):
        return MockResponse.json(server.faults.snapshot())
    if route == ("DELETE", "/_mock/faults"):
        server.faults.clear()
        return MockResponse.json({"cleared": True})
    if route == ("POST", "/_mock/faults"):
        try:
            server.faults.add(Fault.from_dict(load_json(request.body)))
        except FaultError as error:
            invalid: dict[str, Any] = {"error": str(error), "field": error.field}
            return MockResponse.json({**invalid, "valid": error.valid} if error.valid else invalid, 400)
        except ValueError as error:
            return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
        return MockResponse.json({"added": True}, 201)
    return MockResponse.json({"error": f"unknown control route {request.method} {request.path}"}, 404)
