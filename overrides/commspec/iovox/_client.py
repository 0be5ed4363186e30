"""IOVOX clients: generated from specs/iovox/callflow.openapi.yaml by `nox -s generate`. Do not edit by
hand."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from commspec import _standard
from commspec._client import AsyncClient, SyncClient, Vendor
from commspec._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.iovox import _envelope
from commspec_generated.iovox_callflow import spec as iovox_callflow_spec
from commspec_generated.iovox_callflow.api import AsyncCallflowResources, CallflowResources

__all__ = ["AsyncIovoxClient", "IovoxClient"]

IOVOX = Vendor(
    apis=(iovox_callflow_spec.API,),
    credentials=("username", "secure_key"),
    auth=_standard.standard_auth,
    handler=_envelope.handle_iovox_response,
    encoder=_envelope.encode_xml,
)


class IovoxClient(SyncClient, CallflowResources):
    """Blocking IOVOX client. Credentials: arguments or ``IOVOX_USERNAME`` / ``IOVOX_SECURE_KEY``;
    ``base_url``: argument, ``IOVOX_BASE_URL``, or production."""

    def __init__(
        self,
        username: str | None = None,
        secure_key: str | None = None,
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
            IOVOX,
            {
                "username": username,
                "secure_key": secure_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )


class AsyncIovoxClient(AsyncClient, AsyncCallflowResources):
    """asyncio IOVOX client; same arguments as ``IovoxClient``."""

    def __init__(
        self,
        username: str | None = None,
        secure_key: str | None = None,
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
            IOVOX,
            {
                "username": username,
                "secure_key": secure_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )
