"""The control API under ``/_mock/``: reset, state, fault injection, the clock and the outbox (what
``commspec.testing`` uses)."""

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
    if route == ("GET", "/_mock/outbox"):
        to = request.query.get("to")
        return MockResponse.json({"messages": [d.to_dict() for d in server.outbox.messages(to)]})
    if route == ("GET", "/_mock/clock"):
        return MockResponse.json(server.clock.snapshot())
    if route == ("POST", "/_mock/clock"):
        return _advance(server, request)
    return MockResponse.json({"error": f"unknown control route {request.method} {request.path}"}, 404)


def _advance(server: MockServer, request: MockRequest) -> MockResponse:
    """``{"advance": seconds}`` moves the mock clock; the answer is the clock after it."""
    try:
        body = load_json(request.body)
    except ValueError as error:
        return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
    seconds: Any = body.get("advance") if isinstance(body, dict) else None
    try:
        server.clock.advance(seconds)  # checks it: TypeError/ValueError
    except (TypeError, ValueError) as error:
        return MockResponse.json({"error": f"advance: {error}", "field": "advance"}, 400)
    return MockResponse.json(server.clock.snapshot())
