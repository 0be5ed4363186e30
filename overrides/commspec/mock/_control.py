"""The control API under ``/_mock/``: reset, state, fault injection, the clock and the outbox (what
``commspec.testing`` uses).

Guarded as dev servers guard theirs (webpack-dev-server, Vite, Jupyter): a web page the developer opens
must not drive it. A request that changes something must say ``Content-Type: application/json`` (415
otherwise), which a browser cannot send cross-origin without a CORS preflight, and the mock answers no
preflight; the served mock answers only a loopback ``Host`` (403 otherwise, see ``host_allowed``), so a
page cannot reach it through DNS rebinding either.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from commspec.mock._faults import Fault, FaultError
from commspec.mock._http import MockRequest, MockResponse, load_json

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

PREFIX = "/_mock/"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
SAFE_METHODS = frozenset({"GET", "HEAD"})


def control(server: MockServer, request: MockRequest) -> MockResponse:
    refused = _refused_content_type(request)
    if refused is not None:
        return refused
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


def _refused_content_type(request: MockRequest) -> MockResponse | None:
    """415 for a control request that changes something without a JSON content type: ``text/plain``,
    a form or no type at all is what a browser sends cross-origin without asking first."""
    if request.method in SAFE_METHODS:
        return None
    media_type = (request.headers.get("content-type") or "").partition(";")[0].strip().lower()
    if media_type == "application/json":
        return None
    shown = media_type or "none"
    return MockResponse.json(
        {"error": f"control requests that change the mock need Content-Type: application/json (got {shown})"},
        415,
    )


def host_name(host: str) -> str:
    """``host`` (a Host header value) without its port, lower case: ``[::1]:8080`` -> ``[::1]``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() else host


def host_allowed(host: str | None, allowed: Collection[str]) -> bool:
    """Whether a served control request with this ``Host`` header is answered: a loopback name, or one
    of ``allowed`` (``MockConfig.allowed_hosts``; ``"*"`` allows any). A request without a Host header
    is refused: HTTP/1.1 requires one, and there would be nothing to check."""
    if host is None:
        return False
    if "*" in allowed:
        return True
    name = host_name(host)
    return name in LOOPBACK_HOSTS or name in {host_name(h) for h in allowed}


def refused_host(host: str | None) -> MockResponse:
    shown = "none" if host is None else repr(host[:100])
    return MockResponse.json(
        {
            "error": f"control API: Host {shown} is not a loopback name (localhost, 127.0.0.1, [::1]); "
            "start the mock with --allow-host NAME or COMMSPEC_MOCK_ALLOW_HOSTS=NAME to allow it"
        },
        403,
    )
