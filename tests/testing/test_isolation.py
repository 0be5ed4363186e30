"""Inside mock_vendors() no commspec client reaches a vendor, however and whenever it was built, and no
mock is guessed: clients built before the block (a module-level client, an app factory) or given their
own http_client= are answered by the mock; with two mocks in place and a caller whose context names
none, the client is refused; generators and threads are covered."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.testing import VendorMock, current_mock, mock_vendors

REAL_PROJECT = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
REAL_LOGIN = IamPasswordCredentials("real-user", "real-password", "real-domain")


def operations(mock: VendorMock) -> list[str | None]:
    return [request.operation for request in mock.requests]


def production_clients() -> list[Any]:
    """What an app builds at import time: its own credentials, production hosts."""
    return [
        ItnioClient("sk-live-real-key", "real-secret", max_retries=0),
        MsgsmsClient(REAL_PROJECT, credentials=REAL_LOGIN, max_retries=0),
        IovoxClient("real-user", "real-key", max_retries=0),
    ]


def call(client: Any) -> Any:
    if isinstance(client, ItnioClient):
        return client.flows.list()
    if isinstance(client, MsgsmsClient):
        return list(client.templates.list())
    return list(client.call_flows.list())


def test_clients_built_before_the_block_are_answered_by_the_mock(no_network: list[str]) -> None:
    itnio, huawei, iovox = production_clients()
    assert "itniotech.com" in itnio.base_url and "myhuaweicloud.com" in huawei.iam_url
    with mock_vendors() as mock:
        assert [call(client) for client in (itnio, huawei, iovox)] == [[], [], []]
    assert no_network == []  # not a connection, not a name lookup
    assert operations(mock) == ["flows_list", "tokens_create", "templates_list", "call_flows_list"]
    # The IAM login reached the mock, in process, and nothing else (the record masks the password).
    user = mock.requests[1].body["auth"]["identity"]["password"]["user"]
    assert (user["name"], user["password"]) == ("real-user", "<redacted>")
    assert REAL_PROJECT in mock.requests[2].path


async def test_async_clients_built_before_the_block_are_answered_by_the_mock(no_network: list[str]) -> None:
    itnio = AsyncItnioClient("sk-live-real-key", "real-secret", max_retries=0)
    huawei = AsyncMsgsmsClient(REAL_PROJECT, credentials=REAL_LOGIN, max_retries=0)
    iovox = AsyncIovoxClient("real-user", "real-key", max_retries=0)
    with mock_vendors() as mock:
        assert await itnio.flows.list() == []
        assert [template async for template in huawei.templates.list()] == []
        assert (await iovox.call_flows.list()).records == []
    assert no_network == []
    assert operations(mock) == ["flows_list", "tokens_create", "templates_list", "call_flows_list"]


def test_a_client_with_a_base_url_of_a_real_host_is_answered_by_the_mock(no_network: list[str]) -> None:
    with mock_vendors() as mock:
        staging = ItnioClient("key", "secret", base_url="https://staging.example.com", max_retries=0)
        assert staging.flows.list() == []
    assert no_network == []
    assert operations(mock) == ["flows_list"]


def test_a_client_keeps_its_production_host_outside_the_block(no_network: list[str]) -> None:
    itnio = ItnioClient("sk-live-real-key", "real-secret", max_retries=0)
    with mock_vendors():
        pass
    with pytest.raises(errors.APIConnectionError):
        itnio.flows.list()
    assert any("api.itniotech.com" in attempt for attempt in no_network)


def test_a_client_with_its_own_http_client_is_answered_by_the_mock(no_network: list[str]) -> None:
    with mock_vendors() as mock, httpx.Client() as http:
        assert ItnioClient(http_client=http).flows.list() == []
        assert MsgsmsClient(http_client=http).templates.list().records == []
    assert no_network == []
    assert operations(mock) == ["flows_list", "tokens_create", "templates_list"]


def test_a_client_on_its_own_mock_transport_is_left_alone() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        return httpx.Response(200, json={"status": "0", "reason": "success", "data": []})

    with mock_vendors() as mock:
        client = ItnioClient(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        assert client.flows.list() == []
    assert seen == ["mock.commspec.invalid"]
    assert mock.requests == []


# -- two mocks in place ----------------------------------------------------------------------------------


async def test_two_mocks_and_a_thread_without_context_are_refused_not_guessed(no_network: list[str]) -> None:
    loop = asyncio.get_running_loop()
    both, done = asyncio.Barrier(3), asyncio.Barrier(3)
    mocks: list[VendorMock] = []
    built_before = ItnioClient("sk-live-real-key", "real-secret", max_retries=0)

    async def block() -> None:
        with mock_vendors() as mock:
            mocks.append(mock)
            await both.wait()
            await done.wait()

    tasks = [asyncio.create_task(block()) for _ in range(2)]
    await both.wait()
    try:
        # run_in_executor gives the thread no context: neither mock is named.
        with pytest.raises(errors.ConfigurationError, match="2 mocks are in place") as built:
            await loop.run_in_executor(None, ItnioClient)
        with pytest.raises(errors.ConfigurationError, match="context names none") as sent:
            await loop.run_in_executor(None, built_before.flows.list)
        assert built.value.argument == sent.value.argument == "mock_vendors"
    finally:
        await done.wait()
        await asyncio.gather(*tasks)
    assert [mock.requests for mock in mocks] == [[], []]
    assert no_network == []


async def test_two_mocks_and_a_thread_with_its_tasks_context_reach_that_tasks_mock() -> None:
    both, done = asyncio.Barrier(2), asyncio.Barrier(2)
    built_before = ItnioClient("sk-live-real-key", "real-secret", max_retries=0)

    async def block(calls: int) -> VendorMock:
        with mock_vendors() as mock:
            await both.wait()
            for _ in range(calls):  # asyncio.to_thread runs in a copy of the task's context
                await asyncio.to_thread(lambda: ItnioClient().flows.list())
                await asyncio.to_thread(built_before.flows.list)
            await done.wait()
        return mock

    first, second = await asyncio.gather(block(1), block(2))
    assert (len(first.requests), len(second.requests)) == (2, 4)


# -- one mock_vendors() object, two threads ---------------------------------------------------------------


def test_one_mock_vendors_object_entered_from_two_threads_gives_each_its_own_mock() -> None:
    shared = mock_vendors()
    entered, first_left = threading.Barrier(2), threading.Event()
    results: dict[str, Any] = {}

    def first() -> None:
        with shared as mock:
            entered.wait()
            ItnioClient().flows.list()
        results["first"] = mock
        first_left.set()

    def second() -> None:
        try:
            with shared as mock:
                entered.wait()
                first_left.wait()  # the other thread has left its block: this one is still in place
                assert current_mock() is mock
                ItnioClient().flows.list()
                ItnioClient().flows.list()
            results["second"] = mock
        except BaseException as error:  # reported below, in the test's thread
            results["error"] = error

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert "error" not in results, results.get("error")
    assert (len(results["first"].requests), len(results["second"].requests)) == (1, 2)
    assert results["first"] is not results["second"]


# -- generators -----------------------------------------------------------------------------------------


def test_the_decorator_covers_a_generators_iteration(no_network: list[str]) -> None:
    @mock_vendors()
    def flows() -> Iterator[Any]:
        with ItnioClient() as client:
            yield client.flows.list()
            yield current_mock()

    listed, mock = list(flows())
    assert listed == []
    assert operations(mock) == ["flows_list"]
    assert no_network == []


async def test_the_decorator_covers_an_async_generators_iteration(no_network: list[str]) -> None:
    @mock_vendors()
    async def flows() -> AsyncIterator[Any]:
        async with AsyncItnioClient() as client:
            yield await client.flows.list()
            yield current_mock()

    listed, mock = [item async for item in flows()]
    assert listed == []
    assert operations(mock) == ["flows_list"]
    assert no_network == []


def test_a_clients_own_credentials_never_show_in_the_mocks_state() -> None:
    with mock_vendors() as mock:
        ItnioClient("sk-live-real-key", "real-secret").flows.create(
            name="login-flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}]
        )
        state = repr(mock.state())
    assert "sk-live-real-key" not in state and "real-secret" not in state
    assert "login-flow" in state


def test_the_readmes_from_env_pattern_works_inside_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("HUAWEICLOUD_IAM_USER", "HUAWEICLOUD_IAM_PASSWORD", "HUAWEICLOUD_IAM_DOMAIN"):
        monkeypatch.delenv(variable, raising=False)
    with mock_vendors() as mock:
        credentials = IamPasswordCredentials.from_env()  # as the README's Huawei example does
        with MsgsmsClient(region="cn-north-4", credentials=credentials) as msgsms:
            assert list(msgsms.templates.list()) == []
    assert credentials.user_name == mock.config.credentials["HUAWEICLOUD_IAM_USER"]
    assert operations(mock) == ["tokens_create", "templates_list"]
    with pytest.raises(errors.ConfigurationError, match="HUAWEICLOUD_IAM_USER"):
        IamPasswordCredentials.from_env()  # outside: the process environment, which has none


def test_a_huawei_client_with_its_own_login_inside_the_mock() -> None:
    with mock_vendors() as mock:
        login = IamPasswordCredentials("app-user", "app-password-from-vault", "app-domain")
        with MsgsmsClient(REAL_PROJECT, credentials=login) as msgsms:
            assert list(msgsms.templates.list()) == []
        # The login is accepted; the token is still checked: one the mock never issued is refused.
        forged = MsgsmsClient(REAL_PROJECT, token="MIIforged-token", max_retries=0)
        with pytest.raises(errors.AuthenticationError):
            list(forged.templates.list())
    assert operations(mock) == ["tokens_create", "templates_list", "templates_list"]
    with mock_vendors(accept_client_credentials=False), pytest.raises(errors.AuthenticationError):
        list(MsgsmsClient(REAL_PROJECT, credentials=login, max_retries=0).templates.list())


def test_the_fixtures_switch_for_an_authentication_failure(commspec_mock: VendorMock) -> None:
    commspec_mock.accept_client_credentials = False  # before the client is built or first sends
    with pytest.raises(errors.AuthenticationError):
        ItnioClient("app-key-from-vault", "app-secret-from-vault").flows.list()
    assert ItnioClient().flows.list() == []  # the mock's own credentials still pass
