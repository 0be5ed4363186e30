"""Injected faults against the Huawei and IOVOX clients: retryable faults succeed within max_retries with
every attempt carrying a valid token / credentials, the rest raise the right typed error, a response
slower than the client timeout raises APITimeoutError, and the mock's state shows no duplicated change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec._retry import RetryPolicy
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile
from commspec.mock import Fault, MockServer
from commspec.mock._config import DEMO

FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.002, total_budget=5.0)
ONCE = RetryPolicy(max_retries=0)
PROJECT = DEMO["HUAWEICLOUD_PROJECT_ID"]
HUAWEI_URL = "http://mock.test"
IOVOX_URL = "https://api.iovox.com:444"
IOVOX_USER, IOVOX_KEY = DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"]
TEMPLATE: dict[str, Any] = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Hi ${NUM_6}",
    "template_name": "fault-test",
}


@dataclass(frozen=True)
class Sent:
    method: str
    path: str
    headers: httpx.Headers


class Recorded:
    """An httpx client on the in-process mock that keeps every request that reached the transport.

    Headers are copied as sent: an auth flow may mutate the same ``httpx.Request`` for its retry."""

    def __init__(self, server: MockServer) -> None:
        inner = server.httpx_transport()
        self.requests: list[Sent] = []

        def handle(request: httpx.Request) -> httpx.Response:
            self.requests.append(Sent(request.method, request.url.path, httpx.Headers(request.headers)))
            return inner.handle_request(request)

        self.client = httpx.Client(transport=httpx.MockTransport(handle))

    def to(self, path_part: str) -> list[Sent]:
        return [r for r in self.requests if path_part in r.path]


def credentials() -> IamPasswordCredentials:
    return IamPasswordCredentials(
        user_name=DEMO["HUAWEICLOUD_IAM_USER"],
        password=DEMO["HUAWEICLOUD_IAM_PASSWORD"],
        domain_name=DEMO["HUAWEICLOUD_IAM_DOMAIN"],
    )


def msgsms(
    http: httpx.Client | None, retry: RetryPolicy = FAST, url: str = HUAWEI_URL, timeout: float | None = None
) -> MsgsmsClient:
    return MsgsmsClient(
        PROJECT,
        credentials=credentials(),
        base_url=url,
        iam_url=url,
        http_client=http,
        retry=retry,
        timeout=timeout,
    )


def iovox(
    http: httpx.Client | None, retry: RetryPolicy = FAST, url: str = IOVOX_URL, timeout: float | None = None
) -> IovoxClient:
    return IovoxClient(IOVOX_USER, IOVOX_KEY, base_url=url, http_client=http, retry=retry, timeout=timeout)


def flow(name: str) -> CallFlow:
    rule = Play(id="play_1", label="Welcome", sound_file=[SoundFile(sound_label="Welcome")])
    return CallFlow(name=name, notes="fault test", rules=[rule])


def templates(server: MockServer) -> list[dict[str, Any]]:
    stored: list[dict[str, Any]] = server.state()["huawei"]["templates"].get(PROJECT, [])
    return stored


def call_flows(server: MockServer) -> dict[str, Any]:
    stored: dict[str, Any] = server.state()["iovox"]["call_flows"]
    return stored


def assert_valid_tokens(server: MockServer, attempts: list[Sent]) -> None:
    issued = server.backend("huawei").tokens
    assert attempts and all(r.headers.get("X-Auth-Token") in issued for r in attempts)


def assert_iovox_credentials(attempts: list[Sent]) -> None:
    assert attempts
    assert all((r.headers["username"], r.headers["secureKey"]) == (IOVOX_USER, IOVOX_KEY) for r in attempts)


# Keyword arguments, not Fault objects: the mock consumes a Fault's count in place.
RETRYABLE = [
    pytest.param({"kind": "status", "status": 429, "retry_after": 0}, id="429-retry-after"),
    pytest.param({"kind": "status", "status": 429}, id="429-no-retry-after"),
    pytest.param({"kind": "status", "status": 503}, id="503"),
    pytest.param({"kind": "status", "status": 500}, id="500"),
    pytest.param({"kind": "status", "status": 502}, id="502"),
    pytest.param({"kind": "reset"}, id="reset"),
]


# -- Huawei MSGSMS -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", RETRYABLE)
def test_huawei_idempotent_call_recovers_each_attempt_tokened(
    server: MockServer, fault: dict[str, Any]
) -> None:
    server.faults.add(Fault(**fault, operation="templates_list", count=2))
    http = Recorded(server)
    page = msgsms(http.client).templates.list()
    assert page.total == 0
    attempts = http.to("/msgsms/templates")
    assert len(attempts) == 3
    assert_valid_tokens(server, attempts)
    assert server.backend("huawei").token_fetches == 1


def test_huawei_gives_up_after_max_retries(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, operation="templates_list", count=None))
    http = Recorded(server)
    with pytest.raises(errors.ServerError) as caught:
        msgsms(http.client).templates.list()
    assert caught.value.http_status == 503
    assert len(http.to("/msgsms/templates")) == 1 + FAST.max_retries


def test_huawei_create_after_503_is_retried_and_stored_once(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, operation="templates_create", count=1))
    http = Recorded(server)
    created = msgsms(http.client).templates.create(**TEMPLATE)
    assert [t["id"] for t in templates(server)] == [created.id]
    attempts = http.to("/msgsms/templates")
    assert len(attempts) == 2
    assert_valid_tokens(server, attempts)


@pytest.mark.parametrize("status", [500, 502])
def test_huawei_create_is_not_retried_after_a_server_error(server: MockServer, status: int) -> None:
    server.faults.add(Fault(kind="status", status=status, operation="templates_create", count=1))
    http = Recorded(server)
    with pytest.raises(errors.ServerError):
        msgsms(http.client).templates.create(**TEMPLATE)
    assert len(http.to("/msgsms/templates")) == 1
    assert templates(server) == []


def test_huawei_connection_reset_on_create_is_not_retried(server: MockServer) -> None:
    server.faults.add(Fault(kind="reset", operation="templates_create", count=None))
    http = Recorded(server)
    with pytest.raises(errors.APIConnectionError):
        msgsms(http.client).templates.create(**TEMPLATE)
    assert len(http.to("/msgsms/templates")) == 1
    assert templates(server) == []


def test_huawei_401_refreshes_the_token_once_and_retries(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=401, operation="templates_list", count=1))
    http = Recorded(server)
    assert msgsms(http.client).templates.list().total == 0
    attempts = http.to("/msgsms/templates")
    assert len(attempts) == 2 and server.backend("huawei").token_fetches == 2
    assert attempts[0].headers["X-Auth-Token"] != attempts[1].headers["X-Auth-Token"]
    assert_valid_tokens(server, attempts)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.InvalidParameterError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_huawei_non_retryable_statuses_raise_typed_errors(
    server: MockServer, status: int, expected: type[errors.APIError]
) -> None:
    server.faults.add(Fault(kind="status", status=status, operation="templates_list", count=None))
    http = Recorded(server)
    with pytest.raises(expected) as caught:
        msgsms(http.client).templates.list()
    assert caught.value.http_status == status and caught.value.vendor == "huawei"
    assert len(http.to("/msgsms/templates")) == 1


def test_huawei_persistent_401_raises_authentication_error(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=401, operation="templates_list", count=None))
    http = Recorded(server)
    with pytest.raises(errors.AuthenticationError):
        msgsms(http.client).templates.list()
    assert len(http.to("/msgsms/templates")) == 2  # the original and one refresh-and-retry


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("malformed_json", errors.ResponseFormatError),
        ("truncated", errors.ResponseFormatError),
        ("html", errors.ServerError),
    ],
)
def test_huawei_broken_bodies_raise_typed_errors(
    server: MockServer, kind: str, expected: type[errors.CommspecError]
) -> None:
    server.faults.add(Fault(kind=kind, status=502, operation="templates_list", count=None))
    with pytest.raises(expected):
        msgsms(Recorded(server).client, ONCE).templates.list()


def test_huawei_iam_fetch_is_retried_like_api_calls(server: MockServer) -> None:
    # A transient 503 from IAM is retried with the client's policy before any MSGSMS request.
    server.faults.add(Fault(kind="status", status=503, operation="tokens_create", count=2))
    http = Recorded(server)
    assert msgsms(http.client).templates.list().total == 0
    assert len(http.to("/v3/auth/tokens")) == 3
    assert_valid_tokens(server, http.to("/msgsms/templates"))


def test_huawei_iam_fetch_failure_is_typed_and_the_next_call_fetches_again(server: MockServer) -> None:
    # IAM down for longer than the retry policy: a typed ServerError, no MSGSMS request, nothing cached.
    server.faults.add(Fault(kind="status", status=503, operation="tokens_create", count=1 + FAST.max_retries))
    http = Recorded(server)
    client = msgsms(http.client)
    with pytest.raises(errors.ServerError) as caught:
        client.templates.list()
    assert caught.value.http_status == 503 and http.to("/msgsms/templates") == []
    assert client.templates.list().total == 0
    assert_valid_tokens(server, http.to("/msgsms/templates"))
    assert len(http.to("/v3/auth/tokens")) == 2 + FAST.max_retries


# -- IOVOX --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", RETRYABLE)
def test_iovox_idempotent_call_recovers_each_attempt_authenticated(
    server: MockServer, fault: dict[str, Any]
) -> None:
    http = Recorded(server)
    client = iovox(http.client)
    client.call_flows.create(flow("kept"))
    server.faults.add(Fault(**fault, operation="call_flows_retrieve", count=2))
    assert client.call_flows.retrieve("kept").name == "kept"
    attempts = [r for r in http.requests if r.method == "GET"]
    assert len(attempts) == 3
    assert_iovox_credentials(http.requests)


def test_iovox_gives_up_after_max_retries(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, count=None))
    http = Recorded(server)
    with pytest.raises(errors.ServerError) as caught:
        iovox(http.client).call_flows.retrieve("any")
    assert caught.value.http_status == 503 and len(http.requests) == 1 + FAST.max_retries


def test_iovox_create_after_503_is_retried_and_stored_once(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=503, operation="call_flows_create", count=1))
    http = Recorded(server)
    iovox(http.client).call_flows.create(flow("once"))
    assert list(call_flows(server)) == ["once"]
    assert len(http.requests) == 2
    assert_iovox_credentials(http.requests)


def test_iovox_create_is_not_retried_after_a_500(server: MockServer) -> None:
    server.faults.add(Fault(kind="status", status=500, operation="call_flows_create", count=1))
    http = Recorded(server)
    with pytest.raises(errors.ServerError):
        iovox(http.client).call_flows.create(flow("once"))
    assert len(http.requests) == 1 and call_flows(server) == {}


def test_iovox_connection_reset_on_create_is_not_retried(server: MockServer) -> None:
    server.faults.add(Fault(kind="reset", operation="call_flows_create", count=None))
    http = Recorded(server)
    with pytest.raises(errors.APIConnectionError):
        iovox(http.client).call_flows.create(flow("maybe"))
    assert len(http.requests) == 1 and call_flows(server) == {}


def test_iovox_update_after_503_is_applied_once(server: MockServer) -> None:
    http = Recorded(server)
    client = iovox(http.client)
    client.call_flows.create(flow("before"))
    server.faults.add(Fault(kind="status", status=503, operation="call_flows_update", count=1))
    renamed = flow("before")
    renamed.new_name = "after"
    client.call_flows.update(renamed)
    assert list(call_flows(server)) == ["after"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.InvalidParameterError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
    ],
)
def test_iovox_non_retryable_statuses_raise_typed_errors(
    server: MockServer, status: int, expected: type[errors.APIError]
) -> None:
    server.faults.add(Fault(kind="status", status=status, count=None))
    http = Recorded(server)
    with pytest.raises(expected) as caught:
        iovox(http.client).call_flows.retrieve("any")
    assert caught.value.http_status == status and len(http.requests) == 1


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("malformed_json", errors.ResponseFormatError),
        ("truncated", errors.ResponseFormatError),
        ("html", errors.ServerError),
    ],
)
def test_iovox_broken_bodies_raise_typed_errors(
    server: MockServer, kind: str, expected: type[errors.CommspecError]
) -> None:
    http = Recorded(server)
    client = iovox(http.client, ONCE)
    client.call_flows.create(flow("kept"))
    server.faults.add(Fault(kind=kind, status=502, operation="call_flows_retrieve", count=None))
    with pytest.raises(expected):
        client.call_flows.retrieve("kept")


# -- responses slower than the client timeout (real uvicorn: the in-process transport has no timeout).
# The clients own their httpx client here: a caller-supplied http_client keeps its own timeout.


@pytest.fixture
def live(live_server: tuple[str, MockServer]) -> Iterator[tuple[str, MockServer]]:
    live_server[1].reset()
    yield live_server
    live_server[1].reset()


def test_huawei_slow_response_times_out(live: tuple[str, MockServer]) -> None:
    url, server = live
    server.faults.add(Fault(kind="slow", delay=1.0, operation="templates_list", count=None))
    with msgsms(None, ONCE, url, timeout=0.2) as client, pytest.raises(errors.APITimeoutError):
        client.templates.list()


def test_huawei_slow_create_times_out_and_is_not_resent(live: tuple[str, MockServer]) -> None:
    url, server = live
    server.faults.add(Fault(kind="slow", delay=1.0, operation="templates_create", count=None))
    with msgsms(None, FAST, url, timeout=0.2) as client, pytest.raises(errors.APITimeoutError):
        client.templates.create(**TEMPLATE)
    # The mock stored it before holding the answer back; the client must not have sent it again.
    assert len(templates(server)) == 1
    assert server.request_count == 2  # the token fetch and one create


def test_iovox_slow_idempotent_call_is_retried_after_a_timeout(live: tuple[str, MockServer]) -> None:
    url, server = live
    server.faults.add(Fault(kind="slow", delay=1.0, operation="call_flows_retrieve", count=1))
    with iovox(None, FAST, url, timeout=0.2) as client:
        client.call_flows.create(flow("kept"))
        assert client.call_flows.retrieve("kept").name == "kept"
    assert server.request_count == 3  # create, the slow retrieve, its retry


def test_iovox_slow_response_times_out(live: tuple[str, MockServer]) -> None:
    url, server = live
    server.faults.add(Fault(kind="slow", delay=1.0, count=None))
    with iovox(None, ONCE, url, timeout=0.2) as client, pytest.raises(errors.APITimeoutError):
        client.call_flows.retrieve("any")
