"""Every vendor client, built one way: the vendor supplies its auth flow and its response handling
(a ``Vendor``); the spec supplies the rest (production URL and its environment variable, the credentials'
environment variables, the path parameters the client owns); this module checks the settings, resolves
credentials, owns (or borrows) the httpx client, builds the request pipeline and binds the generated
resources. Settings are checked here, when a client or a ``with_options`` view is built, before any
connection pool is made."""

from __future__ import annotations

import copy
import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from commspec import _defaults
from commspec._paths import client_segment_rule
from commspec._pipeline import (
    DEFAULT_TIMEOUT,
    AsyncPipeline,
    BodyEncoder,
    ResponseHandler,
    SyncPipeline,
    encode_body,
    header_errors,
)
from commspec._resource import AsyncResource, SyncResource
from commspec._retry import RetryPolicy
from commspec._settings import (
    check_count,
    check_max_response_bytes,
    check_timeout,
)
from commspec._spec import ApiSpec
from commspec.errors import ConfigurationError


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


def credentials_of(api: ApiSpec, resolved: Mapping[str, Any]) -> dict[str, str]:
    """A client's credentials, argument -> value: the arguments the spec reads from the environment
    (``x-commspec.environment``), a credentials object's fields included; what a test's mock is told to
    accept when this client talks to it."""
    found: dict[str, str] = {}
    for name, value in resolved.items():
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            found.update((key, item) for key, item in vars_of(value).items() if isinstance(item, str))
        elif isinstance(value, str) and name in api.environment and name != "base_url":
            found[name] = value
    return found


def vars_of(instance: Any) -> dict[str, Any]:
    return {item.name: getattr(instance, item.name) for item in dataclasses.fields(instance)}


@dataclass(frozen=True, slots=True)
class AuthContext:
    """What a vendor's auth factory may use: the checked arguments and the client's own settings."""

    arguments: Mapping[str, Any]
    api: ApiSpec  # the client's first API: its security schemes, URLs and codes
    http_client: httpx.Client | httpx.AsyncClient
    timeout: httpx.Timeout
    retry: RetryPolicy
    max_response_bytes: int


@dataclass(frozen=True, slots=True)
class Vendor:
    """A vendor's part of its clients (the sync and the async one alike).

    ``apis``: the specs whose resources the client carries (``_bind_<api>`` of the generated mixins); the
    first gives the production URL, the environment variables and the client-owned path parameters.
    ``credentials``: constructor arguments read from their environment variable when not given, and
    checked. ``prepare``: vendor checks of the other arguments (may fill some in, reading the given
    environment), run before any connection pool is made. ``attributes``: arguments (and ``auth``)
    kept as public attributes.
    """

    apis: tuple[ApiSpec, ...]
    auth: Callable[[AuthContext], httpx.Auth | None]
    handler: ResponseHandler
    credentials: tuple[str, ...] = ()
    encoder: BodyEncoder = encode_body
    prepare: Callable[[dict[str, Any], Mapping[str, str]], None] | None = None
    attributes: tuple[str, ...] = ()

    @property
    def api(self) -> ApiSpec:
        return self.apis[0]

    def resolve(self, given: Mapping[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
        """The constructor's vendor arguments, checked, with credentials and client-owned path
        parameters taken from ``environ`` where not given."""
        arguments = dict(given)
        for name in self.credentials:
            arguments[name] = self.api.credential(name).resolve(given.get(name), environ)
        for name in self.api.client_params:
            credential = self.api.credential(name)
            value = arguments[name] = credential.resolve(given.get(name), environ)
            broken = client_segment_rule(value)  # a path segment of every request
            if broken is not None:
                where = name if given.get(name) is not None else f"{name} ({credential.variable})"
                raise ConfigurationError(where, broken)
        if self.prepare is not None:
            self.prepare(arguments, environ)
        return arguments


def check_default_headers(apis: tuple[ApiSpec, ...], headers: Mapping[str, str] | None) -> dict[str, str]:
    """``default_headers=`` under the rules of a call's ``extra_headers=`` (an auth header can be
    neither replaced nor removed); ConfigurationError naming the first header that breaks one."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError("default_headers", "must be a mapping of header names to strings")
    found = header_errors(apis, headers, "default_headers")
    if found:
        raise ConfigurationError(found[0].path, f"{found[0].message} [{found[0].rule}]")
    return dict(headers)


class _ClientBase:
    """What the sync and async clients share: building from a ``Vendor``, ``with_options``, ``repr``."""

    _pipeline: SyncPipeline | AsyncPipeline
    _owns_http_client: bool
    _vendor: Vendor
    base_url: str

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

    _is_async: ClassVar[bool]

    def __init__(
        self,
        vendor: Vendor,
        arguments: Mapping[str, Any],
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry: RetryPolicy | None,
        max_response_bytes: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        # Without base_url=, defaults put in place by commspec.testing replace the environment and the
        # network; with it, the client is the caller's alone.
        # A request that would still reach a vendor inside a test's mock is sent to the mock instead
        # (commspec._defaults, at send time), whatever the client: one given its own http_client= too.
        defaults = _defaults.current() if base_url is None else None
        environ = os.environ if defaults is None else defaults.environ
        resolved = vendor.resolve(arguments, environ)
        check_timeout(timeout)
        headers = check_default_headers(vendor.apis, default_headers)
        policy = retry_policy(max_retries, retry)
        max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._vendor = vendor
        self.base_url = vendor.api.url_of(
            base_url, environ, **{k: v for k, v in resolved.items() if isinstance(v, str)}
        )
        self._owns_http_client = http_client is None
        request_timeout = borrowed_client_timeout(http_client, timeout)
        if http_client is None:
            # TLS verification stays on: httpx verifies by default and we never pass verify=False.
            if self._is_async:
                transport = None if defaults is None else defaults.async_transport
                http_client = httpx.AsyncClient(
                    timeout=timeout_of(timeout), follow_redirects=False, transport=transport
                )
            else:
                sync_transport = None if defaults is None else defaults.transport
                http_client = httpx.Client(
                    timeout=timeout_of(timeout), follow_redirects=False, transport=sync_transport
                )
        self._http_client = http_client
        auth = vendor.auth(
            AuthContext(resolved, vendor.api, http_client, timeout_of(timeout), policy, max_response_bytes)
        )
        credentials = credentials_of(vendor.api, resolved)
        if defaults is not None:
            defaults.admit(credentials)  # the mock accepts the credentials the app gave its client
        resolved["auth"] = auth
        for name in vendor.attributes:
            setattr(self, name, resolved[name])
        pipeline = AsyncPipeline if self._is_async else SyncPipeline
        self._pipeline = pipeline(
            http_client=http_client,  # type: ignore[arg-type]
            timeout=request_timeout,
            max_response_bytes=max_response_bytes,
            base_url=self.base_url,
            handler=vendor.handler,
            encoder=vendor.encoder,
            auth=auth,
            retry=policy,
            path_defaults={name: resolved[name] for name in vendor.api.client_params},
            credentials=credentials,
            default_headers=headers,
        )
        for api in vendor.apis:
            getattr(self, f"_bind_{api.api}")(self._pipeline)

    def __repr__(self) -> str:
        shown = (*self._vendor.api.client_params, "base_url")
        return f"{type(self).__name__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"


class SyncClient(_ClientBase):
    """A blocking client: owns (or borrows) an ``httpx.Client``; usable as a context manager."""

    _http_client: httpx.Client
    _is_async = False

    def close(self) -> None:
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """An asyncio client: owns (or borrows) an ``httpx.AsyncClient``; usable as an async context manager."""

    _http_client: httpx.AsyncClient
    _is_async = True

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()
