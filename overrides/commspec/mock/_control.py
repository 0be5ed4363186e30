"""The control API under ``/_mock/``: reset, state, fault injection, the clock and the outbox (what
``commspec.testing`` uses).

Guarded as dev servers guard theirs (webpack-dev-server, Vite, Jupyter): a web page the developer opens
must not drive it. A request that changes something must say ``Content-Type: application/json`` (415
otherwise), which a browser cannot send cross-origin without a CORS preflight, and the mock answers no
preflight; the served mock answers only a loopback ``Host`` (403 otherwise, see ``host_allowed``), so a
page cannot reach it through DNS rebinding either.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Protocol

from commspec.mock._clock import MockClock
from commspec.mock._config import NOT_SHOWN, MockConfig
from commspec.mock._faults import Fault, FaultBook, FaultError
from commspec.mock._http import MockRequest, MockResponse, load_json
from commspec.mock._journal import Journal, RecordedRequest
from commspec.mock._outbox import Outbox

PREFIX = "/_mock/"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
SAFE_METHODS = frozenset({"GET", "HEAD"})


Route = Callable[["Controlled", MockRequest], MockResponse]


class Controlled(Protocol):
    """What the control API drives: ``MockServer``, named by what the routes use so that this module
    needs nothing of the server's (the server imports the routes, never the other way round)."""

    config: MockConfig
    control_routes: dict[tuple[str, str], Route]  # ROUTES and those vendor fakes add (their own actions)
    journal: Journal
    faults: FaultBook
    clock: MockClock
    outbox: Outbox

    @property
    def backends(self) -> tuple[str, ...]: ...

    def backend(self, name: str) -> Any: ...

    def reset(self) -> None: ...

    def state(self) -> dict[str, Any]: ...

    def seed(self, calls: object) -> list[Any]: ...


def control(server: Controlled, request: MockRequest) -> MockResponse:
    """The answer of the control route ``request`` names (``ROUTES``), after the content-type rule."""
    refused = _refused_content_type(request)
    if refused is not None:
        return refused
    route = server.control_routes.get((request.method, request.path.rstrip("/")))
    if route is None:
        return MockResponse.json({"error": f"unknown control route {request.method} {request.path}"}, 404)
    return route(server, request)


def _reset(server: Controlled, request: MockRequest) -> MockResponse:
    server.reset()
    return MockResponse.json({"reset": True})


def _add_fault(server: Controlled, request: MockRequest) -> MockResponse:
    try:
        server.faults.add(Fault.from_dict(load_json(request.body)))
    except FaultError as error:
        invalid: dict[str, Any] = {"error": str(error), "field": error.field}
        return MockResponse.json({**invalid, "valid": error.valid} if error.valid else invalid, 400)
    except (ValueError, TypeError) as error:
        return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
    return MockResponse.json({"added": True}, 201)


def _clear_faults(server: Controlled, request: MockRequest) -> MockResponse:
    server.faults.clear()
    return MockResponse.json({"cleared": True})


def _requests(server: Controlled, request: MockRequest) -> MockResponse:
    """The journal (``MockServer.journal``), oldest first; ``?operation=`` keeps one operation's. As
    recorded: credential headers and the spec's secret body fields redacted; no credential that is not
    a demo value appears (as in ``state()``)."""
    wanted = request.query.get("operation")
    records = [journal_entry(r) for r in server.journal.requests if wanted in (None, r.operation)]
    answer = {"requests": records, "dropped": server.journal.dropped}
    hidden = server.config.hidden_values()
    return MockResponse.json(hide(answer, hidden) if hidden else answer)


def journal_entry(record: RecordedRequest) -> dict[str, Any]:
    """One recorded request as JSON: ``body`` parsed as the test helpers show it, ``content`` the body
    as text (what ``RecordedRequest`` is rebuilt from on the other side)."""
    return {
        "operation": record.operation,
        "vendor": record.vendor,
        "method": record.method,
        "path": record.path,
        "query": record.query,
        "status": record.status,
        "headers": record.headers,
        "body": record.body,
        "content": record.content.decode("utf-8", errors="replace"),
    }


def hide(value: Any, secrets: frozenset[str]) -> Any:
    """``value`` (JSON-like) with every occurrence of ``secrets``, as a key or within a string, replaced
    by ``NOT_SHOWN``."""
    if isinstance(value, dict):
        return {hide(k, secrets): hide(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [hide(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, NOT_SHOWN)
    return value


def _health(server: Controlled, request: MockRequest) -> MockResponse:
    """What a CI job waits on before its tests: 200 once the mock serves, with the vendors it fakes."""
    return MockResponse.json({"status": "ok", "vendors": list(server.backends)})


def _seed(server: Controlled, request: MockRequest) -> MockResponse:
    """``[{"operation": ..., "arguments": {...}}, ...]``: each a call through the vendor's client
    (``commspec.mock._seed``); 400 naming the first refused call, the ones before it applied."""
    from commspec.mock._seed import SeedError

    try:
        calls = load_json(request.body)
    except ValueError as error:
        return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
    try:
        results = server.seed(calls)
    except SeedError as error:
        return MockResponse.json({"error": str(error), "index": error.index}, 400)
    return MockResponse.json({"seeded": len(results), "results": results}, 201)


def _admit(server: Controlled, request: MockRequest) -> MockResponse:
    """``{"credentials": {argument: value}}``: accept a test client's own credentials besides the
    configured ones (``MockConfig.admit``; what the fixture does for a client of the served mock)."""
    try:
        body = load_json(request.body)
    except ValueError as error:
        return MockResponse.json({"error": f"(body): not JSON ({error})", "field": "(body)"}, 400)
    credentials = body.get("credentials") if isinstance(body, dict) else None
    if not isinstance(credentials, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in credentials.items()
    ):
        problem = "credentials: required, an object of argument name -> string value"
        return MockResponse.json({"error": problem, "field": "credentials"}, 400)
    server.config.admit(credentials)
    return MockResponse.json({"admitted": True})


def _outbox(server: Controlled, request: MockRequest) -> MockResponse:
    to = request.query.get("to")
    return MockResponse.json({"messages": [d.to_dict() for d in server.outbox.messages(to)]})


def _advance(server: Controlled, request: MockRequest) -> MockResponse:
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


# (method, path) -> route. A new control endpoint is one line here (and its function above); a vendor
# fake adds its own actions with ``MockServer.add_control_route`` (the Huawei reviewer).
ROUTES: dict[tuple[str, str], Route] = {
    ("GET", "/_mock/health"): _health,
    ("POST", "/_mock/reset"): _reset,
    ("GET", "/_mock/state"): lambda server, request: MockResponse.json(server.state()),
    ("GET", "/_mock/requests"): _requests,
    ("GET", "/_mock/faults"): lambda server, request: MockResponse.json(server.faults.snapshot()),
    ("POST", "/_mock/faults"): _add_fault,
    ("DELETE", "/_mock/faults"): _clear_faults,
    ("GET", "/_mock/outbox"): _outbox,
    ("GET", "/_mock/clock"): lambda server, request: MockResponse.json(server.clock.snapshot()),
    ("POST", "/_mock/clock"): _advance,
    ("POST", "/_mock/seed"): _seed,
    ("POST", "/_mock/admit"): _admit,
}
