"""The mock serves CI (issue 19): over HTTP everything a test needs (health, seed, the Huawei reviewer),
under the control-API rules; ``commspec-mock --seed FILE``; configuration by environment alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec.mock._seed import SeedError
from commspec.mock._serve import running_server
from tests.mock.wire import JSON, asgi

ROOT = Path(__file__).resolve().parents[2]
FLOW: list[dict[str, Any]] = [{"waitingTime": 60, "status": 2, "channel": "call"}]
SEED: list[dict[str, Any]] = [
    {"operation": "flows_create", "arguments": {"name": "login-flow", "flow": FLOW}},
    {
        "operation": "huawei.templates_create",
        "arguments": {
            "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
            "region": "cn",
            "template_content": "Your code is ${NUM_6}",
            "template_name": "login-code",
        },
    },
    {
        "operation": "call_flows_create",
        "arguments": {
            "call_flow": {
                "name": "welcome",
                "notes": "seeded",
                "rules": [{"id": "play_1", "label": "Welcome", "sound_file": [{"sound_label": "Welcome"}]}],
            }
        },
    },
]


def post(server: MockServer, path: str, body: object) -> Any:
    return asgi(server, "POST", path, headers=JSON, body=json.dumps(body).encode())


# -- health -----------------------------------------------------------------------------------------------


def test_health_answers_once_serving() -> None:
    server = MockServer()
    answer = asgi(server, "GET", "/_mock/health")
    assert answer.status == 200
    assert answer.json() == {"status": "ok", "vendors": list(server.backends)}
    assert {"itnio", "huawei", "iovox"} <= set(answer.json()["vendors"])


def test_health_follows_the_control_api_rules() -> None:
    assert asgi(MockServer(), "GET", "/_mock/health", headers=[(b"host", b"evil.example")]).status == 403


# -- seed -------------------------------------------------------------------------------------------------


def test_seed_creates_state_through_the_vendor_fakes() -> None:
    server = MockServer()
    answer = post(server, "/_mock/seed", SEED)
    assert answer.status == 201 and answer.json()["seeded"] == 3
    flow, template, _ = answer.json()["results"]
    assert flow["flowId"] == 1 and flow["name"] == "login-flow"  # minted by the engine, as for an API call
    with running_server(server) as url:
        itnio = ItnioClient(base_url=url, api_key="demo-itnio-key", api_secret="demo-itnio-secret")
        assert [f.name for f in itnio.flows.list()] == ["login-flow"]
    templates = server.state()["huawei"]["templates"]
    assert [t["id"] for ts in templates.values() for t in ts] == [template["id"]]
    assert list(server.state()["iovox"]["call_flows"]) == ["welcome"]


@pytest.mark.parametrize(
    ("calls", "index", "words"),
    [
        (
            [{"operation": "flows_create", "arguments": {"name": "ab", "flow": FLOW}}],
            0,
            "name",
        ),  # client rule
        (
            [SEED[0], {"operation": "flows_create", "arguments": {"name": "login-flow", "flow": FLOW}}],
            1,
            "-20",  # the vendor fake's uniqueness rule
        ),
        ([{"operation": "flow_create", "arguments": {}}], 0, "unknown operation"),
        ([{"operation": "flows_create", "arguments": {"nam": "x"}}], 0, "nam"),
        ([{"operation": "flows_create", "extra": 1}], 0, "unknown keys"),
        ({"operation": "flows_create"}, None, "JSON list"),
    ],
)
def test_seed_is_checked_like_api_calls(calls: object, index: int | None, words: str) -> None:
    server = MockServer()
    answer = post(server, "/_mock/seed", calls)
    assert answer.status == 400 and answer.json()["index"] == index
    assert words in answer.json()["error"]
    if index == 1:  # the calls before the refused one stay
        assert len(server.state()["itnio"]["flows"]["demo-itnio-key"]) == 1


def test_seed_needs_json() -> None:
    server = MockServer()
    plain = [(b"content-type", b"text/plain")]
    assert asgi(server, "POST", "/_mock/seed", headers=plain, body=json.dumps(SEED).encode()).status == 415
    assert asgi(server, "POST", "/_mock/seed", headers=JSON, body=b"[").status == 400
    assert server.state()["itnio"]["flows"] == {}


def test_seed_in_python_raises_seed_error() -> None:
    with pytest.raises(SeedError, match=r"seed\[0\]"):
        MockServer().seed([{"operation": "flows_create", "arguments": {"name": "ab", "flow": FLOW}}])


# -- vendor-side actions --------------------------------------------------------------------------------


def test_the_huawei_reviewer_over_http() -> None:
    server = MockServer()
    template_id = post(server, "/_mock/seed", SEED[1:2]).json()["results"][0]["id"]
    answer = post(server, "/_mock/huawei/review", {"template_id": template_id, "approve": True})
    assert answer.status == 200 and answer.json()["flow_status"] == "Adopted"
    with running_server(server) as url:
        login = IamPasswordCredentials(
            DEMO["HUAWEICLOUD_IAM_USER"], DEMO["HUAWEICLOUD_IAM_PASSWORD"], "demo-domain"
        )
        client = MsgsmsClient(DEMO["HUAWEICLOUD_PROJECT_ID"], credentials=login, base_url=url, iam_url=url)
        assert client.templates.retrieve(template_id).flow_status == "Adopted"
    rejected = post(server, "/_mock/huawei/review", {"template_id": template_id, "approve": False})
    assert rejected.json()["flow_status"] == "Reject"


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"template_id": "nope", "approve": True}, 404, "template_id"),
        ({"approve": True}, 400, "template_id"),
        ({"template_id": "x", "approve": "yes"}, 400, "approve"),
    ],
)
def test_the_reviewer_checks_its_body(body: dict[str, Any], status: int, field: str) -> None:
    answer = post(MockServer(), "/_mock/huawei/review", body)
    assert answer.status == status and answer.json()["field"] == field


# -- commspec-mock --seed FILE, configuration by environment alone ------------------------------------


def start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    paths = os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))
    process = subprocess.Popen(
        [sys.executable, "-m", "commspec.mock", *args],
        env={"PYTHONPATH": paths, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    return process, first.split()[3] if first else ""


def test_seed_file_and_environment_alone(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED))
    process, url = start([], {"COMMSPEC_MOCK_PORT": "0", "COMMSPEC_MOCK_SEED": str(seed)})
    try:
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/_mock/health").json()["status"] == "ok"
        state = httpx.get(f"{url}/_mock/state").json()
        assert [f["name"] for f in state["itnio"]["flows"]["demo-itnio-key"].values()] == ["login-flow"]
        assert list(state["iovox"]["call_flows"]) == ["welcome"]
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert f"seeded 3 calls from {seed}" in stderr


def test_a_refused_seed_file_stops_the_start(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps([{"operation": "flows_create", "arguments": {"name": "ab", "flow": FLOW}}]))
    process, url = start(["--port", "0", "--seed", str(seed)], {})
    _, stderr = process.communicate(timeout=30)
    assert process.returncode != 0 and url == ""
    assert "seed[0]: flows_create" in stderr and "name" in stderr


def test_a_bad_environment_value_is_an_error() -> None:
    process, _ = start([], {"COMMSPEC_MOCK_PORT": "eighty"})
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2 and "--port" in stderr and "eighty" in stderr


def test_limits_from_the_environment() -> None:
    process, url = start([], {"COMMSPEC_MOCK_PORT": "0", "COMMSPEC_MOCK_MAX_BODY_BYTES": "100"})
    try:
        assert (
            httpx.post(f"{url}/_mock/faults", json={"kind": "status", "padding": "x" * 200}).status_code
            == 413
        )
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_journal_bound_from_the_environment() -> None:
    env = {"COMMSPEC_MOCK_PORT": "0", "COMMSPEC_MOCK_MAX_RECORDED_REQUESTS": "2"}
    process, url = start([], env)
    try:
        itnio = ItnioClient(base_url=url, api_key="demo-itnio-key", api_secret="demo-itnio-secret")
        for _ in range(3):
            itnio.flows.list()
        journal = httpx.get(f"{url}/_mock/requests").json()
        assert len(journal["requests"]) == 2 and journal["dropped"] == 1
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_seeded_state_does_not_hide_errors_from_clients() -> None:
    server = MockServer()
    post(server, "/_mock/seed", SEED[:1])
    with running_server(server) as url:
        itnio = ItnioClient(base_url=url, api_key="demo-itnio-key", api_secret="demo-itnio-secret")
        with pytest.raises(errors.ConflictError):
            itnio.flows.create(name="login-flow", flow=FLOW)
