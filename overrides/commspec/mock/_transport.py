"""The mock as an in-process ``httpx`` transport: no server, no socket."""

from __future__ import annotations

import time

import httpx

from commspec.mock._faults import ConnectionResetFault
from commspec.mock._http import Handle, MockRequest


class InProcessTransport(httpx.MockTransport):
    """For ``httpx.Client``/``httpx.AsyncClient(transport=...)``. A "slow" fault holds the answer back
    as a server would: a blocking sleep for a blocking client, ``asyncio.sleep`` for an async one, so
    the event loop keeps running and the client's own deadline can end the call."""

    def __init__(self, handle: Handle) -> None:
        super().__init__(self._respond)
        self.handle = handle

    def _answer(self, request: httpx.Request) -> tuple[httpx.Response, float]:
        try:
            response, delay = self.handle(MockRequest.from_httpx(request))
        except ConnectionResetFault:
            raise httpx.ReadError("connection reset by mock fault", request=request) from None
        return httpx.Response(response.status, headers=response.headers, content=response.body), delay

    def _respond(self, request: httpx.Request) -> httpx.Response:
        response, delay = self._answer(request)
        if delay:
            time.sleep(delay)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here: a blocking program never pays for importing asyncio

        await request.aread()
        response, delay = self._answer(request)
        if delay:
            await asyncio.sleep(delay)
        return response


def httpx_transport(handle: Handle) -> httpx.MockTransport:
    """``handle`` (``MockServer.handle``) for ``httpx.Client``/``httpx.AsyncClient(transport=...)``."""
    return InProcessTransport(handle)
