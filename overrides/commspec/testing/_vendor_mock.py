"""``VendorMock``: one mock of every vendor, as a test sees it (state, reset, faults, recorded calls, the
messages delivered to phones, the clock)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import httpx

from commspec import _defaults
from commspec.mock import Fault, MockConfig, MockServer
from commspec.mock._environment import client_environment
from commspec.mock._faults import FAULT_KINDS, FaultBook
from commspec.mock._outbox import Delivery
from commspec.testing._recording import RecordedRequest, Recorder

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
        self._recorder = Recorder()

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
        """Every call received since the start or the last ``reset()``, oldest first."""
        return self._recorder.requests

    def state(self) -> dict[str, Any]:
        """What every vendor fake holds (flows, tasks, templates, call flows, ...): ``GET /_mock/state``."""
        return self.server.state()

    def outbox(self, to: str | None = None) -> list[Delivery]:
        """The messages the mock delivered (to the number ``to``, when given), oldest first: each has
        ``vendor``, ``channel``, ``to``, ``text``, ``code`` (the verification code it carries, or None)
        and ``time`` (the mock clock's Unix seconds). ``GET /_mock/outbox?to=...`` when served."""
        return self.server.outbox.messages(to)

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
        self._recorder.clear()

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
        transport = self._recorder.transport(self.server.httpx_transport())
        return _defaults.ClientDefaults(self.environ, transport, transport, url=self.url, admit=self.admit)

    def asgi_app(self) -> Any:
        """The mock's ASGI app, recording every call."""
        return self._recorder.asgi(self.server.asgi_app())

    def httpx_transport(self) -> httpx.MockTransport:
        """An in-process transport to this mock (sync and async), recording every call."""
        return self._recorder.transport(self.server.httpx_transport())

    def __repr__(self) -> str:
        return f"VendorMock(url={self.url!r}, requests={len(self.requests)})"
