"""Huawei Cloud clients: generated from specs/huawei/msgsms.openapi.yaml, specs/huawei/sms.openapi.yaml by
`nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from commspec._client import AsyncClient, SyncClient, Vendor
from commspec._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.huawei import _errors, _iam_auth, _sms_answer, _wsse
from commspec.huawei._iam_auth import IamTokenAuth
from commspec.huawei._iam_credentials import IamPasswordCredentials
from commspec_generated.huawei_msgsms import spec as huawei_msgsms_spec
from commspec_generated.huawei_msgsms.api import AsyncMsgsmsResources, MsgsmsResources
from commspec_generated.huawei_sms import spec as huawei_sms_spec
from commspec_generated.huawei_sms.api import AsyncSmsResources, SmsResources

__all__ = ["DEFAULT_REGION", "AsyncMsgsmsClient", "AsyncSmsClient", "MsgsmsClient", "SmsClient"]

# The default of the servers' {region} (specs: servers[0].variables.region.default).
DEFAULT_REGION: str = huawei_msgsms_spec.API.default_region or ""

MSGSMS = Vendor(
    apis=(huawei_msgsms_spec.API,),
    auth=_iam_auth.auth,
    handler=_errors.handle_huawei_response,
    prepare=_iam_auth.prepare,
    attributes=("project_id", "region", "iam_url", "auth"),
)


class MsgsmsClient(SyncClient, MsgsmsResources):
    """Blocking Huawei Cloud MSGSMS client. ``project_id``: argument or ``HUAWEICLOUD_PROJECT_ID``;
    ``base_url``: argument, ``HUAWEICLOUD_MSGSMS_URL``, or production.

    Authentication: ``credentials=IamPasswordCredentials(...)`` (a token is fetched from IAM, cached
    and refreshed), or a pre-issued ``token=``; with neither, ``HUAWEICLOUD_IAM_USER`` /
    ``HUAWEICLOUD_IAM_PASSWORD`` / ``HUAWEICLOUD_IAM_DOMAIN``. The token request is sent with the
    settings of the call that needs it, through ``http_client`` (without this client's auth).
    """

    project_id: str
    region: str
    iam_url: str
    auth: IamTokenAuth

    def __init__(
        self,
        project_id: str | None = None,
        *,
        region: str = DEFAULT_REGION,
        credentials: IamPasswordCredentials | None = None,
        token: str | None = None,
        iam_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            MSGSMS,
            {
                "project_id": project_id,
                "region": region,
                "credentials": credentials,
                "token": token,
                "iam_url": iam_url,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )


class AsyncMsgsmsClient(AsyncClient, AsyncMsgsmsResources):
    """asyncio Huawei Cloud MSGSMS client; same arguments as ``MsgsmsClient``."""

    project_id: str
    region: str
    iam_url: str
    auth: IamTokenAuth

    def __init__(
        self,
        project_id: str | None = None,
        *,
        region: str = DEFAULT_REGION,
        credentials: IamPasswordCredentials | None = None,
        token: str | None = None,
        iam_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            MSGSMS,
            {
                "project_id": project_id,
                "region": region,
                "credentials": credentials,
                "token": token,
                "iam_url": iam_url,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )


SMS = Vendor(
    apis=(huawei_sms_spec.API,),
    credentials=("app_key", "app_secret"),
    auth=_wsse.auth,
    handler=_sms_answer.handle_sms_response,
)


class SmsClient(SyncClient, SmsResources):
    """Blocking Huawei Cloud SMS sending client. Credentials: arguments or ``HUAWEICLOUD_SMS_APP_KEY`` /
    ``HUAWEICLOUD_SMS_APP_SECRET``; ``base_url``: argument, ``HUAWEICLOUD_SMS_URL``, or production.

    ``base_url`` is the application access address shown in the console. Sending is not idempotent: a
    call that may have reached the platform is never repeated (``APIOutcomeUnknownError`` instead).
    """

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            SMS,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )


class AsyncSmsClient(AsyncClient, AsyncSmsResources):
    """asyncio Huawei Cloud SMS sending client; same arguments as ``SmsClient``."""

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            SMS,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )
