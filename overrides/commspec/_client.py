"""Lifecycle shared by every vendor client: the owned httpx client, timeouts, retries, size cap,
closing. Settings are checked here, when a client or a ``with_options`` view is built."""

from __future__ import annotations

import copy
import dataclasses
import os
from types import TracebackType
from typing import Any, Self

import httpx

from commspec._resource import AsyncResource, SyncResource
from commspec._retry import RetryPolicy
from commspec._settings import (
    DEFAULT_MAX_RESPONSE_BYTES,
    check_count,
    check_max_response_bytes,
    check_timeout,
)
from commspec._pipeline import DEFAULT_TIMEOUT, AsyncPipeline, SyncPipeline
from commspec.errors import ConfigurationError

DEFAULT_MAX_RETRIES = 2


def base_url_of(value: str | None, variable: str, default: str) -> str:
    """An explicit base URL, else the environment variable (point a whole program at the mock), else
    the vendor's production URL."""
    return value or os.environ.get(variable) or default


def retry_policy(max_retries: int, retry: RetryPolicy | None) -> RetryPolicy:
    """``retry`` if given, else the default policy with ``max_retries`` (both checked)."""
    check_count(max_retries, "max_retries")
    if retry is None:
        return RetryPolicy(max_retries=max_retries)
    return check_retry(retry)


def check_retry(retry: object) -> RetryPolicy:
    if not isinstance(retry, RetryPolicy):
        raise ConfigurationError("retry", "must be a commspec RetryPolicy")
    return retry


def timeout_of(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    check_timeout(timeout)
    if timeout is None:
        return DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def borrowed_client_timeout(
    http_client: httpx.Client | httpx.AsyncClient | None, timeout: float | httpx.Timeout | None
) -> httpx.Timeout | None:
    """A timeout given with a borrowed client applies per request (the caller's client is not mutated)."""
    return timeout_of(timeout) if http_client is not None and timeout is not None else None


class _Options:
    """``client.with_options(timeout=..., max_retries=...)``: a view of the client for some calls."""

    _pipeline: SyncPipeline | AsyncPipeline
    _owns_http_client: bool

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """The same client (same connections, auth and token cache) with other timeout, retry or size
        cap settings (checked like the constructor's)::

        client.with_options(timeout=5, max_retries=0, max_response_bytes=1_000_000).flows.update(...)
        """
        clone = copy.copy(self)
        pipeline = copy.copy(self._pipeline)
        if timeout is not None:
            pipeline.timeout = timeout_of(timeout)
        if retry is not None:
            pipeline.retry = check_retry(retry)
        elif max_retries is not None:
            pipeline.retry = dataclasses.replace(
                pipeline.retry, max_retries=check_count(max_retries, "max_retries")
            )
        if max_response_bytes is not None:
            pipeline.max_response_bytes = check_max_response_bytes(max_response_bytes)
        clone._pipeline = pipeline
        clone._owns_http_client = False  # closing the view must not close the shared connections
        for name, value in vars(self).items():
            if isinstance(value, SyncResource | AsyncResource):
                setattr(clone, name, type(value)(pipeline))  # type: ignore[arg-type]
        return clone


class SyncClientBase(_Options):
    """Owns (or borrows) an ``httpx.Client``; usable as a context manager."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None,
        timeout: float | httpx.Timeout | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        check_timeout(timeout)
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._owns_http_client = http_client is None
        self._request_timeout = borrowed_client_timeout(http_client, timeout)
        # TLS verification stays on: httpx verifies by default and we never pass verify=False.
        self._http_client = http_client or httpx.Client(timeout=timeout_of(timeout), follow_redirects=False)

    def close(self) -> None:
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={getattr(self, 'base_url', '?')!r})"


class AsyncClientBase(_Options):
    """Owns (or borrows) an ``httpx.AsyncClient``; usable as an async context manager."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None,
        timeout: float | httpx.Timeout | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        check_timeout(timeout)
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._owns_http_client = http_client is None
        self._request_timeout = borrowed_client_timeout(http_client, timeout)
        self._http_client = http_client or httpx.AsyncClient(
            timeout=timeout_of(timeout), follow_redirects=False
        )

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={getattr(self, 'base_url', '?')!r})"
