"""The mock as an in-process ``httpx`` transport: no server, no socket."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from commspec.mock._dispatch import ConnectionResetFault
from commspec.mock._http import MockRequest

if TYPE_CHECKING:
    from commspec.mock._server import MockServer


def httpx_transport(server: MockServer) -> httpx.MockTransport:
    """For ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""

    def respond(request: httpx.Request) -> httpx.Response:
        mock_request = MockRequest.from_httpx(request)
        try:
            response, delay = server.handle(mock_request)
        except ConnectionResetFault:
            raise httpx.ReadError("connection reset by mock fault", request=request) from None
        if delay:
            time.sleep(delay)
        return httpx.Response(response.status, headers=response.headers, content=response.body)

    return httpx.MockTransport(respond)
