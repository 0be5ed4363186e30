"""schemathesis throws generated valid requests at the mock server (real uvicorn): no 5xx, and every
response conforms to the spec (status code, content type, body schema)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from commspec.huawei import IamPasswordCredentials
from commspec.huawei._iam_auth import password_login
from commspec.itnio import sign
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec.mock._serve import running_server

SPECS = Path(__file__).resolve().parents[2] / "specs"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
otp = schemathesis.openapi.from_path(SPECS / "itnio" / "otp.openapi.yaml")
aivoice = schemathesis.openapi.from_path(SPECS / "itnio" / "aivoice.openapi.yaml")
msgsms = schemathesis.openapi.from_path(SPECS / "huawei" / "msgsms.openapi.yaml")
iam = schemathesis.openapi.from_path(SPECS / "huawei" / "iam.openapi.yaml")
PROJECT_ID = DEMO["HUAWEICLOUD_PROJECT_ID"]


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_server(MockServer()) as url:
        yield url


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


@pytest.fixture(scope="module")
def huawei_headers(mock_url: str, session: requests.Session) -> dict[str, str]:
    """One IAM token from the mock's IAM (demo credentials), sent as X-Auth-Token by every case."""
    user = ("HUAWEICLOUD_IAM_USER", "HUAWEICLOUD_IAM_PASSWORD", "HUAWEICLOUD_IAM_DOMAIN")
    login = {"auth": password_login(IamPasswordCredentials(*(DEMO[name] for name in user)), PROJECT_ID)}
    response = session.post(f"{mock_url}/v3/auth/tokens", json=login, timeout=10)
    assert response.status_code == 201, response.text
    return {"X-Auth-Token": response.headers["X-Subject-Token"]}


def itnio_headers(server_credentials: dict[str, str] | None = None) -> dict[str, str]:
    key, secret = "demo-itnio-key", "demo-itnio-secret"
    timestamp = str(int(time.time()))
    return {"Api-Key": key, "Timestamp": timestamp, "Sign": sign(key, secret, timestamp)}


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))


@otp.parametrize()
@SETTINGS
def test_otp_mock_conforms(case: schemathesis.Case, mock_url: str, session: requests.Session) -> None:
    case.call_and_validate(base_url=mock_url, session=session, headers=itnio_headers(), checks=CHECKS)


@aivoice.parametrize()
@SETTINGS
def test_aivoice_mock_conforms(case: schemathesis.Case, mock_url: str, session: requests.Session) -> None:
    case.call_and_validate(base_url=mock_url, session=session, headers=itnio_headers(), checks=CHECKS)


@msgsms.parametrize()
@SETTINGS
def test_msgsms_mock_conforms(
    case: schemathesis.Case, mock_url: str, session: requests.Session, huawei_headers: dict[str, str]
) -> None:
    # The token is scoped to the mock's project: a generated project_id would only ever reach the 403
    # branch, so the path uses the token's project and the bodies/queries/ids are generated.
    case.path_parameters = {**(case.path_parameters or {}), "project_id": PROJECT_ID}
    case.call_and_validate(base_url=mock_url, session=session, headers=huawei_headers, checks=CHECKS)


@iam.parametrize()
@SETTINGS
def test_iam_mock_conforms(case: schemathesis.Case, mock_url: str, session: requests.Session) -> None:
    case.call_and_validate(base_url=mock_url, session=session, checks=CHECKS)
