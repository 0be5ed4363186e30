"""Huawei Cloud MSGSMS clients (``.templates``) authenticated with an IAM token.

``project_id`` is a path parameter of every MSGSMS operation that the client owns (the spec lists it in
``x-commspec.client-params``, so generated methods omit it); the request pipeline fills it in.
"""

from __future__ import annotations

from typing import Any

import httpx

from commspec._client import AsyncClientBase, SyncClientBase, base_url_of, retry_policy, timeout_of
from commspec._credentials import Credential
from commspec._paths import client_segment_rule
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec._pipeline import AsyncPipeline, SyncPipeline
from commspec.errors import ConfigurationError
from commspec.huawei._errors import handle_huawei_response
from commspec.huawei._iam_auth import TOKEN, IamPasswordCredentials, IamTokenAuth
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec
from commspec_generated.huawei_msgsms.api import AsyncMsgsmsResources, MsgsmsResources

__all__ = ["DEFAULT_REGION", "AsyncMsgsmsClient", "MsgsmsClient"]

DEFAULT_REGION = "cn-north-4"
# In the URL path (percent-encoded) and the IAM token request's scope.
PROJECT_ID = Credential("project_id", "HUAWEICLOUD_PROJECT_ID")


def _resolve(
    project_id: str | None,
    region: str,
    credentials: IamPasswordCredentials | None,
    token: str | None,
    base_url: str | None,
    iam_url: str | None,
) -> tuple[str, IamPasswordCredentials | None, str, str]:
    if credentials is not None and token is not None:
        raise ConfigurationError("credentials, token", "pass either credentials= or token=, not both")
    project = PROJECT_ID.resolve(project_id)
    broken = client_segment_rule(project)  # it is a path segment of every request
    if broken is not None:
        raise ConfigurationError(
            "project_id" if project_id is not None else f"project_id ({PROJECT_ID.variable})", broken
        )
    if token is not None:
        TOKEN.check(token)
    elif credentials is None:
        credentials = IamPasswordCredentials.from_env()
    api_url = base_url_of(base_url, "HUAWEICLOUD_MSGSMS_URL", msgsms_spec.API.base_url.format(region=region))
    token_url = base_url_of(iam_url, "HUAWEICLOUD_IAM_URL", iam_spec.API.base_url.format(region=region))
    return project, credentials, api_url, token_url


def _setup(
    client: MsgsmsClient | AsyncMsgsmsClient,
    resolved: tuple[str, IamPasswordCredentials | None, str, str],
    region: str,
    token: str | None,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy,
    *,
    is_async: bool,
) -> dict[str, Any]:
    """Attributes and IAM auth of a client; returns the keyword arguments of its pipeline."""
    project, creds, api_url, token_url = resolved
    client.project_id, client.region, client.base_url, client.iam_url = project, region, api_url, token_url
    # The token request goes through the same httpx client, without the client's own auth.
    http = {"async_http_client" if is_async else "http_client": client._http_client}
    client.auth = IamTokenAuth(
        credentials=creds,
        token=token,
        iam_url=token_url if creds is not None else None,
        project_id=project if creds is not None else None,
        timeout=timeout_of(timeout),
        retry=retry,
        max_response_bytes=client._max_response_bytes,
        **http,  # type: ignore[arg-type]
    )
    return {
        "http_client": client._http_client,
        "timeout": client._request_timeout,
        "max_response_bytes": client._max_response_bytes,
        "path_defaults": {"project_id": project},
        "base_url": api_url,
        "handler": handle_huawei_response,
        "auth": client.auth,
        "retry": retry,
    }


class MsgsmsClient(SyncClientBase, MsgsmsResources):
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
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        resolved = _resolve(project_id, region, credentials, token, base_url, iam_url)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        settings = _setup(
            self, resolved, region, token, timeout, retry_policy(max_retries, retry), is_async=False
        )
        self._pipeline = SyncPipeline(**settings)
        self._bind_msgsms(self._pipeline)

    def __repr__(self) -> str:
        return f"MsgsmsClient(project_id={self.project_id!r}, base_url={self.base_url!r})"


class AsyncMsgsmsClient(AsyncClientBase, AsyncMsgsmsResources):
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
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        resolved = _resolve(project_id, region, credentials, token, base_url, iam_url)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        settings = _setup(
            self, resolved, region, token, timeout, retry_policy(max_retries, retry), is_async=True
        )
        self._pipeline = AsyncPipeline(**settings)
        self._bind_msgsms(self._pipeline)

    def __repr__(self) -> str:
        return f"AsyncMsgsmsClient(project_id={self.project_id!r}, base_url={self.base_url!r})"
