"""Every developer and CI action. `nox -s demo` and `nox -s tests` are the README quickstart."""

from __future__ import annotations

import contextlib
import hashlib
import re
import subprocess
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]

ROOT = Path(__file__).parent
GENERATED = ROOT / "generated"
PYTHON_PATHS = ["overrides", "generator", "tests", "examples", "conftest.py", "noxfile.py"]
PRISM = "@stoplight/prism-cli@5.16.0"


SERVER_MODE_TESTS = ["tests/testing", "examples"]


@contextlib.contextmanager
def served_mock_process(session: nox.Session) -> Iterator[str]:
    """`commspec-mock --port 0` in the background until the block ends; yields its URL (from its banner),
    once `/_mock/health` answers."""
    command = [session.bin + "/python", "-m", "commspec.mock", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 - fixed argv
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[3]  # "commspec mock on http://127.0.0.1:PORT ..."
        if urllib.request.urlopen(f"{url}/_mock/health", timeout=30).status != 200:  # noqa: S310 - loopback
            session.error("the served mock is not healthy")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def install_prism(session: nox.Session) -> str:
    """Prism from npm into .nox/prism (pinned); returns the executable for the contract tests."""
    prefix = ROOT / ".nox" / "prism"
    binary = prefix / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        session.run(
            "npm",
            "install",
            "--no-audit",
            "--no-fund",
            "--silent",
            "--prefix",
            str(prefix),
            PRISM,
            external=True,
        )
    return str(binary)


AUTOCANNON = "autocannon@8.0.0"
HUAWEI_SDK = "huaweicloudsdkmsgsms==3.1.219"


def install_autocannon(session: nox.Session) -> str:
    """autocannon (npm, pinned) into .nox/autocannon: the mock throughput rows' load generator."""
    prefix = ROOT / ".nox" / "autocannon"
    binary = prefix / "node_modules" / ".bin" / "autocannon"
    if not binary.exists():
        session.run(
            "npm",
            "install",
            "--no-audit",
            "--no-fund",
            "--silent",
            "--prefix",
            str(prefix),
            AUTOCANNON,
            external=True,
        )
    return str(binary)


def install_huawei_sdk(session: nox.Session) -> str:
    """Huawei's official MSGSMS SDK in a virtual environment of its own (.nox/huawei-sdk), so that its
    dependencies never meet commspec's; returns that environment's python."""
    venv = ROOT / ".nox" / "huawei-sdk"
    python = venv / "bin" / "python"
    marker = venv / (HUAWEI_SDK + ".installed")
    if not marker.exists():
        session.run("python", "-m", "venv", "--clear", str(venv))
        session.run(str(python), "-m", "pip", "install", "--quiet", HUAWEI_SDK, external=True)
        marker.touch()
    return str(python)


def bench_env(session: nox.Session) -> dict[str, str]:
    """Every baseline of `nox -s bench`: Prism, autocannon, the Huawei SDK."""
    return {
        "PRISM_BIN": install_prism(session),
        "AUTOCANNON_BIN": install_autocannon(session),
        "HUAWEI_SDK_PYTHON": install_huawei_sdk(session),
    }


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def changelog_digest() -> str:
    """The generator writes CHANGELOG.md's API-changes block too: it must be committed as written."""
    return hashlib.sha256((ROOT / "CHANGELOG.md").read_bytes()).hexdigest()


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (pinned generators; any warning fails)."""
    install(session)
    session.run("python", "-m", "generator", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    install(session)
    session.run("ruff", "check", *PYTHON_PATHS)
    session.run("ruff", "format", "--check", *PYTHON_PATHS)


@nox.session
def typecheck(session: nox.Session) -> None:
    install(session)
    session.run("mypy", "--strict")


@nox.session
def tests(session: nox.Session) -> None:
    """Everything CI checks: generated code matches the specs, lint, types, the test suite."""
    install(session)
    # The generator also writes each vendor package's face (overrides/commspec/<vendor>/__init__.py,
    # types.py, _client.py): those must match the specs too.
    before = snapshot(GENERATED) | snapshot(ROOT / "overrides") | {"CHANGELOG.md": changelog_digest()}
    session.run("python", "-m", "generator")
    after = snapshot(GENERATED) | snapshot(ROOT / "overrides") | {"CHANGELOG.md": changelog_digest()}
    if before != after:
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        session.error(
            "generated code or CHANGELOG.md does not match specs/ (run `nox -s generate` and commit): "
            + ", ".join(changed)
        )
    session.run("ruff", "check", *PYTHON_PATHS)
    session.run("ruff", "format", "--check", *PYTHON_PATHS)
    session.run("mypy", "--strict")
    env = bench_env(session)
    session.run(  # Huawei's SDK in its own venv: tests/huawei/test_sdk_parity.py compares requests with it
        "pytest",
        *session.posargs,
        env={"PRISM_BIN": env["PRISM_BIN"], "HUAWEI_SDK_PYTHON": env["HUAWEI_SDK_PYTHON"]},
    )
    # Server mode: the testing helpers and the examples again, the commspec_mock fixture driving a served
    # mock (COMMSPEC_MOCK_URL), as a CI job beside `commspec-mock` runs them (README, "beside a CI job").
    with served_mock_process(session) as url:
        session.run("pytest", "-p", "no:randomly", *SERVER_MODE_TESTS, env={"COMMSPEC_MOCK_URL": url})
    # The benchmark harness, every row once with a few iterations (no timing asserted): it cannot rot.
    session.run("python", "-m", "tests.benchmarks.run", "--quick", env=env)


# The dependencies whose declared range `nox -s deps` checks at both ends, and the tests that exercise
# them: every client, the in-process and served mock, the testing helpers and the examples.
RANGE_CHECKED = ("httpx", "pydantic")
DEPS_TESTS = [
    "tests/itnio",
    "tests/huawei",
    "tests/iovox",
    "tests/transport",
    "tests/responses",
    "tests/faults",
    "tests/mock",
    "tests/testing",
    "tests/test_credentials.py",
    "examples",
]


def declared_range(name: str) -> str:
    """The requirement string of ``name`` in pyproject's dependencies, e.g. ``httpx>=0.25.2,<0.29``."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return next(d for d in dependencies["dependencies"] if re.match(rf"{name}(?=[<>=!~;\[ ]|$)", d))


@nox.session
@nox.parametrize("bound", ["lowest", "highest"])
def deps(session: nox.Session, bound: str) -> None:
    """The client and mock tests with the lowest, then the highest, httpx and pydantic pyproject allows."""
    install(session)
    if bound == "lowest":
        pins = [re.sub(r">=([^,;]+).*", r"==\1", declared_range(name)) for name in RANGE_CHECKED]
        session.install(*pins)
    else:
        session.install("--upgrade", *(declared_range(name) for name in RANGE_CHECKED))
    versions = "import httpx, pydantic; print('httpx', httpx.__version__, 'pydantic', pydantic.VERSION)"
    session.run("python", "-c", versions)
    # tests/huawei holds the parity check with Huawei's SDK, which runs in a virtual environment of its own.
    sdk = {"HUAWEI_SDK_PYTHON": install_huawei_sdk(session)}
    session.run("pytest", "-p", "no:cacheprovider", *DEPS_TESTS, *session.posargs, env=sdk)


@nox.session
def demo(session: nox.Session) -> None:
    """Start the mock as a real server and run the main job through the typed clients."""
    install(session)
    session.run("python", "-m", "commspec.demo")


@nox.session
def mock(session: nox.Session) -> None:
    """Serve the mock on 127.0.0.1 (pass e.g. `-- --port 9000`)."""
    install(session)
    session.run("commspec-mock", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx / xmltodict / Prism / Huawei's SDK, measured in the same run.

    `-- --quick`: the smoke run that `nox -s tests` does; `-- --readme`: also rewrite README's table."""
    install(session)
    session.run("python", "-m", "tests.benchmarks.run", *session.posargs, env=bench_env(session))
