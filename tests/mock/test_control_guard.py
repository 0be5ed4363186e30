"""The served mock guards real secrets and its control API (issue 16): a credential that is not a demo
value is never printed or served; a control request that changes the mock needs a JSON content type; the
served control API answers only loopback Host names unless allowed; a non-loopback bind warns; expired
IAM tokens are forgotten."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from commspec.itnio import ItnioClient
from commspec.mock import MockConfig, MockServer
from commspec.mock.__main__ import banner, is_loopback, warn_if_exposed
from commspec.mock._config import DEMO, NOT_SHOWN
from commspec.mock._engine import MockError
from commspec.mock._serve import running_server
from tests.mock.wire import JSON, asgi, itnio_headers

ROOT = Path(__file__).resolve().parents[2]
REAL = {
    "ITNIO_API_KEY": "live-key-7a1c2e9d",
    "ITNIO_API_SECRET": "live-secret-4b8f0d3e",
    "HUAWEICLOUD_IAM_PASSWORD": "live-password-9c2d",
    "IOVOX_SECURE_KEY": "live-secure-key-5e7a",
}


def real_config() -> MockConfig:
    return MockConfig(credentials={**DEMO, **REAL})


# -- never print or serve a real credential ------------------------------------------------------------


@pytest.fixture(scope="module")
def mock_with_real_credentials() -> Iterator[tuple[str, list[str]]]:
    """`python -m commspec.mock --port 0` with real-looking credentials in its environment: its URL and
    every line of its banner."""
    paths = os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))
    process = subprocess.Popen(
        [sys.executable, "-m", "commspec.mock", "--port", "0"],
        env={"PYTHONPATH": paths, **REAL},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        lines = [process.stdout.readline() for _ in range(2)]
        while not lines[-1].startswith("export ITNIO_BASE_URL="):  # the last line: names are sorted
            lines.append(process.stdout.readline())
            assert lines[-1], "the banner ended early"
        yield lines[0].split()[3], lines
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_banner_never_prints_a_real_credential(mock_with_real_credentials: tuple[str, list[str]]) -> None:
    url, lines = mock_with_real_credentials
    printed = "".join(lines)
    for name, secret in REAL.items():
        assert secret not in printed
        assert f"# {name}: taken from the mock's environment, not printed\n" in lines
    assert "export HUAWEICLOUD_IAM_USER=demo-user\n" in lines  # a demo value is printed as before
    assert f"export ITNIO_BASE_URL={url}\n" in lines


def test_state_never_serves_a_real_credential(mock_with_real_credentials: tuple[str, list[str]]) -> None:
    url, _ = mock_with_real_credentials
    answer = httpx.get(f"{url}/_mock/state")
    assert answer.status_code == 200
    for name, secret in REAL.items():
        assert secret not in answer.text
        assert answer.json()["credentials"][name] == NOT_SHOWN
    assert answer.json()["credentials"]["HUAWEICLOUD_IAM_USER"] == "demo-user"


def test_the_mock_still_accepts_the_real_credentials_it_does_not_show() -> None:
    server = MockServer(real_config())
    with running_server(server) as url:
        itnio = ItnioClient(REAL["ITNIO_API_KEY"], REAL["ITNIO_API_SECRET"], base_url=url)
        assert list(itnio.flows.list()) == []
    assert REAL["ITNIO_API_KEY"] not in json.dumps(server.state())
    assert REAL["ITNIO_API_KEY"] not in json.dumps(server.config.to_dict())


def test_banner_function_names_real_variables_only() -> None:
    lines = banner(MockServer(real_config()), "http://127.0.0.1:1")
    assert not any(secret in line for line in lines for secret in REAL.values())
    assert sum(line.startswith("# ") for line in lines) == len(REAL)


# -- control requests that change the mock need application/json --------------------------------------

BROWSER_SIMPLE_TYPES = [
    [(b"content-type", b"text/plain")],
    [(b"content-type", b"text/plain;charset=UTF-8")],
    [(b"content-type", b"application/x-www-form-urlencoded")],
    [(b"content-type", b"multipart/form-data; boundary=x")],
    [],  # fetch(url, {method: "POST"}): no content type at all
]


@pytest.mark.parametrize("headers", BROWSER_SIMPLE_TYPES)
def test_a_cross_origin_simple_request_cannot_reset_or_inject(headers: list[tuple[bytes, bytes]]) -> None:
    server = MockServer()
    asgi(server, "POST", "/otp/flow/add", headers=itnio_headers(), body=b'{"name":"abcd","flow":[]}')
    before = server.state()
    fault = json.dumps({"kind": "status", "status": 500}).encode()
    assert asgi(server, "POST", "/_mock/reset", headers=headers, body=b"{}").status == 415
    assert asgi(server, "POST", "/_mock/faults", headers=headers, body=fault).status == 415
    assert asgi(server, "DELETE", "/_mock/faults", headers=headers).status == 415
    assert server.state() == before and server.faults.snapshot() == []


def test_json_control_requests_work() -> None:
    server = MockServer()
    fault = json.dumps({"kind": "status", "status": 503}).encode()
    answer = asgi(
        server,
        "POST",
        "/_mock/faults",
        headers=[(b"content-type", b"Application/JSON; charset=utf-8")],
        body=fault,
    )
    assert answer.status == 201
    assert asgi(server, "POST", "/_mock/reset", headers=JSON).status == 200  # an empty body is fine
    assert asgi(server, "GET", "/_mock/state").status == 200  # reading needs no content type


def test_in_process_control_requests_follow_the_same_content_rule() -> None:
    control = httpx.Client(transport=MockServer().httpx_transport(), base_url="http://mock")
    assert (
        control.post("/_mock/reset", content=b"{}", headers={"content-type": "text/plain"}).status_code == 415
    )
    assert control.post("/_mock/reset", json={}).status_code == 200


# -- the served control API answers only loopback Host names -------------------------------------------


@pytest.mark.parametrize(
    "host", [b"localhost:8080", b"127.0.0.1:8080", b"[::1]:8080", b"LOCALHOST", b"127.0.0.1"]
)
def test_loopback_hosts_are_answered(host: bytes) -> None:
    assert asgi(MockServer(), "GET", "/_mock/state", headers=[(b"host", host)]).status == 200


@pytest.mark.parametrize(
    "host",
    [
        b"attacker.example:8080",
        b"attacker.example",
        b"127.0.0.1.attacker.example",
        b"localhost.evil:80",
        b"[::2]:1",
    ],
)
def test_other_hosts_are_refused(host: bytes) -> None:
    server = MockServer(real_config())
    answer = asgi(server, "GET", "/_mock/state", headers=[(b"host", host)])
    assert answer.status == 403 and "--allow-host" in answer.json()["error"]
    assert asgi(server, "POST", "/_mock/reset", headers=[(b"host", host), *JSON]).status == 403
    for secret in REAL.values():
        assert secret.encode() not in answer.body


def test_an_empty_host_is_refused() -> None:
    assert asgi(MockServer(), "GET", "/_mock/state", headers=[(b"host", b"")]).status == 403


def test_allowed_hosts_widen_the_control_api() -> None:
    allowed = MockServer(MockConfig(allowed_hosts=("commspec-mock",)))
    assert asgi(allowed, "GET", "/_mock/state", headers=[(b"host", b"commspec-mock:8080")]).status == 200
    assert asgi(allowed, "GET", "/_mock/state", headers=[(b"host", b"other:8080")]).status == 403
    anyone = MockServer(MockConfig(allowed_hosts=("*",)))
    assert asgi(anyone, "GET", "/_mock/state", headers=[(b"host", b"other:8080")]).status == 200


def test_allowed_hosts_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMSPEC_MOCK_ALLOW_HOSTS", "commspec-mock, mock.ci.internal")
    assert MockConfig.from_env().allowed_hosts == ("commspec-mock", "mock.ci.internal")


def test_vendor_routes_do_not_depend_on_host() -> None:
    answer = asgi(
        MockServer(), "GET", "/otp/flow/list", headers=[(b"host", b"api.itnio.example"), *itnio_headers()]
    )
    assert answer.status == 200 and answer.json()["status"] == "0"


def test_host_rule_holds_over_uvicorn() -> None:
    with running_server() as url, httpx.Client(base_url=url) as http:
        assert http.get("/_mock/state").status_code == 200
        assert http.get("/_mock/state", headers={"host": "rebound.attacker.example"}).status_code == 403


# -- a non-loopback bind warns -----------------------------------------------------------------------


def test_non_loopback_bind_warns_on_stderr_and_the_logger(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="commspec.mock"):
        warn_if_exposed("0.0.0.0")
    assert "0.0.0.0, not loopback" in capsys.readouterr().err
    assert any("0.0.0.0, not loopback" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_bind_is_quiet(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    warn_if_exposed(host)
    assert is_loopback(host) and capsys.readouterr().err == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "mock.example"])
def test_other_binds_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


# -- expired IAM tokens are forgotten --------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def issue(server: MockServer) -> str:
    backend = server.backend("huawei")
    project = {"id": DEMO["HUAWEICLOUD_PROJECT_ID"]}
    user, password, domain = (DEMO[f"HUAWEICLOUD_IAM_{n}"] for n in ("USER", "PASSWORD", "DOMAIN"))
    token, _ = backend.issue_token(user, password, domain, project)
    return token


def test_expired_iam_tokens_are_dropped() -> None:
    server = MockServer(MockConfig())
    backend = server.backend("huawei")
    clock = backend.clock = Clock()
    for _ in range(20_000):
        issue(server)
    assert len(backend.tokens) == 20_000  # all valid: kept
    clock.now += server.config.settings["token_lifetime"]  # every one expires
    issue(server)
    assert len(backend.tokens) == 1
    assert len(json.dumps(server.state())) < 2_000


def test_dropped_tokens_answer_as_expired_ones_did() -> None:
    server = MockServer(MockConfig())
    backend = server.backend("huawei")
    clock = backend.clock = Clock()
    old = issue(server)
    clock.now += server.config.settings["token_lifetime"]
    with pytest.raises(MockError) as expired:
        backend.token_project(old)  # expired, still kept
    issue(server)
    assert old not in backend.tokens
    with pytest.raises(MockError) as dropped:
        backend.token_project(old)
    assert dropped.value.code == expired.value.code


def test_expire_tokens_then_state_shows_none() -> None:
    server = MockServer(MockConfig())
    issue(server)
    server.backend("huawei").expire_tokens()
    assert server.state()["huawei"]["tokens"] == []
