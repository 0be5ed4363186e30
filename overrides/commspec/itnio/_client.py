"""ITNIO Tech clients: OTP task flows (``.flows``) and AI voice tasks (``.tasks``)."""

from __future__ import annotations

import httpx

from commspec._client import AsyncClientBase, SyncClientBase, base_url_of, retry_policy
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec._pipeline import AsyncPipeline, SyncPipeline
from commspec.itnio._auth import API_KEY, API_SECRET, ItnioAuth
from commspec.itnio._envelope import handle_itnio_response
from commspec_generated.itnio_aivoice import spec as aivoice_spec
from commspec_generated.itnio_aivoice.api import AivoiceResources, AsyncAivoiceResources
from commspec_generated.itnio_otp.api import AsyncOtpResources, OtpResources


def _settings(
    api_key: str | None,
    api_secret: str | None,
    base_url: str | None,
    max_retries: int,
    retry: RetryPolicy | None,
) -> dict[str, object]:
    return {
        "base_url": base_url_of(base_url, "ITNIO_BASE_URL", aivoice_spec.API.base_url),
        "handler": handle_itnio_response,
        "auth": ItnioAuth(API_KEY.resolve(api_key), API_SECRET.resolve(api_secret)),
        "retry": retry_policy(max_retries, retry),
    }


class ItnioClient(SyncClientBase, OtpResources, AivoiceResources):
    """Blocking ITNIO Tech client. Credentials: arguments or ``ITNIO_API_KEY`` / ``ITNIO_API_SECRET``;
    ``base_url``: argument, ``ITNIO_BASE_URL``, or production."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = _settings(api_key, api_secret, base_url, max_retries, retry)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        self.base_url = str(settings["base_url"])
        self._pipeline = SyncPipeline(
            http_client=self._http_client,
            timeout=self._request_timeout,
            max_response_bytes=self._max_response_bytes,
            **settings,
        )
        self._bind_otp(self._pipeline)
        self._bind_aivoice(self._pipeline)


class AsyncItnioClient(AsyncClientBase, AsyncOtpResources, AsyncAivoiceResources):
    """asyncio ITNIO Tech client. Credentials: arguments or ``ITNIO_API_KEY`` / ``ITNIO_API_SECRET``."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = _settings(api_key, api_secret, base_url, max_retries, retry)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        self.base_url = str(settings["base_url"])
        self._pipeline = AsyncPipeline(
            http_client=self._http_client,
            timeout=self._request_timeout,
            max_response_bytes=self._max_response_bytes,
            **settings,
        )
        self._bind_otp(self._pipeline)
        self._bind_aivoice(self._pipeline)
