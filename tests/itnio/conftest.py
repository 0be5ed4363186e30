from __future__ import annotations

import httpx
import pytest

from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import MockServer

KEY, SECRET = "demo-itnio-key", "demo-itnio-secret"


@pytest.fixture
def itnio(in_process: httpx.Client) -> ItnioClient:
    return ItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process, max_retries=0)


@pytest.fixture
def aitnio(in_process_async: httpx.AsyncClient) -> AsyncItnioClient:
    return AsyncItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process_async, max_retries=0)


def task_fields(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "app_id": "LILIN888",
        "name": "lilinname2",
        "dialog_flow_id": 8663,
        "mode": "MANUAL",
        "daily_start_date_time": "09:00",
        "daily_end_date_time": "20:00",
        "robot_count": 1,
        "job_phone_number_id": 2959,
        "redial": False,
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def never_sent() -> httpx.Client:
    """An httpx client whose transport fails the test if any request reaches it."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.method} {request.url}")

    return httpx.Client(transport=httpx.MockTransport(refuse))


def server_state(server: MockServer) -> dict[str, object]:
    return server.state()
