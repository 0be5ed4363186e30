"""mock_vendors(): clients built without base_url= reach one in-process mock of every vendor, whatever
the environment holds, without touching the network; clients with base_url= are left alone; leaving
restores what was there."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from commspec import _defaults, errors
from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import MockConfig, MockServer
from commspec.mock._serve import running_server
from commspec.testing import VendorMock, current_mock, mock_vendors
from tests.testing.clients import ASYNC, HOSTILE_ENVIRONMENT, SYNC

PRODUCTION_ITNIO = "https://api.itniotech.com"


@pytest.fixture
def hostile_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in HOSTILE_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)


def operations(mock: VendorMock) -> list[str | None]:
    return [request.operation for request in mock.requests]


@pytest.mark.parametrize("vendor", sorted(SYNC))
def test_sync_clients_reach_the_mock_whatever_the_environment_holds(
    vendor: str, hostile_environment: None, no_network: list[str]
) -> None:
    call, expected = SYNC[vendor]
    with mock_vendors() as mock:
        call()
    assert operations(mock) == expected
    assert {request.status for request in mock.requests} <= {200, 201}
    assert no_network == []


@pytest.mark.parametrize("vendor", sorted(ASYNC))
async def test_async_clients_reach_the_mock_whatever_the_environment_holds(
    vendor: str, hostile_environment: None, no_network: list[str]
) -> None:
    call, expected = ASYNC[vendor]
    with mock_vendors() as mock:
        await call()
    assert operations(mock) == expected
    assert no_network == []


def test_the_network_guard_sees_a_client_outside_the_mock(no_network: list[str]) -> None:
    # The guard the tests above rely on: without mock_vendors() the same call reaches for the network.
    with pytest.raises(errors.APIConnectionError):
        ItnioClient("key", "secret", base_url=PRODUCTION_ITNIO, max_retries=0).flows.list()
    assert no_network != []
    assert any("api.itniotech.com" in attempt for attempt in no_network)


def test_clients_get_the_mocks_credentials_and_urls_not_the_environment(hostile_environment: None) -> None:
    with mock_vendors() as mock, ItnioClient() as client:
        assert client.base_url == mock.url != HOSTILE_ENVIRONMENT["ITNIO_BASE_URL"]
        assert mock.environ["ITNIO_API_KEY"] == mock.config.credentials["ITNIO_API_KEY"] == "demo-itnio-key"
        assert mock.environ["ITNIO_BASE_URL"] == mock.url


def test_explicit_credentials_are_accepted_and_their_signature_still_checked() -> None:
    with mock_vendors() as mock:
        app = ItnioClient("app-key", "app-secret")  # an app reading its secrets store
        assert app.flows.list() == []
        forged = ItnioClient("app-key", "another-secret")  # the same key, signed with the wrong secret
        with pytest.raises(errors.AuthenticationError):
            forged.flows.list()
    assert [request.status for request in mock.requests] == [200, 200]  # ITNIO errors travel in a 200


def test_accept_client_credentials_off_rejects_every_key_but_the_configured_one() -> None:
    with mock_vendors(accept_client_credentials=False) as mock:
        with pytest.raises(errors.AuthenticationError):
            ItnioClient("wrong-key", "wrong-secret").flows.list()
        assert ItnioClient().flows.list() == []  # the configured (demo) credentials still pass
    assert operations(mock) == ["flows_list", "flows_list"]


def test_a_mock_config_sets_what_the_mock_and_the_clients_use() -> None:
    config = MockConfig()
    config.credentials["ITNIO_API_KEY"] = "my-test-key"
    with mock_vendors(config, accept_client_credentials=False) as mock, ItnioClient() as client:
        assert client.flows.list() == []  # signed with the configured key, which the mock accepts
        assert mock.environ["ITNIO_API_KEY"] == "my-test-key"
        with pytest.raises(errors.AuthenticationError):
            ItnioClient("demo-itnio-key", "demo-itnio-secret").flows.list()


def test_a_client_with_base_url_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    other = MockServer(MockConfig())
    monkeypatch.setenv("ITNIO_API_KEY", "demo-itnio-key")
    monkeypatch.setenv("ITNIO_API_SECRET", "demo-itnio-secret")
    with running_server(other) as url, mock_vendors() as mock, ItnioClient(base_url=url) as client:
        client.flows.list()
        assert client.base_url == url
    assert other.request_count == 1
    assert mock.requests == []


def test_nesting_and_leaving_restore_the_outer_mock_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ITNIO_BASE_URL", raising=False)
    with mock_vendors() as outer:
        ItnioClient().flows.list()
        with mock_vendors() as inner:
            assert current_mock() is inner
            ItnioClient().flows.list()
            ItnioClient().flows.list()
        assert current_mock() is outer
        ItnioClient().flows.list()
    assert (len(outer.requests), len(inner.requests)) == (2, 2)
    assert _defaults.current() is None
    with pytest.raises(LookupError):
        current_mock()
    assert ItnioClient("key", "secret").base_url == PRODUCTION_ITNIO


def test_leaving_after_an_error_restores_too() -> None:
    with pytest.raises(RuntimeError), mock_vendors():
        raise RuntimeError("the test failed")
    assert _defaults.current() is None


@mock_vendors()
def test_as_a_decorator_of_a_sync_test() -> None:
    ItnioClient().flows.create(name="login-flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}])
    assert len(current_mock().state()["itnio"]["flows"]) == 1


@mock_vendors()
async def test_as_a_decorator_of_an_async_test() -> None:
    async with AsyncItnioClient() as client:
        await client.flows.list()
    assert operations(current_mock()) == ["flows_list"]


def test_the_decorator_gives_each_call_a_fresh_mock_and_restores() -> None:
    seen: list[VendorMock] = []

    @mock_vendors()
    def run() -> None:
        seen.append(current_mock())
        ItnioClient().flows.list()

    run()
    run()
    assert seen[0] is not seen[1]
    assert [len(mock.requests) for mock in seen] == [1, 1]
    assert _defaults.current() is None


async def test_concurrent_tasks_each_reach_their_own_mock() -> None:
    both = asyncio.Barrier(2)

    async def task(calls: int) -> VendorMock:
        with mock_vendors() as mock:
            await both.wait()  # both mocks are in place at once
            async with AsyncItnioClient() as client:
                for _ in range(calls):
                    await client.flows.list()
            await both.wait()
        return mock

    first, second = await asyncio.gather(task(1), task(3))
    assert (len(first.requests), len(second.requests)) == (1, 3)


def test_a_thread_started_inside_reaches_the_mock(no_network: list[str]) -> None:
    results: list[Any] = []
    with mock_vendors() as mock:
        worker = threading.Thread(target=lambda: results.append(ItnioClient().flows.list()))
        worker.start()
        worker.join()
    assert results == [[]]
    assert operations(mock) == ["flows_list"]
    assert no_network == []


def test_state_reset_and_faults() -> None:
    with mock_vendors() as mock, ItnioClient(max_retries=0) as client:
        client.flows.create(name="login-flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}])
        assert len(mock.state()["itnio"]["flows"]) == 1
        mock.reset()
        assert mock.state()["itnio"]["flows"] == {} or not mock.state()["itnio"]["flows"]
        assert mock.requests == []
        mock.add_fault("status", "flows_list", status=503)
        with pytest.raises(errors.ServerError):
            client.flows.list()
        assert client.flows.list() == []  # the fault fired once (count=1)
        assert [request.status for request in mock.requests] == [503, 200]


def test_a_misspelt_fault_operation_lists_the_valid_names() -> None:
    with mock_vendors() as mock, pytest.raises(ValueError, match="flows_list") as caught:
        mock.add_fault("status", "flow_list")
    assert "unknown operation 'flow_list'" in str(caught.value)
    assert "call_flows_update" in str(caught.value)


def test_recorded_requests_carry_parsed_bodies_and_no_secrets() -> None:
    play = Play(id="p1", label="Hi", sound_file=[SoundFile(sound_label="Hi")])
    flow = CallFlow(name="Greeting", rules=[play])
    with mock_vendors() as mock:
        with ItnioClient() as itnio:
            itnio.flows.create(name="login-flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}])
            itnio.tasks.list(app_id="LILIN888", size=5)
        with IovoxClient() as iovox:
            iovox.call_flows.create(flow)
    created, listed, xml = mock.requests
    assert (created.operation, created.vendor, created.method, created.query, created.status) == (
        "flows_create",
        "itnio",
        "POST",
        {},
        200,
    )
    assert created.body == {
        "name": "login-flow",
        "flow": [{"waitingTime": 60, "status": 2, "channel": "call"}],
    }
    assert (listed.operation, listed.method, listed.path) == ("tasks_list", "POST", "/aivoice/taskList")
    assert listed.body == {"current": 1, "size": 5, "params": {"appId": "LILIN888"}}
    assert xml.operation == "call_flows_create"
    assert isinstance(xml.body, str) and 'name="Greeting"' in xml.body
    assert xml.query["method"] == "createCallFlow"
    assert created.headers["sign"] == "<redacted>"
    assert xml.headers["securekey"] == "<redacted>"
    assert "demo" not in repr(mock.requests)


async def test_a_slow_fault_keeps_the_event_loop_running_and_the_clients_deadline_holds() -> None:
    """In-process, a "slow" answer must wait as a server would: other tasks run meanwhile, and an async
    client's own timeout ends the call (with a blocking sleep, neither happens)."""
    with mock_vendors() as mock:
        mock.add_fault("slow", "flows_list", delay=2.0)
        ticks = 0
        stop = asyncio.Event()

        async def tick() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        ticker = asyncio.create_task(tick())
        async with AsyncItnioClient(timeout=0.3, max_retries=0) as itnio:
            with pytest.raises(errors.APITimeoutError):
                await itnio.flows.list()
        stop.set()
        await ticker
    assert ticks >= 2  # the loop ran while the mock held its answer back
