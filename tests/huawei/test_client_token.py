"""IAM token handling through the real MsgsmsClient against the in-process mock."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.mock import Fault, MockServer
from commspec.mock.huawei import HuaweiBackend
from tests.huawei.conftest import credentials_of

N = 20


def test_single_fetch_for_concurrent_threads(
    client: MsgsmsClient, server: MockServer, backend: HuaweiBackend
) -> None:
    # The token fetch is held back, so the other threads queue on the auth's lock meanwhile.
    server.faults.add(Fault(kind="slow", operation="tokens_create", delay=0.2))
    start = threading.Barrier(N)
    totals: list[int | None] = []

    def call() -> None:
        start.wait(timeout=30)
        totals.append(client.templates.list().total)

    threads = [threading.Thread(target=call) for _ in range(N)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert totals == [0] * N
    assert backend.token_fetches == 1


async def test_single_fetch_for_concurrent_tasks(
    async_client: AsyncMsgsmsClient, backend: HuaweiBackend
) -> None:
    async with async_client:
        pages = await asyncio.gather(*(async_client.templates.list() for _ in range(N)))
    assert [page.total for page in pages] == [0] * N
    assert backend.token_fetches == 1


def test_refreshes_when_the_token_expires(client: MsgsmsClient, backend: HuaweiBackend) -> None:
    # The mock's clock runs a day and a minute behind: the tokens it issues are valid to the mock but
    # already past expires_at to the client, which must fetch a new one before each call (no 401).
    backend.clock = lambda: time.time() - 86_400 - 60
    client.templates.list()
    client.templates.list()
    assert backend.token_fetches == 2


def test_401_refreshes_and_retries_once(client: MsgsmsClient, backend: HuaweiBackend) -> None:
    client.templates.list()
    backend.expire_tokens()  # revoked server-side: the cached token now gets a 401
    assert client.templates.list().total == 0
    assert backend.token_fetches == 2


def test_second_401_is_an_authentication_error(
    client: MsgsmsClient, server: MockServer, backend: HuaweiBackend
) -> None:
    server.config.settings["token_lifetime"] = 0  # every token is expired on arrival
    with pytest.raises(errors.AuthenticationError) as info:
        client.templates.list()
    assert info.value.code == "MSGSMS.0003"
    assert info.value.http_status == 401
    assert info.value.request_id
    assert backend.token_fetches == 2  # first fetch + exactly one refresh, never a loop


def test_pre_issued_unknown_token_is_an_authentication_error(
    make_client: Callable[..., MsgsmsClient], backend: HuaweiBackend
) -> None:
    client = make_client(token="MII-not-issued-by-iam")
    with pytest.raises(errors.AuthenticationError) as info:
        client.templates.list()
    assert "MII-not-issued-by-iam" not in str(info.value)
    assert backend.token_fetches == 0


def test_bad_password_is_an_authentication_error(
    make_client: Callable[..., MsgsmsClient], server: MockServer
) -> None:
    client = make_client(credentials=credentials_of(server, password="wrong-Pw-123"))
    with pytest.raises(errors.AuthenticationError) as info:
        client.templates.list()
    assert "wrong-Pw-123" not in str(info.value)
    assert "wrong-Pw-123" not in repr(client) + repr(client.auth)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("400", errors.InvalidParameterError),
        ("401", errors.AuthenticationError),
        ("403", errors.PermissionDeniedError),
        ("404", errors.NotFoundError),
        ("503", errors.ServerError),
    ],
)
def test_iam_errors_are_typed_by_the_iam_spec_through_the_mock(
    client: MsgsmsClient, server: MockServer, code: str, expected: type[errors.APIError]
) -> None:
    # The mock answers IAM's documented error for the code; before, 400/403/404 were AuthenticationError.
    server.faults.add(Fault(kind="vendor_error", operation="tokens_create", vendor_code=code))
    with pytest.raises(errors.APIError) as info:
        client.templates.list()
    assert type(info.value) is expected
    assert (info.value.code, info.value.http_status) == (code, int(code))
    assert info.value.response is None  # its request carries the password
    assert client.templates.list().total == 0  # nothing cached: the next call fetches a token


async def test_an_async_call_whose_iam_fetch_runs_out_of_time_was_not_sent(
    async_client: AsyncMsgsmsClient, server: MockServer
) -> None:
    # The attempt's own deadline may end the fetch first. Before: a create reported "outcome unknown"
    # (the request may have been applied) although it never left, and a list was retried.
    server.faults.add(Fault(kind="slow", operation="tokens_create", delay=5.0, count=None))
    started = time.monotonic()
    async with async_client:
        hurried = async_client.with_options(timeout=0.5)
        with pytest.raises(errors.APITimeoutError) as caught:
            await hurried.templates.create(
                app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",
                region="cn",
                template_name="t",
                template_content="Hi",
                flow_status="Pending",
            )
        assert not isinstance(caught.value, errors.APIOutcomeUnknownError)
        assert "nothing was sent" in str(caught.value)
        with pytest.raises(errors.APITimeoutError):
            await hurried.templates.list()
    assert time.monotonic() - started < 2.0  # 0.5 s each, no retry of an attempt that sent nothing
    assert [r.operation for r in server.journal.requests if r.operation != "tokens_create"] == []
