"""IOVOX clients: the CallFlow interface (``.call_flows``) with typed XML call flows."""

from __future__ import annotations

from typing import Final

import httpx

from commspec._client import AsyncClientBase, SyncClientBase, base_url_of, retry_policy
from commspec._retry import RetryPolicy
from commspec._settings import DEFAULT_MAX_RESPONSE_BYTES
from commspec._pipeline import AsyncPipeline, SyncPipeline
from commspec.iovox._auth import SECURE_KEY, USERNAME, IovoxAuth
from commspec.iovox._errors import encode_xml, handle_iovox_response
from commspec_generated.iovox_callflow import spec as callflow_spec
from commspec_generated.iovox_callflow.api import AsyncCallflowResources, CallflowResources

DEFAULT_BASE_URL: Final = callflow_spec.API.base_url  # https://api.iovox.com:444


def _settings(
    username: str | None,
    secure_key: str | None,
    base_url: str,
    max_retries: int,
    retry: RetryPolicy | None,
) -> dict[str, object]:
    return {
        "base_url": base_url,
        "handler": handle_iovox_response,
        "auth": IovoxAuth(USERNAME.resolve(username), SECURE_KEY.resolve(secure_key)),
        "retry": retry_policy(max_retries, retry),
        "encoder": encode_xml,
    }


class IovoxClient(SyncClientBase, CallflowResources):
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
        base_url = base_url_of(base_url, "IOVOX_BASE_URL", DEFAULT_BASE_URL)
        settings = _settings(username, secure_key, base_url, max_retries, retry)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        self.base_url = base_url
        self._pipeline = SyncPipeline(
            http_client=self._http_client,
            timeout=self._request_timeout,
            max_response_bytes=self._max_response_bytes,
            **settings,
        )
        self._bind_callflow(self._pipeline)


class AsyncIovoxClient(AsyncClientBase, AsyncCallflowResources):
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
        base_url = base_url_of(base_url, "IOVOX_BASE_URL", DEFAULT_BASE_URL)
        settings = _settings(username, secure_key, base_url, max_retries, retry)
        super().__init__(http_client=http_client, timeout=timeout, max_response_bytes=max_response_bytes)
        self.base_url = base_url
        self._pipeline = AsyncPipeline(
            http_client=self._http_client,
            timeout=self._request_timeout,
            max_response_bytes=self._max_response_bytes,
            **settings,
        )
        self._bind_callflow(self._pipeline)
