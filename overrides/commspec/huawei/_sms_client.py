"""Huawei Cloud Message & SMS sending clients (``.messages``), authenticated with X-WSSE.

``base_url`` is the application access address shown in the console; ``app_key`` and ``app_secret``
are the application's. Arguments, else the environment variables of specs/huawei/sms.openapi.yaml.
"""

from __future__ import annotations

import httpx

from commspec._client import AsyncClient, AuthContext, SyncClient, Vendor
from commspec._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.huawei._sms_answer import handle_sms_response
from commspec.huawei._wsse import WsseAuth
from commspec_generated.huawei_sms import spec as sms_spec
from commspec_generated.huawei_sms.api import AsyncSmsResources, SmsResources

__all__ = ["AsyncSmsClient", "SmsClient"]


def _auth(context: AuthContext) -> WsseAuth:
    return WsseAuth(context.arguments["app_key"], context.arguments["app_secret"])


HUAWEI_SMS = Vendor(
    apis=(sms_spec.API,),
    credentials=("app_key", "app_secret"),
    auth=_auth,
    handler=handle_sms_response,
)


class SmsClient(SyncClient, SmsResources):
    """Blocking Huawei Cloud SMS sending client. Credentials: arguments or ``HUAWEICLOUD_SMS_APP_KEY`` /
    ``HUAWEICLOUD_SMS_APP_SECRET``; ``base_url``: argument, ``HUAWEICLOUD_SMS_URL``, or the documented
    example address. Sending is not idempotent: a call that may have reached the platform is never
    repeated (``APIOutcomeUnknownError`` instead)."""

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
    ) -> None:
        super().__init__(
            HUAWEI_SMS,
            {"app_key": app_key, "app_secret": app_secret},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
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
    ) -> None:
        super().__init__(
            HUAWEI_SMS,
            {"app_key": app_key, "app_secret": app_secret},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
        )
