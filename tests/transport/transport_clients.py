"""The six clients (three vendors, sync and async) built the same way, and one list call on each, so
that every transport rule is checked against every client."""

from __future__ import annotations

from typing import Any

import httpx

from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock._config import DEMO

VENDORS = ("itnio", "huawei", "iovox")
SYNC_CLIENTS = {"itnio": ItnioClient, "huawei": MsgsmsClient, "iovox": IovoxClient}
ASYNC_CLIENTS = {"itnio": AsyncItnioClient, "huawei": AsyncMsgsmsClient, "iovox": AsyncIovoxClient}
ALL_CLIENTS = [*SYNC_CLIENTS.values(), *ASYNC_CLIENTS.values()]
PROJECT_ID = DEMO["HUAWEICLOUD_PROJECT_ID"]
CREDENTIALS = IamPasswordCredentials(
    DEMO["HUAWEICLOUD_IAM_USER"], DEMO["HUAWEICLOUD_IAM_PASSWORD"], DEMO["HUAWEICLOUD_IAM_DOMAIN"]
)
# Values a request may carry that must never reach another host.
SECRETS = tuple(
    DEMO[name]
    for name in ("ITNIO_API_KEY", "ITNIO_API_SECRET", "HUAWEICLOUD_IAM_PASSWORD", "IOVOX_SECURE_KEY")
)


def credential_arguments(
    cls: type[Any], *, token: str | None = None
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Positional and keyword credentials of a client class: the mock's demo values."""
    if cls in (ItnioClient, AsyncItnioClient):
        return (DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"]), {}
    if cls in (IovoxClient, AsyncIovoxClient):
        return (DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"]), {}
    if token is not None:
        return (PROJECT_ID,), {"token": token}
    return (PROJECT_ID,), {"credentials": CREDENTIALS}


def make(
    cls: type[Any], base_url: str, *, iam_url: str | None = None, token: str | None = None, **options: Any
) -> Any:
    """A client of ``cls`` at ``base_url`` (Huawei: IAM at ``iam_url``, or a pre-issued ``token``)."""
    args, kwargs = credential_arguments(cls, token=token)
    if cls in (MsgsmsClient, AsyncMsgsmsClient) and token is None:
        kwargs["iam_url"] = iam_url or base_url
    return cls(*args, base_url=base_url, **kwargs, **options)


def sync_call(client: Any) -> Any:
    """One idempotent list call (GET) of the client's vendor."""
    if isinstance(client, ItnioClient):
        return client.flows.list()
    if isinstance(client, MsgsmsClient):
        return client.templates.list()
    return client.call_flows.list()


async def async_call(client: Any) -> Any:
    if isinstance(client, AsyncItnioClient):
        return await client.flows.list()
    if isinstance(client, AsyncMsgsmsClient):
        return await client.templates.list()
    return await client.call_flows.list()


def http_client(cls: type[Any], **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
    """An httpx client of the kind ``cls`` takes."""
    return httpx.AsyncClient(**kwargs) if cls in ASYNC_CLIENTS.values() else httpx.Client(**kwargs)


async def call(client: Any) -> Any:
    """The list call of any of the six clients, awaited when async; closes the client."""
    try:
        if isinstance(client, AsyncItnioClient | AsyncMsgsmsClient | AsyncIovoxClient):
            return await async_call(client)
        return sync_call(client)
    finally:
        if isinstance(client, AsyncItnioClient | AsyncMsgsmsClient | AsyncIovoxClient):
            await client.close()
        else:
            client.close()
