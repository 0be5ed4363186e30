"""IOVOX clients: the CallFlow interface (``.call_flows``) with typed XML call flows."""

from __future__ import annotations

import httpx

from commspec._client import AsyncClient, AuthContext, SyncClient, Vendor
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.iovox._auth import IovoxAuth
from commspec.iovox._envelope import encode_xml, handle_iovox_response
from commspec_generated.iovox_callflow import spec as callflow_spec
from commspec_generated.iovox_callflow.api import AsyncCallflowResources, CallflowResources


def _auth(context: AuthContext) -> IovoxAuth:
    return IovoxAuth(context.arguments["username"], context.arguments["secure_key"])


IOVOX = Vendor(
    apis=(callflow_spec.API,),
    credentials=("username", "secure_key"),
    auth=_auth,
    handler=handle_iovox_response,
    encoder=encode_xml,
)


class IovoxClient(SyncClient, CallflowResources):
    """Blocking IOVOX client. Credentials: arguments or ``IOVOX_USERNAME`` / ``IOVOX_SECURE_KEY``."""

    def __init__(
        self,
        username: str | None = None,
        secure_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            IOVOX,
            {"username": username, "secure_key": secure_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
        )


class AsyncIovoxClient(AsyncClient, AsyncCallflowResources):
    """asyncio IOVOX client. Credentials: arguments or ``IOVOX_USERNAME`` / ``IOVOX_SECURE_KEY``."""

    def __init__(
        self,
        username: str | None = None,
        secure_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            IOVOX,
            {"username": username, "secure_key": secure_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
        )
