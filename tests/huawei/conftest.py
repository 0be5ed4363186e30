"""Huawei fixtures: the typed client wired to the in-process mock with the mock's demo credentials."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, MsgsmsClient
from commspec.mock import MockServer
from commspec.mock.huawei import HuaweiBackend

MOCK_URL = "http://mock.test"


def credentials_of(server: MockServer, password: str | None = None) -> IamPasswordCredentials:
    cred = server.config.credential
    return IamPasswordCredentials(
        user_name=cred("HUAWEICLOUD_IAM_USER"),
        password=password or cred("HUAWEICLOUD_IAM_PASSWORD"),
        domain_name=cred("HUAWEICLOUD_IAM_DOMAIN"),
    )


@pytest.fixture
def backend(server: MockServer) -> HuaweiBackend:
    return server.backend("huawei")


@pytest.fixture
def make_client(server: MockServer) -> Callable[..., MsgsmsClient]:
    def make(**kwargs: Any) -> MsgsmsClient:
        options: dict[str, Any] = {
            "credentials": credentials_of(server),
            "base_url": MOCK_URL,
            "iam_url": MOCK_URL,
            "http_client": httpx.Client(transport=server.httpx_transport()),
            "max_retries": 0,
        }
        options.update(kwargs)
        if "token" in kwargs:
            options.pop("credentials")
        return MsgsmsClient(server.config.credential("HUAWEICLOUD_PROJECT_ID"), **options)

    return make


@pytest.fixture
def client(make_client: Callable[..., MsgsmsClient]) -> MsgsmsClient:
    return make_client()


@pytest.fixture
def async_client(server: MockServer) -> AsyncMsgsmsClient:
    return AsyncMsgsmsClient(
        server.config.credential("HUAWEICLOUD_PROJECT_ID"),
        credentials=credentials_of(server),
        base_url=MOCK_URL,
        iam_url=MOCK_URL,
        http_client=httpx.AsyncClient(transport=server.httpx_transport()),
    )


# Seed 002's request body, its masked app_id and sign_id replaced by the mock's demo application and
# signature (a template must name existing ones; every project of the mock starts with these).
SEED_BODY: dict[str, Any] = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "brackets": "GB",
    "region": "cn",
    "sign_id": "6f1d0000-e866-4b30-9ca5-a476a00e8775",
    "template_content": "Test",
    "template_name": "auto_test000",
    "template_type": "NOTIFY_TYPE",
    "universal_template": 0,
}


def draft(client: MsgsmsClient, name: str = "draft", **extra: Any) -> str:
    """A Pending (modifiable) template; returns its id."""
    body = {
        "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
        "region": "cn",
        "template_content": "Hi ${NUM_6}",
        "flow_status": "Pending",
    }
    body.update(extra)
    return client.templates.create(template_name=name, **body).id
