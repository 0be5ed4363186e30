"""Shared fixtures: the mock in-process (unit tests) and as a real uvicorn server (integration)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from commspec.mock import MockServer
from commspec.mock._serve import running_server


@pytest.fixture
def server() -> MockServer:
    return MockServer()


@pytest.fixture
def in_process(server: MockServer) -> httpx.Client:
    return httpx.Client(transport=server.httpx_transport())


@pytest.fixture
def in_process_async(server: MockServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=server.httpx_transport())


@pytest.fixture(scope="module")
def live_server() -> Iterator[tuple[str, MockServer]]:
    """The mock as a real uvicorn server on 127.0.0.1 (free port), stopped after the module."""
    server = MockServer()
    with running_server(server) as base_url:
        yield base_url, server
