"""The same guarantees over a real uvicorn server on 127.0.0.1: a "reset" fault drops the connection
(the client sees a transport error, as in-process, not a 500 response), hostile bytes get the vendor's
error, an oversized body gets 413 that the client can read, and the server keeps serving."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from commspec import errors
from commspec.itnio import ItnioClient
from commspec.mock import Fault, MockConfig, MockServer
from commspec.mock._config import DEMO
from commspec.mock._serve import running_server
from tests.mock.wire import itnio_headers


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, MockServer, Collect]]:
    """The mock under uvicorn, with uvicorn's own error log collected (it logs every 500 it sends)."""
    server = MockServer()
    errors_logged = Collect()
    logging.getLogger("uvicorn.error").addHandler(errors_logged)
    try:
        with running_server(server) as url:
            yield url, server, errors_logged
    finally:
        logging.getLogger("uvicorn.error").removeHandler(errors_logged)


@pytest.fixture
def live(served: tuple[str, MockServer, Collect]) -> Iterator[tuple[str, MockServer]]:
    url, server, errors_logged = served
    server.reset()
    errors_logged.records.clear()
    yield url, server
    assert not errors_logged.records, [r.getMessage() for r in errors_logged.records]
    assert server.state()["internal_errors"] == []


def text_headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    return {k.decode(): v.decode() for k, v in raw}


def flows_list_ok(url: str) -> bool:
    with httpx.Client(base_url=url) as http:
        response = http.get("/otp/flow/list", headers=text_headers(itnio_headers()))
    return response.status_code == 200 and response.json()["status"] == "0"


def test_reset_fault_drops_the_connection(live: tuple[str, MockServer]) -> None:
    url, server = live
    server.faults.add(Fault(kind="reset", operation="flows_list", count=2))
    with httpx.Client(base_url=url) as http, pytest.raises(httpx.TransportError) as dropped:
        http.get("/otp/flow/list", headers=text_headers(itnio_headers()))
    assert isinstance(dropped.value, httpx.ReadError | httpx.RemoteProtocolError)
    client = ItnioClient(DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], base_url=url, max_retries=0)
    with client, pytest.raises(errors.APIConnectionError):
        client.flows.list()
    assert flows_list_ok(url)  # both resets used: the mock serves again
    assert server.request_count == 3


def test_reset_fault_on_a_kept_alive_connection(live: tuple[str, MockServer]) -> None:
    url, server = live
    with httpx.Client(base_url=url) as http:
        assert http.get("/otp/flow/list", headers=text_headers(itnio_headers())).status_code == 200
        server.faults.add(Fault(kind="reset", operation="flows_list", count=1))
        with pytest.raises(httpx.TransportError):
            http.get("/otp/flow/list", headers=text_headers(itnio_headers()))
        assert http.get("/otp/flow/list", headers=text_headers(itnio_headers())).json()["status"] == "0"


def test_non_ascii_header_bytes_over_http(live: tuple[str, MockServer]) -> None:
    url, _ = live
    with httpx.Client(base_url=url) as http:
        headers = [*itnio_headers(), (b"x-trace", "é\u4e2d".encode()), (b"user-agent", b"\xff\xfe")]
        assert http.get("/otp/flow/list", headers=headers).json()["status"] == "0"
        assert http.get("/_mock/state", headers=[(b"x-trace", b"\xe9")]).status_code == 200
        bad_key = [(b"api-key", "clé".encode()), *itnio_headers()[1:]]
        assert http.get("/otp/flow/list", headers=bad_key).json()["status"] == "-1"


@pytest.mark.parametrize("cap", [None, 64 * 1024])
def test_oversized_body_gets_413_and_the_client_reads_it(cap: int | None) -> None:
    server = MockServer() if cap is None else MockServer(MockConfig(max_body_bytes=cap))
    limit = server.config.max_body_bytes
    with running_server(server) as url, httpx.Client(base_url=url) as http:
        for size in (limit + 1, limit + 3 * 1024 * 1024):  # the client is still sending when the 413 is due
            response = http.post("/otp/flow/add", headers=itnio_headers(), content=b" " * size)
            assert response.status_code == 413
            assert f"{limit:,}" in response.json()["error"]
        assert flows_list_ok(url)


def test_deep_json_over_http(live: tuple[str, MockServer]) -> None:
    url, _ = live
    deep = b"[" * 30_000 + b"]" * 30_000  # within the cap, far beyond json's recursion limit
    with httpx.Client(base_url=url) as http:
        response = http.post("/otp/flow/add", headers=itnio_headers(), content=deep)
    assert (response.status_code, response.json()["status"]) == (200, "-22")
