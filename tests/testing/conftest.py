"""No socket may be opened and no host name resolved by a test that asks for ``no_network``."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every connection or name lookup attempted is recorded and refused."""
    attempts: list[str] = []

    def refuse(what: str) -> OSError:
        attempts.append(what)
        return OSError(f"network used in a test that must not: {what}")

    def connect(self: socket.socket, address: object) -> None:
        raise refuse(f"connect {address}")

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list[object]:
        raise refuse(f"getaddrinfo {host}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: connect(None, address))  # type: ignore[arg-type]
    yield attempts
