"""Shared fixtures: the mock in-process (unit tests) and as a real uvicorn server (integration)."""

from __future__ import annotations

import importlib
import logging
import os
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.itnio import _auth as itnio_auth
from commspec.mock import MockServer
from commspec.mock._config import DEMO
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


# -- secret scan over the whole suite ---------------------------------------------------------------
# Everything commspec logs at DEBUG, every commspec exception message and every repr of a client or
# credential object produced during the suite is recorded, then searched for the secrets in use: the
# credentials, every ITNIO Sign sent, and a refused credential the tests pass everywhere.

SECRET_NAMES = ("ITNIO_API_KEY", "ITNIO_API_SECRET", "HUAWEICLOUD_IAM_PASSWORD", "IOVOX_SECURE_KEY")
# Given to every credential argument and environment variable wrapped in what makes it unusable (a
# newline, a byte-order mark, ...): refused when the client is built, it must appear in no text.
REFUSED_SECRET = "sk-refused-5f0c93d1e7"
_seen: list[str] = []
_signs: set[str] = set()
_HEX32 = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def refused_secret() -> str:
    return REFUSED_SECRET


class _Recorder(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _seen.append(record.getMessage())


def _record_init(cls: type[Exception]) -> None:
    original = cls.__dict__["__init__"]

    def init(self: Exception, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        _seen.append(str(self))

    cls.__init__ = init  # type: ignore[misc]


def _record_repr(cls: type[Any]) -> None:
    original = cls.__repr__

    def rep(self: Any) -> str:
        text: str = original(self)
        _seen.append(text)
        return text

    cls.__repr__ = rep  # type: ignore[method-assign]


def _all_subclasses(cls: type[Any]) -> list[type[Any]]:
    out = [cls]
    for sub in cls.__subclasses__():
        out += _all_subclasses(sub)
    return out


def _record_signs() -> None:
    # ItnioAuth looks sign() up in its module on every attempt: every Sign sent is recorded.
    original = itnio_auth.sign

    def recording(api_key: str, api_secret: str, timestamp: str | int) -> str:
        signature = original(api_key, api_secret, timestamp)
        _signs.add(signature)
        return signature

    itnio_auth.sign = recording


def pytest_sessionstart(session: pytest.Session) -> None:
    logger = logging.getLogger("commspec")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(_Recorder())
    _record_signs()
    for cls in _all_subclasses(errors.CommspecError):
        if "__init__" in cls.__dict__:
            _record_init(cls)
    for module_name, names in REPRS.items():
        module = importlib.import_module(module_name)
        for name in names:
            if hasattr(module, name):
                _record_repr(getattr(module, name))


REPRS = {
    "commspec.itnio": ("ItnioClient", "AsyncItnioClient", "ItnioAuth"),
    "commspec.huawei": ("MsgsmsClient", "AsyncMsgsmsClient", "IamPasswordCredentials", "IamTokenAuth"),
    "commspec.iovox": ("IovoxClient", "AsyncIovoxClient"),
}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    secrets = {REFUSED_SECRET} | {DEMO[name] for name in SECRET_NAMES}
    secrets |= {os.environ[n] for n in SECRET_NAMES if os.environ.get(n)}
    leaks = sorted(
        {f"{secret!r} in {text[:200]!r}" for text in _seen for secret in secrets if secret in text}
    )
    leaks += sorted(
        {f"a Sign in {text[:200]!r}" for text in _seen if _signs.intersection(_HEX32.findall(text))}
    )
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if leaks:
        if reporter:
            reporter.write_line(f"SECRET LEAK: {len(leaks)} recorded text(s) contain a secret:", red=True)
            for leak in leaks[:20]:
                reporter.write_line(f"  {leak}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter:
        reporter.write_line(
            f"secret scan: {len(_seen)} log lines, messages and reprs checked against "
            f"{len(secrets)} secrets and {len(_signs)} Signs, no secret found"
        )
