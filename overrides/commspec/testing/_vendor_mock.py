"""``VendorMock``: one mock of every vendor, as a test sees it (state, reset, faults, recorded calls, the
messages delivered to phones, the clock)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

import httpx
from pydantic import BaseModel, ValidationError

from commspec import _defaults
from commspec.mock import Fault, MockConfig, MockServer
from commspec.mock._callbacks import Callback
from commspec.mock._environment import client_environment
from commspec.mock._faults import FAULT_KINDS, FaultBook
from commspec.mock._journal import RecordedRequest
from commspec.mock._outbox import Delivery
from commspec.mock._specs import spec_modules
from commspec.mock._state import MockState

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True, repr=False)
class RecordedCall(Generic[M]):
    """One recorded request of an operation (``mock.calls("flows_update")``): ``request`` as recorded,
    ``body`` its JSON body parsed into the operation's request model (the generated pydantic model the
    client validates arguments with); ``None`` when the operation has no JSON body (IOVOX sends XML:
    read ``request.body``) or the body sent did not validate (the mock answered the vendor's error)."""

    request: RecordedRequest
    body: M | None

    @property
    def status(self) -> int | None:
        return self.request.status

    def __repr__(self) -> str:
        return f"RecordedCall({self.request!r})"


# Where clients inside mock_vendors() believe they are sending: never resolved (the transport answers
# in-process), and a reserved name (RFC 2606) that no resolver will ever answer should one try.
IN_PROCESS_URL = "http://mock.commspec.invalid"


class VendorMock:
    """The mock of ITNIO, Huawei MSGSMS + IAM and IOVOX that clients reach.

    ``config`` defaults to the demo credentials (never the process environment, so a developer's real
    variables neither leak into a test nor break it). ``url`` is where clients reach it; ``environ`` the
    variables a client (or a program in another language) needs: every base URL and credential.
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        *,
        url: str = IN_PROCESS_URL,
        accept_client_credentials: bool = True,
    ) -> None:
        # A copy: the credentials admitted from this mock's clients stay with this mock.
        self.server = MockServer(dataclasses.replace(config) if config is not None else MockConfig())
        self.url = url
        self.accept_client_credentials = accept_client_credentials

    @property
    def config(self) -> MockConfig:
        return self.server.config

    @property
    def environ(self) -> dict[str, str]:
        return client_environment(self.server.config, self.url)

    @property
    def faults(self) -> FaultBook:
        return self.server.faults

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every call received since the start or the last ``reset()``, oldest first; the last
        ``config.max_recorded_requests`` (10,000 by default) of them, ``dropped_requests`` counting the
        older ones."""
        return self.server.journal.requests

    @property
    def dropped_requests(self) -> int:
        """Requests received but no longer in ``requests`` (past ``config.max_recorded_requests``)."""
        return self.server.journal.dropped

    @overload
    def calls(self, operation: str) -> list[RecordedCall[BaseModel]]: ...
    @overload
    def calls(self, operation: str, model: type[M]) -> list[RecordedCall[M]]: ...
    def calls(self, operation: str, model: type[BaseModel] | None = None) -> list[RecordedCall[Any]]:
        """The recorded requests of ``operation`` (an operationId such as ``"flows_update"``), oldest
        first, each with its body parsed into the operation's request model; pass that model
        (``mock.calls("flows_update", FlowUpdateRequest)``) to have it typed statically. A misspelt
        operation, or a model that is not the operation's, raises ``ValueError``."""
        found = _operation(operation)
        expected = found.body_model
        if model is not None and model is not expected:
            shown = expected.__name__ if expected is not None else "no JSON body model"
            raise ValueError(f"{operation}: the request model is {shown}, not {model.__name__}")
        return [
            RecordedCall(request, _parsed(expected, request))
            for request in self.requests  # in process or, served, over the control API
            if request.operation == operation
        ]

    def state(self) -> MockState:
        """What every vendor fake holds (flows, tasks, templates, call flows, ...): ``GET /_mock/state``."""
        return self.server.state()

    def outbox(self, to: str | None = None) -> list[Delivery]:
        """The messages the mock delivered (to the number ``to``, when given), oldest first: each has
        ``vendor``, ``channel``, ``to``, ``text``, ``code`` (the verification code it carries, or None)
        and ``time`` (the mock clock's Unix seconds). ``GET /_mock/outbox?to=...`` when served."""
        return self.server.outbox.messages(to)

    def callbacks(self, url: str | None = None) -> list[Callback]:
        """What the mock pushed to the user (status reports, ...), to ``url`` when given, oldest first:
        each has ``vendor``, ``url``, ``content_type``, ``body`` (bytes), ``time`` (mock clock) and
        ``status`` (what the receiver answered; None when nothing received it). Callbacks due later
        (a delayed report) appear once ``advance()`` reaches them."""
        return [c for c in self.server.callbacks.records() if url is None or c.url == url]

    def on_callback(self, url: str, receiver: Any) -> None:
        """Hand what the mock pushes to ``url`` to ``receiver``: your own webhook endpoint, offline. An
        ASGI app (FastAPI, Starlette, ...) receives the POST as from the vendor; any other callable gets
        the ``httpx.Request`` (and may return an ``httpx.Response``; anything else counts as 200)."""
        self.server.callbacks.on(url, receiver)

    def advance(self, seconds: float) -> float:
        """Move the mock's clock forward by ``seconds`` (codes expire, send-rate periods end, flows move
        to their next channel, IAM tokens expire) without sleeping; returns the mock's new Unix time.
        Signed request times are still checked against the real clock. ``POST /_mock/clock
        {"advance": seconds}`` when served."""
        return self.server.advance(seconds)

    def now(self) -> float:
        """The mock clock's Unix time (the wall clock plus every ``advance()`` since the last reset)."""
        return self.server.clock()

    def reset(self) -> None:
        """Forget every resource, fault, recorded call and delivered message; the clock is the wall
        clock again."""
        self.server.reset()

    def add_fault(self, kind: str, operation: str | None = None, **fields: Any) -> Fault:
        """Make ``operation`` (an operationId such as ``"flows_update"``; ``None``: every operation)
        misbehave: ``kind`` is one of status, vendor_error, reset, slow, malformed_json, html,
        truncated; ``fields`` as ``commspec.mock.Fault`` (``status=503, count=2, retry_after=1, ...``).
        Injected errors speak the vendor's format. ``add_fault("flows_create", vendor_code="-20")``
        answers the vendor's documented error for a code the operation documents (``ValueError``
        listing them otherwise). A misspelt operation raises ``ValueError`` listing the valid names."""
        if "vendor_code" in fields and kind not in FAULT_KINDS and operation is None:
            kind, operation = "vendor_error", kind  # add_fault(operation, vendor_code=...)
        fault = Fault(kind=kind, operation=operation, **fields)
        self.server.faults.add(fault)
        return fault

    def admit(self, credentials: Mapping[str, str]) -> None:
        """Accept a client's own credentials (argument -> value) besides the configured ones, unless
        ``accept_client_credentials`` is off (a test that wants an authentication failure)."""
        if self.accept_client_credentials:
            self.server.config.admit(credentials)

    def client_defaults(self) -> _defaults.ClientDefaults:
        """What a client uses while this mock is in place: built without ``base_url=``, its environment
        and transport; any client, where a request for a vendor's host goes."""
        transport = self.server.httpx_transport()
        return _defaults.ClientDefaults(self.environ, transport, transport, url=self.url, admit=self.admit)

    def asgi_app(self) -> Any:
        """The mock's ASGI app (every call is recorded by the server, whatever carries it)."""
        return self.server.asgi_app()

    def httpx_transport(self) -> httpx.MockTransport:
        """An in-process transport to this mock (sync and async)."""
        return self.server.httpx_transport()

    def __repr__(self) -> str:
        return f"VendorMock(url={self.url!r}, requests={len(self.requests)})"


def _operation(name: str) -> Any:
    operations = {op.name: op for module in spec_modules() for op in module.OPERATIONS.values()}
    try:
        return operations[name]
    except KeyError:
        valid = ", ".join(sorted(operations))
        raise ValueError(f"unknown operation {name!r}; valid: {valid}") from None


def _parsed(model: type[BaseModel] | None, request: RecordedRequest) -> BaseModel | None:
    body = request.body
    if model is None or not isinstance(body, dict | list):
        return None
    try:
        return model.model_validate(body)
    except ValidationError:
        return None
