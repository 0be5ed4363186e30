"""One call per vendor through clients built without base_url=, sync and async (the Huawei call fetches
an IAM token first)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient


def itnio() -> Any:
    with ItnioClient() as client:
        return client.flows.list()


def huawei() -> Any:
    with MsgsmsClient() as client:
        return list(client.templates.list())


def iovox() -> Any:
    with IovoxClient() as client:
        return client.call_flows.list()


async def aitnio() -> Any:
    async with AsyncItnioClient() as client:
        return await client.flows.list()


async def ahuawei() -> Any:
    async with AsyncMsgsmsClient() as client:
        return [template async for template in client.templates.list()]


async def aiovox() -> Any:
    async with AsyncIovoxClient() as client:
        return await client.call_flows.list()


# name -> (call, the operations the mock records for it)
SYNC: dict[str, tuple[Callable[[], Any], list[str]]] = {
    "itnio": (itnio, ["flows_list"]),
    "huawei": (huawei, ["tokens_create", "templates_list"]),
    "iovox": (iovox, ["call_flows_list"]),
}
ASYNC: dict[str, tuple[Callable[[], Awaitable[Any]], list[str]]] = {
    "itnio": (aitnio, ["flows_list"]),
    "huawei": (ahuawei, ["tokens_create", "templates_list"]),
    "iovox": (aiovox, ["call_flows_list"]),
}
# What a developer's shell may hold: production URLs, real-looking keys, and values no client accepts.
HOSTILE_ENVIRONMENT = {
    "ITNIO_API_KEY": "sk-live-real-key\n",  # refused by the client if it were read
    "ITNIO_API_SECRET": "real-secret",
    "ITNIO_BASE_URL": "https://api.itniotech.com",
    "HUAWEICLOUD_IAM_USER": "real-user",
    "HUAWEICLOUD_IAM_PASSWORD": "real-password",
    "HUAWEICLOUD_IAM_DOMAIN": "real-domain",
    "HUAWEICLOUD_PROJECT_ID": "..",  # refused as a path segment if it were read
    "HUAWEICLOUD_MSGSMS_URL": "https://msgsms.cn-north-4.myhuaweicloud.com",
    "HUAWEICLOUD_IAM_URL": "https://iam.cn-north-4.myhuaweicloud.com",
    "IOVOX_USERNAME": "real-user",
    "IOVOX_SECURE_KEY": "real-key",
    "IOVOX_BASE_URL": "https://api.iovox.com:444",
}
