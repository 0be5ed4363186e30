"""The pytest plugin as a user's suite meets it: fixtures fresh per test, sync and async, the served
variant with the environment set and restored, and pytest starting without the server stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import commspec.testing.pytest_plugin

ROOT = Path(__file__).resolve().parents[2]
CLIENT_VARIABLES = ("ITNIO_", "HUAWEICLOUD_", "IOVOX_")
# The installed entry point (named "commspec") is blocked so the plugin loads once, by module name,
# whether or not this tree's entry point is installed.
PLUGIN = ["-p", "no:commspec", "-p", "commspec.testing.pytest_plugin", "-p", "no:cacheprovider"]

USER_SUITE = """
import os
import httpx
from commspec.itnio import AsyncItnioClient, ItnioClient

FLOW = [{"waitingTime": 60, "status": 2, "channel": "call"}]


def test_sync(commspec_mock):
    ItnioClient().flows.create(name="login-flow", flow=FLOW)
    assert len(commspec_mock.state()["itnio"]["flows"]) == 1
    assert commspec_mock.requests[0].operation == "flows_create"


def test_fresh_for_each_test(commspec_mock):
    assert not commspec_mock.state()["itnio"]["flows"]
    assert commspec_mock.requests == []


async def test_async(commspec_mock):
    async with AsyncItnioClient() as client:
        assert await client.flows.list() == []
    assert [r.operation for r in commspec_mock.requests] == ["flows_list"]


def test_served(commspec_mock_server):
    assert commspec_mock_server.url.startswith("http://127.0.0.1:")
    assert os.environ["ITNIO_BASE_URL"] == os.environ["IOVOX_BASE_URL"] == commspec_mock_server.url
    assert os.environ["HUAWEICLOUD_IAM_URL"] == commspec_mock_server.url
    assert os.environ["ITNIO_API_KEY"] == "demo-itnio-key"
    ItnioClient().flows.create(name="login-flow", flow=FLOW)       # real HTTP, from the environment
    state = httpx.get(commspec_mock_server.url + "/_mock/state").json()   # what non-Python code sees
    assert len(state["itnio"]["flows"]) == 1
    assert [r.operation for r in commspec_mock_server.requests] == ["flows_create"]


def test_environment_restored_after_the_served_test():
    assert os.environ.get("ITNIO_BASE_URL") is None
    assert os.environ.get("HUAWEICLOUD_IAM_URL") is None
"""


def clean_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(CLIENT_VARIABLES)}
    paths = [str(ROOT / "overrides"), str(ROOT / "generated"), env.get("PYTHONPATH", "")]
    return {**env, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def run(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user_suite.py").write_text(USER_SUITE, encoding="utf-8")
    ini = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    (tmp_path / "pytest.ini").write_text(ini, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_users_suite_with_the_fixtures(tmp_path: Path) -> None:
    result = run(tmp_path, f"import sys, pytest; sys.exit(pytest.main({[*PLUGIN, '-q']!r}))")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


def test_pytest_starts_without_the_server_stack_and_the_plugin_loads_nothing_heavy(tmp_path: Path) -> None:
    code = (
        "import json, sys, pytest\n"
        "sys.modules['uvicorn'] = None  # as after `pip install commspec`, without the mock extra\n"
        "import commspec.testing.pytest_plugin\n"
        "heavy = ('commspec.mock', 'commspec.itnio', 'pydantic', 'uvicorn', 'xmlschema')\n"
        "print(json.dumps(sorted(m for m, mod in sys.modules.items() if mod and m.startswith(heavy))))\n"
        f"sys.exit(pytest.main({[*PLUGIN, '-q', '-rE']!r}))\n"
    )
    result = run(tmp_path, code)
    loaded = json.loads(result.stdout.splitlines()[0])
    assert loaded == []
    assert result.returncode == 1, result.stdout + result.stderr  # only the served test errs
    assert "4 passed" in result.stdout
    assert "1 error" in result.stdout
    assert "commspec_mock_server needs the server stack" in result.stdout
    assert "pip install 'commspec[mock]'" in result.stdout


def test_the_plugin_is_registered_by_the_pytest11_entry_point() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    entry_points = pyproject["project"]["entry-points"]["pytest11"]
    assert entry_points == {"commspec": commspec.testing.pytest_plugin.__name__}


README_TESTS = """
import pytest
from commspec.itnio import AsyncItnioClient


@pytest.mark.asyncio
async def test_marked_for_pytest_asyncio(commspec_mock):
    async with AsyncItnioClient() as itnio:
        await itnio.flows.list()
    assert [request.operation for request in commspec_mock.requests] == ["flows_list"]


@pytest.mark.anyio
async def test_marked_for_anyio(commspec_mock):
    async with AsyncItnioClient() as itnio:
        await itnio.flows.list()
    assert [request.operation for request in commspec_mock.requests] == ["flows_list"]
"""


def test_the_readmes_async_test_runs_with_the_plugin_and_mode_it_names(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Testing your code") :]
    first_block = section[section.index("```python\n") + len("```python\n") :]
    (tmp_path / "test_readme_block.py").write_text(first_block[: first_block.index("```")], encoding="utf-8")
    # What the README says to configure: pytest-asyncio's auto mode.
    assert 'asyncio_mode = "auto"' in section
    auto = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    (tmp_path / "pytest.ini").write_text(auto, encoding="utf-8")
    code = f"import sys, pytest; sys.exit(pytest.main({[*PLUGIN, '-q', 'test_readme_block.py']!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    # Strict mode (pytest-asyncio's default) with a marker, and anyio's plugin, work as well.
    (tmp_path / "test_readme_block.py").unlink()
    (tmp_path / "test_marked.py").write_text(README_TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_mode = strict\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", code.replace("test_readme_block.py", "test_marked.py")],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
