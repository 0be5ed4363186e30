"""The mock over HTTP, for tests:

- ``served_mock()``: a ``VendorMock`` served by uvicorn on a free loopback port, for code that builds its
  own HTTP client or is not Python (the ``commspec_mock_server`` fixture). Needs the ``mock`` extra.
- ``ServedVendorMock``: a mock served elsewhere (``commspec-mock`` started by CI beside the job, its URL
  in ``COMMSPEC_MOCK_URL``), driven through its control API with the same helpers as the in-process one:
  what the ``commspec_mock`` fixture gives in server mode, as moto's ``TEST_SERVER_MODE`` does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from commspec import _defaults
from commspec.mock import Fault, MockConfig, MockState
from commspec.mock._environment import client_environment
from commspec.mock._faults import FAULT_KINDS, FaultBook
from commspec.mock._journal import RecordedRequest
from commspec.mock._outbox import Delivery
from commspec.testing._mock_vendors import _in_place
from commspec.testing._vendor_mock import VendorMock

HOST = "127.0.0.1"
URL_VARIABLE = "COMMSPEC_MOCK_URL"


@contextmanager
def served_mock(config: MockConfig | None = None) -> Iterator[VendorMock]:
    """A ``VendorMock`` served until the block ends; ``.url`` is its base URL, ``.environ`` the variables
    a client needs to reach it."""
    from commspec.mock._serve import bind_socket, serving  # uvicorn: the `mock` extra

    sock = bind_socket(HOST, 0)  # the OS picks a free port: no race between choosing and binding
    mock = VendorMock(config, url=f"http://{HOST}:{sock.getsockname()[1]}")
    with serving(mock.asgi_app(), sock):
        yield mock


class ServedMockError(RuntimeError):
    """The served mock refused a control request, or could not be reached."""


class ServedVendorMock(VendorMock):
    """A mock served at ``url`` (``commspec-mock``), with the helpers of ``VendorMock`` over its control
    API: ``state()``, ``reset()``, ``add_fault()``, ``requests``, ``calls()``, ``outbox()``, ``advance()``,
    ``now()``, plus ``seed()`` and ``control()`` (any route, a vendor fake's action too). What only
    exists in process (``server``, ``faults``, ``asgi_app()``) is not there."""

    def __init__(self, url: str, *, accept_client_credentials: bool = True) -> None:
        # No MockServer here: the one at ``url`` holds the state (VendorMock.__init__ is not called).
        self.url = url.rstrip("/")
        self.accept_client_credentials = accept_client_credentials
        self._http = httpx.Client(base_url=self.url, timeout=30, trust_env=False)

    def _control(self, method: str, path: str, body: object = None, **params: str) -> Any:
        try:
            response = self._http.request(
                method, f"/_mock/{path}", json=body if method != "GET" else None, params=params or None
            )
        except httpx.HTTPError as error:
            raise ServedMockError(f"the served mock at {self.url} did not answer: {error}") from error
        if response.status_code >= 400:
            try:
                detail = response.json()
            except ValueError:
                detail = {"error": response.text[:300]}
            if response.status_code == 400 and "field" in detail:
                raise ValueError(detail["error"])  # a refused fault or seed, as in process
            raise ServedMockError(f"{method} /_mock/{path}: {response.status_code} {detail.get('error')}")
        return response.json()

    @property
    def server(self) -> Any:  # type: ignore[override]
        raise AttributeError(f"the mock is served at {self.url}: use its helpers, not .server")

    @property
    def config(self) -> MockConfig:
        """The credentials the served mock shows (demo values; any other is shown as not shown)."""
        return MockConfig(credentials=self._control("GET", "state")["credentials"])

    @property
    def environ(self) -> dict[str, str]:
        return client_environment(self.config, self.url)

    @property
    def faults(self) -> FaultBook:
        raise AttributeError(f"the mock is served at {self.url}: use add_fault() and state()['faults']")

    def state(self) -> MockState:
        return MockState(self._control("GET", "state"))

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every call the served mock received since the last reset (``GET /_mock/requests``), as
        recorded there: credential headers and secret body fields redacted."""
        return [_recorded(entry) for entry in self._control("GET", "requests")["requests"]]

    @property
    def dropped_requests(self) -> int:
        dropped: int = self._control("GET", "requests")["dropped"]
        return dropped

    def reset(self) -> None:
        """Forget every resource, fault and recorded call of the served mock."""
        self._control("POST", "reset", {})

    def add_fault(self, kind: str, operation: str | None = None, **fields: Any) -> Fault:
        if "vendor_code" in fields and kind not in FAULT_KINDS and operation is None:
            kind, operation = "vendor_error", kind  # add_fault(operation, vendor_code=...)
        fault = Fault(kind=kind, operation=operation, **fields)
        self._control("POST", "faults", fault.to_dict())
        return fault

    def outbox(self, to: str | None = None) -> list[Delivery]:
        found = self._control("GET", "outbox", **({"to": to} if to is not None else {}))["messages"]
        return [Delivery(**message) for message in found]

    def advance(self, seconds: float) -> float:
        now: float = self._control("POST", "clock", {"advance": seconds})["now"]
        return now

    def now(self) -> float:
        now: float = self._control("GET", "clock")["now"]
        return now

    def admit(self, credentials: Mapping[str, str]) -> None:
        if self.accept_client_credentials and credentials:
            self._control("POST", "admit", {"credentials": dict(credentials)})

    def seed(self, calls: list[dict[str, Any]]) -> list[Any]:
        """Create state as ``POST /_mock/seed`` does (``commspec.mock._seed``); the calls' results."""
        results: list[Any] = self._control("POST", "seed", calls)["results"]
        return results

    def control(self, method: str, path: str, body: object = None) -> Any:
        """Any control route of the served mock (``path`` under ``/_mock/``), such as a vendor fake's own
        action: its JSON answer; ``ServedMockError`` (``ValueError`` for a refused field) otherwise."""
        return self._control(method, path, body if body is not None or method == "GET" else {})

    def client_defaults(self) -> _defaults.ClientDefaults:
        """Clients built without ``base_url=`` reach the served mock with its credentials; a request for
        a vendor's host goes there too."""
        return _defaults.ClientDefaults(
            self.environ,
            httpx.HTTPTransport(),
            httpx.AsyncHTTPTransport(),
            url=self.url,
            admit=self.admit,
        )

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"ServedVendorMock(url={self.url!r})"


def _recorded(entry: Mapping[str, Any]) -> RecordedRequest:
    """A ``RecordedRequest`` from its JSON form (``commspec.mock._control.journal_entry``)."""
    return RecordedRequest(
        operation=entry["operation"],
        vendor=entry["vendor"],
        method=entry["method"],
        path=entry["path"],
        query=entry["query"],
        content=entry["content"].encode("utf-8"),
        raw_headers=tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in entry["headers"].items()),
        status=entry["status"],
    )


@contextmanager
def served_vendors(url: str) -> Iterator[ServedVendorMock]:
    """The served mock at ``url``, reset, in place for every commspec client built in the block (as
    ``mock_vendors()`` puts an in-process one in place)."""
    mock = ServedVendorMock(url)
    try:
        mock.reset()
        with _in_place(mock):  # current_mock() finds it, as an in-process one
            yield mock
    finally:
        mock.close()
