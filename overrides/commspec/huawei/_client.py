"""Huawei Cloud MSGSMS clients (``.templates``) authenticated with an IAM token.

``project_id`` is a path parameter of every MSGSMS operation that the client owns (the spec lists it in
``x-commspec.client-params``, so generated methods omit it); the request pipeline fills it in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from commspec._client import AsyncClient, AuthContext, SyncClient, Vendor
from commspec._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.errors import ConfigurationError
from commspec.huawei._errors import handle_huawei_response
from commspec.huawei._iam_auth import IamTokenAuth
from commspec.huawei._iam_credentials import TOKEN, IamPasswordCredentials
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec
from commspec_generated.huawei_msgsms.api import AsyncMsgsmsResources, MsgsmsResources

__all__ = ["DEFAULT_REGION", "AsyncMsgsmsClient", "MsgsmsClient"]

DEFAULT_REGION: str = msgsms_spec.API.default_region or ""


def _prepare(arguments: dict[str, Any], environ: Mapping[str, str]) -> None:
    """One way to authenticate (credentials, else token, else the IAM environment variables), and
    the IAM endpoint of the client's region."""
    credentials, token = arguments["credentials"], arguments["token"]
    if credentials is not None and token is not None:
        raise ConfigurationError("credentials, token", "pass either credentials= or token=, not both")
    if token is not None:
        TOKEN.check(token)
    elif credentials is None:
        arguments["credentials"] = IamPasswordCredentials.from_env(environ)
    arguments["iam_url"] = iam_spec.API.url_of(arguments["iam_url"], environ, region=arguments["region"])


def _auth(context: AuthContext) -> IamTokenAuth:
    # The token request is sent by each call's own pipeline (its connections and settings), without auth.
    arguments = context.arguments
    credentials = arguments["credentials"]
    return IamTokenAuth(
        credentials=credentials,
        token=arguments["token"],
        iam_url=arguments["iam_url"] if credentials is not None else None,
        project_id=arguments["project_id"] if credentials is not None else None,
    )


HUAWEI = Vendor(
    apis=(msgsms_spec.API,),
    prepare=_prepare,
    auth=_auth,
    handler=handle_huawei_response,
    attributes=("project_id", "region", "iam_url", "auth"),
)


class MsgsmsClient(SyncClient, MsgsmsResources):
    """Blocking Huawei Cloud MSGSMS client.

    Authentication: ``credentials=IamPasswordCredentials(...)`` (a token is fetched from IAM, cached and
    refreshed), or a pre-issued ``token=``; with neither, ``HUAWEICLOUD_IAM_USER`` /
    ``HUAWEICLOUD_IAM_PASSWORD`` / ``HUAWEICLOUD_IAM_DOMAIN``. ``project_id`` defaults to
    ``HUAWEICLOUD_PROJECT_ID``. The token request reuses ``http_client`` (without this client's auth).
    """

    project_id: str
    region: str
    base_url: str
    iam_url: str
    auth: IamTokenAuth

    def __init__(
        self,
        project_id: str | None = None,
        *,
        region: str = DEFAULT_REGION,
        credentials: IamPasswordCredentials | None = None,
        token: str | None = None,
        base_url: str | None = None,
        iam_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        arguments = {"project_id": project_id, "region": region, "credentials": credentials, "token": token}
        super().__init__(
            HUAWEI,
            {**arguments, "iam_url": iam_url},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
        )


class AsyncMsgsmsClient(AsyncClient, AsyncMsgsmsResources):
    """asyncio Huawei Cloud MSGSMS client; same arguments as ``MsgsmsClient``."""

    project_id: str
    region: str
    base_url: str
    iam_url: str
    auth: IamTokenAuth

    def __init__(
        self,
        project_id: str | None = None,
        *,
        region: str = DEFAULT_REGION,
        credentials: IamPasswordCredentials | None = None,
        token: str | None = None,
        base_url: str | None = None,
        iam_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        arguments = {"project_id": project_id, "region": region, "credentials": credentials, "token": token}
        super().__init__(
            HUAWEI,
            {**arguments, "iam_url": iam_url},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
        )
