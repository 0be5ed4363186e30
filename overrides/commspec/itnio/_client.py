"""ITNIO Tech clients: generated from specs/itnio/aivoice.openapi.yaml, specs/itnio/otp.openapi.yaml by
`nox -s generate`. Do not edit by hand."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from commspec._client import AsyncClient, SyncClient, Vendor
from commspec._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec.itnio import _auth, _envelope
from commspec_generated.itnio_aivoice import spec as itnio_aivoice_spec
from commspec_generated.itnio_aivoice.api import AivoiceResources, AsyncAivoiceResources
from commspec_generated.itnio_otp import spec as itnio_otp_spec
from commspec_generated.itnio_otp.api import AsyncOtpResources, OtpResources

__all__ = ["AsyncItnioClient", "ItnioClient"]

ITNIO = Vendor(
    apis=(
        itnio_aivoice_spec.API,
        itnio_otp_spec.API,
    ),
    credentials=("api_key", "api_secret"),
    auth=_auth.auth,
    handler=_envelope.handle_itnio_response,
)


class ItnioClient(SyncClient, AivoiceResources, OtpResources):
    """Blocking ITNIO Tech client. Credentials: arguments or ``ITNIO_API_KEY`` / ``ITNIO_API_SECRET``;
    ``base_url``: argument, ``ITNIO_BASE_URL``, or production."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
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
            ITNIO,
            {
                "api_key": api_key,
                "api_secret": api_secret,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )


class AsyncItnioClient(AsyncClient, AsyncAivoiceResources, AsyncOtpResources):
    """asyncio ITNIO Tech client; same arguments as ``ItnioClient``."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
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
            ITNIO,
            {
                "api_key": api_key,
                "api_secret": api_secret,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            default_headers=default_headers,
        )
