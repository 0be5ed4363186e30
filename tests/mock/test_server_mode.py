"""Server mode (issue 19): ``GET /_mock/requests`` serves the journal with credentials redacted, and with
``COMMSPEC_MOCK_URL`` set the ``commspec_mock`` fixture drives that served mock (reset per test, the
same helpers) instead of an in-process one, as moto's ``TEST_SERVER_MODE`` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from commspec import errors
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.itnio import ItnioClient
from commspec.mock import MockConfig, MockServer
from commspec.mock._config import DEMO, NOT_SHOWN
from commspec.mock._serve import running_server
from commspec.testing import current_mock
from commspec.testing._served import ServedVendorMock, served_vendors
from tests.mock.wire import asgi, itnio_headers

ROOT = Path(__file__).resolve().parents[2]
FLOW: list[dict[str, Any]] = [{"waitingTime": 60, "status": 2, "channel": "call"}]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, MockServer]]:
    server = MockServer(MockConfig())
    with running_server(server) as url:
        yield url, server


@pytest.fixture
def mock(served: tuple[str, MockServer]) -> Iterator[ServedVendorMock]:
    with served_vendors(served[0]) as found:
        yield found


# -- GET /_mock/requests -----------------------------------------------------------------------------------


def test_the_journal_over_http_redacts_credentials() -> None:
    server = MockServer()
    asgi(server, "GET", "/otp/flow/list", headers=itnio_headers())
    answer = asgi(server, "GET", "/_mock/requests").json()
    assert answer["dropped"] == 0
    (entry,) = answer["requests"]
    assert entry["operation"] == "flows_list" and entry["status"] == 200 and entry["vendor"] == "itnio"
    assert entry["headers"]["api-key"] != DEMO["ITNIO_API_KEY"] and entry["headers"]["sign"] != ""
    assert DEMO["ITNIO_API_KEY"] not in json.dumps(answer)


def test_the_journal_hides_a_real_credential_and_filters_by_operation() -> None:
    real = MockConfig(credentials={**DEMO, "HUAWEICLOUD_IAM_USER": "real-user-4c1d"})
    with running_server(MockServer(real)) as url:
        login = IamPasswordCredentials("real-user-4c1d", DEMO["HUAWEICLOUD_IAM_PASSWORD"], "demo-domain")
        client = MsgsmsClient(DEMO["HUAWEICLOUD_PROJECT_ID"], credentials=login, base_url=url, iam_url=url)
        assert client.templates.list().total == 0
        mock = ServedVendorMock(url)
        text = json.dumps([r.body for r in mock.requests])
        assert "real-user-4c1d" not in text and DEMO["HUAWEICLOUD_IAM_PASSWORD"] not in text
        assert NOT_SHOWN in text
        (token,) = mock.calls("tokens_create")
        assert token.request.status == 201
        assert [r.operation for r in mock.requests] == ["tokens_create", "templates_list"]
        assert DEMO["HUAWEICLOUD_IAM_PASSWORD"] not in json.dumps([r.headers for r in mock.requests])
        mock.close()


# -- ServedVendorMock: the helpers over HTTP -----------------------------------------------------------------


def test_clients_reach_the_served_mock_and_the_helpers_see_it(mock: ServedVendorMock) -> None:
    assert current_mock() is mock
    ItnioClient().flows.create(name="login-flow", flow=FLOW)
    (created,) = mock.calls("flows_create")
    assert created.body is not None and created.body.model_dump()["name"] == "login-flow"
    assert [r.operation for r in mock.requests] == ["flows_create"] and mock.dropped_requests == 0
    assert len(mock.state()["itnio"]["flows"]["demo-itnio-key"]) == 1


def test_each_test_starts_from_a_reset_mock(mock: ServedVendorMock) -> None:
    assert mock.requests == [] and mock.state()["itnio"]["flows"] == {}


def test_vendor_faults_through_the_served_mock(mock: ServedVendorMock) -> None:
    mock.add_fault("flows_create", vendor_code="-20")
    with pytest.raises(errors.ConflictError) as caught:
        ItnioClient().flows.create(name="login-flow", flow=FLOW)
    assert caught.value.code == "-20"
    with pytest.raises(ValueError, match="vendor_code"):
        mock.add_fault("flows_list", vendor_code="-20")


def test_seed_review_and_clock_through_the_served_mock(mock: ServedVendorMock) -> None:
    (template,) = mock.seed(
        [
            {
                "operation": "huawei.templates_create",
                "arguments": {
                    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
                    "region": "cn",
                    "template_content": "Hi",
                    "template_name": "t",
                },
            }
        ]
    )
    reviewed = mock.control("POST", "huawei/review", {"template_id": template["id"], "approve": True})
    assert reviewed["flow_status"] == "Adopted"
    assert MsgsmsClient().templates.retrieve(template["id"]).flow_status == "Adopted"
    before = mock.now()
    assert mock.advance(3600) >= before + 3600
    assert mock.requests[-1].operation == "templates_retrieve"  # seeding is setup, not a recorded call


def test_a_client_with_its_own_credentials_is_admitted(mock: ServedVendorMock) -> None:
    itnio = ItnioClient("app-own-key", "app-own-secret")
    assert itnio.flows.list() == []


def test_what_only_exists_in_process_says_so(mock: ServedVendorMock) -> None:
    with pytest.raises(AttributeError, match="served"):
        mock.server  # noqa: B018
    with pytest.raises(AttributeError, match="add_fault"):
        mock.faults  # noqa: B018


# -- the fixture in server mode ------------------------------------------------------------------------

USER_SUITE = """
from commspec import errors
from commspec.itnio import ItnioClient
from commspec.testing._served import ServedVendorMock

FLOW = [{"waitingTime": 60, "status": 2, "channel": "call"}]

def test_first(commspec_mock):
    assert isinstance(commspec_mock, ServedVendorMock)
    ItnioClient().flows.create(name="login-flow", flow=FLOW)
    assert [r.operation for r in commspec_mock.requests] == ["flows_create"]

def test_second_is_fresh(commspec_mock):
    assert commspec_mock.requests == [] and ItnioClient().flows.list() == []
"""


def test_the_fixture_drives_the_served_mock_when_commspec_mock_url_is_set(
    served: tuple[str, MockServer], tmp_path: Path
) -> None:
    url, server = served
    (tmp_path / "test_user_suite.py").write_text(textwrap.dedent(USER_SUITE))
    paths = os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"],  # the plugin: commspec's entry point
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": paths, "COMMSPEC_MOCK_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "2 passed" in done.stdout, done.stdout + done.stderr
    assert server.request_count > 0  # the served mock answered them, not an in-process one
