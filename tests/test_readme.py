"""The README's Python examples run as written against `commspec-mock` started with no environment, given
only the `export` lines it prints; a `test_*` function in a block runs too, with the `commspec_mock`
fixture it names."""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from commspec.testing import mock_vendors

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
CLIENT_VARIABLES = ("ITNIO_", "HUAWEICLOUD_", "IOVOX_")
EXPORT = re.compile(r"export (\w+)=(\S+)")


@pytest.fixture(scope="module")
def default_mock() -> Iterator[tuple[str, dict[str, str]]]:
    """`python -m commspec.mock --port 0` with no environment but the path to the package; yields its URL
    and the variables its banner prints."""
    paths = os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))
    process = subprocess.Popen(
        [sys.executable, "-m", "commspec.mock", "--port", "0"],
        env={"PYTHONPATH": paths},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        banner = [process.stdout.readline() for _ in range(2)]
        url = banner[0].split()[3]
        exports: dict[str, str] = {}
        while len(exports) < 15:  # every base URL and credential variable of the vendors (SMS app included)
            found = EXPORT.fullmatch(process.stdout.readline().strip())
            assert found, "the banner ended before the export lines"
            exports[found[1]] = found[2]
        yield url, exports
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_readme_has_examples_for_every_vendor_and_the_testing_helpers() -> None:
    text = "\n".join(BLOCKS)
    for name in ("ItnioClient", "MsgsmsClient", "IovoxClient", "MockServer", "commspec_mock", "mock_vendors"):
        assert name in text


def test_the_banner_prints_every_base_url_and_credential(default_mock: tuple[str, dict[str, str]]) -> None:
    url, exports = default_mock
    for variable in ("ITNIO_BASE_URL", "HUAWEICLOUD_MSGSMS_URL", "HUAWEICLOUD_IAM_URL", "IOVOX_BASE_URL"):
        assert exports[variable] == url
    assert exports["ITNIO_API_KEY"] == "demo-itnio-key"
    assert httpx.get(f"{url}/_mock/state").json()["credentials"]["HUAWEICLOUD_IAM_USER"] == "demo-user"


def run_tests_defined(namespace: dict[str, Any]) -> None:
    for name, function in namespace.items():
        if name.startswith("test_") and callable(function):
            with mock_vendors() as mock:
                result = function(commspec_mock=mock)
                if inspect.iscoroutine(result):
                    asyncio.run(result)
            assert mock.requests, f"{name} reached no mock"


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(
    index: int, default_mock: tuple[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, exports = default_mock
    for name in os.environ:
        if name.startswith(CLIENT_VARIABLES):
            monkeypatch.delenv(name)
    for name, value in exports.items():
        monkeypatch.setenv(name, value)
    httpx.post(f"{url}/_mock/reset", json={})
    namespace: dict[str, Any] = {}
    exec(compile(BLOCKS[index], f"README.md example {index + 1}", "exec"), namespace)
    run_tests_defined(namespace)
    served = httpx.get(f"{url}/_mock/state").json()["request_count"]
    in_process = ("MockServer()", "mock_vendors()", "def test_")  # these blocks use a mock of their own
    assert served > 0 or any(name in BLOCKS[index] for name in in_process)
