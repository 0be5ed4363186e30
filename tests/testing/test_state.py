"""mock.state() and server.backend(...) are typed, and the state has one shape in process and over HTTP
(JSON's: every key a string, ITNIO's int flow ids included)."""

from __future__ import annotations

from pathlib import Path

import httpx
import mypy.api
import pytest

from commspec.itnio import ItnioClient
from commspec.mock import MockConfig, MockServer, MockState
from commspec.mock._serve import running_server
from commspec.mock.huawei.models import HuaweiBackend
from commspec.testing import mock_vendors

ROOT = Path(__file__).resolve().parents[2]
FLOW = [{"waitingTime": 60, "status": 2, "channel": "call"}]


def test_the_state_is_the_same_document_in_process_and_over_http() -> None:
    server = MockServer(MockConfig())
    with running_server(server) as url:
        flow = ItnioClient("demo-itnio-key", "demo-itnio-secret", base_url=url).flows.create(
            name="kept", flow=FLOW
        )
        served = httpx.get(url + "/_mock/state").json()
    in_process = server.state()
    assert in_process == served
    assert list(in_process["itnio"]["flows"]["demo-itnio-key"]) == [str(flow.flow_id)]


def test_the_state_and_the_backends_are_typed() -> None:
    with mock_vendors() as mock:
        ItnioClient().flows.create(name="kept", flow=FLOW)
        state = mock.state()
        assert isinstance(state, MockState)
        assert (state.request_count, state.internal_errors, state.faults) == (1, [], [])
        assert state.credentials["ITNIO_API_KEY"] == "demo-itnio-key"
        assert state.vendor("itnio")["flows"] == state["itnio"]["flows"]
        assert mock.server.backend(HuaweiBackend) is mock.server.backend("huawei")
        with pytest.raises(KeyError, match="no vendor fake 'nope'"):
            state.vendor("nope")
        with pytest.raises(KeyError, match="0 vendor fakes of type MockConfig"):
            mock.server.backend(MockConfig)


TYPED = """
from typing import assert_type
from commspec.mock import MockServer, MockState
from commspec.mock.huawei.models import HuaweiBackend
from commspec.testing import mock_vendors

server = MockServer()
assert_type(server.backend(HuaweiBackend), HuaweiBackend)
assert_type(server.state(), MockState)
assert_type(server.state().request_count, int)
assert_type(server.state().internal_errors, list[str])
with mock_vendors() as mock:
    assert_type(mock.state(), MockState)
"""


def test_mypy_sees_the_types(tmp_path: Path) -> None:
    (tmp_path / "typed.py").write_text(TYPED, encoding="utf-8")
    report, errors, status = mypy.api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), str(tmp_path / "typed.py")]
    )
    assert status == 0, report + errors
