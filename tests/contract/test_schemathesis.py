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

from commspec.itnio import sign
from commspec.mock import MockServer
from commspec.mock._serve import running_server

SPECS = Path(__file__).resolve().parents[2] / "specs"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
otp = schemathesis.openapi.from_path(SPECS / "itnio" / "otp.openapi.yaml")
aivoice = schemathesis.openapi.from_path(SPECS / "itnio" / "aivoice.openapi.yaml")


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_server(MockServer()) as url:
        yield url


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


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
