"""IamTokenAuth against an in-memory IAM + API (httpx.MockTransport): no network, no sleeps."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec._redaction import MASK
from commspec.huawei import IamPasswordCredentials, IamTokenAuth, MsgsmsClient

IAM_URL = "https://iam.cn-north-4.myhuaweicloud.com"
API_URL = "https://msgsms.cn-north-4.myhuaweicloud.com"
PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
PASSWORD = "pw-Zq81!never-shown"
CREDS = IamPasswordCredentials(user_name="sms-operator", password=PASSWORD, domain_name="acme-cloud")
TEMPLATES = f"/v2/{PROJECT_ID}/msgsms/templates"
N = 50


class Clock:
    """Epoch seconds set by the test; ``on_call`` lets a test observe who is asking for a token."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.on_call: Callable[[], None] | None = None

    def __call__(self) -> float:
        if self.on_call is not None:
            self.on_call()
        return self.now


class FakeCloud:
    """IAM issues tokens for CREDS; the API accepts issued, unrevoked tokens."""

    def __init__(self, clock: Clock, *, lifetime: float = 86_400.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.fetches = 0
        self.api_calls = 0
        self.iam_status: int | None = None  # force an IAM failure status
        self.api_always_401 = False
        self.valid: set[str] = set()
        self.iam_bodies: list[dict[str, Any]] = []
        self.iam_headers: list[httpx.Headers] = []
        self.api_tokens: list[str | None] = []
        self._lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            return self._iam(request)
        return self._api(request)

    def _iam(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        with self._lock:
            self.fetches += 1
            n = self.fetches
            self.iam_bodies.append(body)
            self.iam_headers.append(request.headers)
        if self.iam_status is not None:
            return _keystone_error(self.iam_status)
        user = body["auth"]["identity"]["password"]["user"]
        if (user["name"], user["password"], user["domain"]["name"]) != (
            CREDS.user_name,
            CREDS.password,
            CREDS.domain_name,
        ):
            return _keystone_error(401)
        token = f"MIItoken-{n}"
        self.valid.add(token)
        expires = datetime.fromtimestamp(self.clock.now + self.lifetime, UTC)
        expires_at = expires.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return httpx.Response(
            201,
            headers={"X-Subject-Token": token, "X-Request-Id": f"iam-{n}"},
            json={"token": {"expires_at": expires_at, "methods": ["password"], "catalog": []}},
        )

    def _api(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("X-Auth-Token")
        with self._lock:
            self.api_calls += 1
            self.api_tokens.append(token)
        if self.api_always_401 or token not in self.valid:
            return httpx.Response(
                401, json={"error_code": "MSGSMS.0003", "error_msg": "Request unauthorized."}
            )
        return httpx.Response(200, json={"results": [], "total": 0})


def _keystone_error(status: int) -> httpx.Response:
    title = {401: "Unauthorized", 500: "Internal Server Error"}.get(status, "Error")
    message = "The username or password is wrong." if status == 401 else "boom"
    # A 503 asks for an immediate retry, so tests of an IAM outage do not wait out the backoff.
    headers = {"Retry-After": "0"} if status == 503 else {}
    body = {"error": {"code": status, "message": message, "title": title}}
    return httpx.Response(status, json=body, headers=headers)


def make_auth(cloud: FakeCloud, clock: Clock, **kwargs: Any) -> IamTokenAuth:
    iam = httpx.Client(transport=httpx.MockTransport(cloud.handle))
    return IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam, **kwargs
    )


def api_client(cloud: FakeCloud, auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(base_url=API_URL, transport=httpx.MockTransport(cloud.handle), auth=auth)


def msgsms(handle: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> MsgsmsClient:
    """The real client, its IAM and API requests answered by ``handle``."""
    http = httpx.Client(transport=httpx.MockTransport(handle))
    return MsgsmsClient(
        PROJECT_ID, credentials=CREDS, base_url=API_URL, iam_url=IAM_URL, http_client=http, **kwargs
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cloud(clock: Clock) -> FakeCloud:
    return FakeCloud(clock)


# -- fetch and cache -----------------------------------------------------------------------------------


def test_fetches_on_first_use_with_password_project_scope(cloud: FakeCloud, clock: Clock) -> None:
    auth = make_auth(cloud, clock)
    assert cloud.fetches == 0  # nothing happens at construction
    with api_client(cloud, auth) as client:
        assert client.get(TEMPLATES).status_code == 200
    assert cloud.fetches == 1
    assert cloud.api_tokens == ["MIItoken-1"]
    assert cloud.iam_bodies[0] == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {"name": "sms-operator", "password": PASSWORD, "domain": {"name": "acme-cloud"}}
                },
            },
            "scope": {"project": {"id": PROJECT_ID}},
        }
    }
    assert "X-Auth-Token" not in cloud.iam_headers[0]  # the token request is not itself authed


def test_reuses_cached_token(cloud: FakeCloud, clock: Clock) -> None:
    with api_client(cloud, make_auth(cloud, clock)) as client:
        for _ in range(5):
            assert client.get(TEMPLATES).status_code == 200
    assert cloud.fetches == 1
    assert set(cloud.api_tokens) == {"MIItoken-1"}


def test_refreshes_margin_before_expiry(cloud: FakeCloud, clock: Clock) -> None:
    cloud.lifetime = 3600
    start = clock.now
    with api_client(cloud, make_auth(cloud, clock, margin=300)) as client:
        client.get(TEMPLATES)
        clock.now = start + 3600 - 301
        client.get(TEMPLATES)
        assert cloud.fetches == 1
        clock.now = start + 3600 - 299
        assert client.get(TEMPLATES).status_code == 200
    assert cloud.fetches == 2
    assert cloud.api_tokens == ["MIItoken-1", "MIItoken-1", "MIItoken-2"]


def test_lifetime_shorter_than_margin_refreshes_halfway(cloud: FakeCloud, clock: Clock) -> None:
    cloud.lifetime = 60  # e.g. a mock with a short token lifetime: do not refetch on every call
    start = clock.now
    with api_client(cloud, make_auth(cloud, clock, margin=300)) as client:
        client.get(TEMPLATES)
        clock.now = start + 29
        client.get(TEMPLATES)
        assert cloud.fetches == 1
        clock.now = start + 31
        client.get(TEMPLATES)
    assert cloud.fetches == 2


# -- concurrency -----------------------------------------------------------------------------------------


def test_single_fetch_for_50_threads(cloud: FakeCloud, clock: Clock) -> None:
    # Robust under a loaded suite: the IAM answer is held until the fetch is in flight (then the
    # others find the lock taken or the token cached: either way one fetch). No timeout inside the
    # transport, so a slow thread start can never fail the fetch; release is always set.
    release, in_flight = threading.Event(), threading.Event()

    def slow_iam(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            in_flight.set()
            release.wait()
        return cloud.handle(request)

    iam = httpx.Client(transport=httpx.MockTransport(slow_iam))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    statuses: list[int] = []
    with api_client(cloud, auth) as client:
        threads = [
            threading.Thread(target=lambda: statuses.append(client.get(TEMPLATES).status_code))
            for _ in range(N)
        ]
        try:
            for thread in threads:
                thread.start()
            assert in_flight.wait(timeout=60)
        finally:
            release.set()
        for thread in threads:
            thread.join(timeout=60)
    assert cloud.fetches == 1
    assert statuses == [200] * N


async def test_single_fetch_for_50_tasks(cloud: FakeCloud, clock: Clock) -> None:
    release, in_flight = asyncio.Event(), asyncio.Event()

    async def slow_iam(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            in_flight.set()
            await release.wait()
        return cloud.handle(request)

    iam = httpx.AsyncClient(transport=httpx.MockTransport(slow_iam))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, async_http_client=iam
    )
    async with httpx.AsyncClient(
        base_url=API_URL, transport=httpx.MockTransport(cloud.handle), auth=auth
    ) as client:
        requests = asyncio.gather(*(client.get(TEMPLATES) for _ in range(N)))
        try:
            await asyncio.wait_for(in_flight.wait(), timeout=60)
        finally:
            release.set()
        responses = await asyncio.wait_for(requests, timeout=60)
    await iam.aclose()
    assert cloud.fetches == 1
    assert [r.status_code for r in responses] == [200] * N


def test_failed_fetch_is_shared_by_waiting_threads(cloud: FakeCloud, clock: Clock) -> None:
    # IAM locks users after repeated wrong passwords: 50 waiters must not mean 50 logins.
    release, all_asking = threading.Event(), threading.Event()
    askers: set[int] = set()

    def on_clock() -> None:
        askers.add(threading.get_ident())
        if len(askers) >= N:
            all_asking.set()

    def slow_iam(request: httpx.Request) -> httpx.Response:
        release.wait()  # no timeout here: main always sets release (finally), so no race of timeouts
        return cloud.handle(request)

    clock.on_call = on_clock
    wrong = IamPasswordCredentials(user_name="sms-operator", password="wrong-pw", domain_name="acme-cloud")
    iam = httpx.Client(transport=httpx.MockTransport(slow_iam))
    auth = IamTokenAuth(
        credentials=wrong, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    raised: list[BaseException] = []

    def call(client: httpx.Client) -> None:
        try:
            client.get(TEMPLATES)
        except errors.AuthenticationError as exc:
            raised.append(exc)

    with api_client(cloud, auth) as client:
        threads = [threading.Thread(target=call, args=(client,)) for _ in range(N)]
        try:
            for thread in threads:
                thread.start()
            # Every thread must have read the clock (taken its generation) before the failure lands.
            asked = all_asking.wait(timeout=60)
        finally:
            release.set()
        for thread in threads:
            thread.join(timeout=60)
        assert asked
    assert cloud.fetches == 1
    assert len(raised) == N
    assert len({id(exc) for exc in raised}) == N  # one instance per caller


# -- 401 from the API ------------------------------------------------------------------------------------


def test_401_refreshes_and_retries_once(cloud: FakeCloud, clock: Clock) -> None:
    with api_client(cloud, make_auth(cloud, clock)) as client:
        client.get(TEMPLATES)
        cloud.valid.clear()  # IAM revoked the token (password change, ...)
        response = client.get(TEMPLATES)
    assert response.status_code == 200
    assert cloud.fetches == 2
    assert cloud.api_tokens == ["MIItoken-1", "MIItoken-1", "MIItoken-2"]


async def test_401_refreshes_and_retries_once_async(cloud: FakeCloud, clock: Clock) -> None:
    iam = httpx.AsyncClient(transport=httpx.MockTransport(cloud.handle))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, async_http_client=iam
    )
    async with httpx.AsyncClient(
        base_url=API_URL, transport=httpx.MockTransport(cloud.handle), auth=auth
    ) as client:
        await client.get(TEMPLATES)
        cloud.valid.clear()
        response = await client.get(TEMPLATES)
    await iam.aclose()
    assert response.status_code == 200
    assert cloud.fetches == 2


def test_second_401_is_returned_not_looped(cloud: FakeCloud, clock: Clock) -> None:
    cloud.api_always_401 = True
    with api_client(cloud, make_auth(cloud, clock)) as client:
        response = client.get(TEMPLATES)
    assert response.status_code == 401
    assert response.json()["error_code"] == "MSGSMS.0003"
    assert cloud.api_calls == 2
    assert cloud.fetches == 2


async def test_second_401_is_returned_not_looped_async(cloud: FakeCloud, clock: Clock) -> None:
    cloud.api_always_401 = True
    iam = httpx.AsyncClient(transport=httpx.MockTransport(cloud.handle))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, async_http_client=iam
    )
    async with httpx.AsyncClient(
        base_url=API_URL, transport=httpx.MockTransport(cloud.handle), auth=auth
    ) as client:
        response = await client.get(TEMPLATES)
    await iam.aclose()
    assert response.status_code == 401
    assert cloud.api_calls == 2
    assert cloud.fetches == 2


def test_retry_replays_the_request_body(cloud: FakeCloud, clock: Clock) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v3/auth/tokens":
            seen.append(request.content)
        return cloud.handle(request)

    auth = make_auth(cloud, clock)
    with httpx.Client(base_url=API_URL, transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get(TEMPLATES)
        cloud.valid.clear()
        body = {"template_name": "login_code_v2"}
        assert client.put(f"{TEMPLATES}/7d1e6a52", json=body).status_code == 200
    assert seen[-2] == seen[-1]  # byte for byte (httpx before 0.28 puts spaces in json= bodies)
    assert json.loads(seen[-1]) == body


# -- pre-issued token ------------------------------------------------------------------------------------


def test_pre_issued_token_is_used_as_is_and_never_refreshed(cloud: FakeCloud, clock: Clock) -> None:
    cloud.valid.add("MIIpre-issued")
    auth = IamTokenAuth(token="MIIpre-issued", clock=clock)
    assert not auth.refreshable
    with api_client(cloud, auth) as client:
        assert client.get(TEMPLATES).status_code == 200
        clock.now += 10 * 86_400  # long past any expiry: still used
        assert client.get(TEMPLATES).status_code == 200
        cloud.valid.clear()
        assert client.get(TEMPLATES).status_code == 401  # no refresh possible: no retry either
    assert cloud.fetches == 0
    assert cloud.api_calls == 3
    assert set(cloud.api_tokens) == {"MIIpre-issued"}


# -- failures and secrets --------------------------------------------------------------------------------


def test_bad_password_raises_authentication_error(cloud: FakeCloud, clock: Clock) -> None:
    wrong = IamPasswordCredentials(user_name="sms-operator", password="wrong-pw-42", domain_name="acme-cloud")
    iam = httpx.Client(transport=httpx.MockTransport(cloud.handle))
    auth = IamTokenAuth(
        credentials=wrong, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    with api_client(cloud, auth) as client, pytest.raises(errors.AuthenticationError) as caught:
        client.get(TEMPLATES)
    exc = caught.value
    assert (exc.vendor, exc.code, exc.http_status) == ("huawei", "401", 401)
    assert "The username or password is wrong." in str(exc)
    assert "wrong-pw-42" not in str(exc) and "wrong-pw-42" not in repr(exc)
    assert exc.response is None  # its request would carry the password
    assert cloud.api_calls == 0


def test_iam_server_error_raises_server_error(cloud: FakeCloud, clock: Clock) -> None:
    cloud.iam_status = 500
    with api_client(cloud, make_auth(cloud, clock)) as client, pytest.raises(errors.ServerError) as caught:
        client.get(TEMPLATES)
    assert (caught.value.vendor, caught.value.code) == ("huawei", "500")
    assert PASSWORD not in str(caught.value)


def test_iam_answer_without_subject_token_is_a_format_error(clock: Clock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"token": {"expires_at": "2030-01-01T00:00:00.000000Z"}})

    iam = httpx.Client(transport=httpx.MockTransport(handler))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client,
        pytest.raises(errors.ResponseFormatError),
    ):
        client.get(f"{API_URL}{TEMPLATES}")


def test_secrets_absent_from_reprs_and_logs(
    cloud: FakeCloud, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    auth = make_auth(cloud, clock)
    with api_client(cloud, auth) as client:
        client.get(TEMPLATES)
        cloud.valid.clear()
        client.get(TEMPLATES)
    texts = [repr(CREDS), str(CREDS), repr(auth), str(auth), caplog.text]
    for text in texts:
        assert PASSWORD not in text
        assert "MIItoken" not in text
    assert repr(CREDS) == "IamPasswordCredentials(user_name='sms-operator', domain_name='acme-cloud')"
    pre = IamTokenAuth(token="MIIsecret-token")
    assert "MIIsecret-token" not in repr(pre)


# -- credentials and construction ------------------------------------------------------------------------


def test_credentials_from_env() -> None:
    env = {
        "HUAWEICLOUD_IAM_USER": "u",
        "HUAWEICLOUD_IAM_PASSWORD": "p-secret",
        "HUAWEICLOUD_IAM_DOMAIN": "d",
    }
    assert IamPasswordCredentials.from_env(env) == IamPasswordCredentials("u", "p-secret", "d")
    with pytest.raises(errors.CommspecError) as caught:
        IamPasswordCredentials.from_env({"HUAWEICLOUD_IAM_PASSWORD": "p-secret"})
    assert "HUAWEICLOUD_IAM_USER" in str(caught.value) and "HUAWEICLOUD_IAM_DOMAIN" in str(caught.value)
    assert "p-secret" not in str(caught.value)


def test_credentials_from_process_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_IAM_USER", "u")
    monkeypatch.setenv("HUAWEICLOUD_IAM_PASSWORD", "p")
    monkeypatch.setenv("HUAWEICLOUD_IAM_DOMAIN", "d")
    assert IamPasswordCredentials.from_env().user_name == "u"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"credentials": CREDS, "token": "t", "iam_url": IAM_URL, "project_id": PROJECT_ID},
        {"credentials": CREDS, "iam_url": IAM_URL},
        {"credentials": CREDS, "project_id": PROJECT_ID},
        {"token": ""},
    ],
)
def test_constructor_needs_one_way_to_authenticate(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        IamTokenAuth(**kwargs)


# -- the token under failure and deadlines (issue 16) ------------------------------------------------------

SLOW_IAM = 3.0  # seconds this IAM takes to answer: longer than the 1 s calls below allow


def iam_answering_after(seconds: float, cloud: FakeCloud) -> Callable[[httpx.Request], httpx.Response]:
    """IAM answers after ``seconds``; a token request whose read timeout is shorter times out then, as
    a socket read would (the wait is the simulated network, not a pause for a race)."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            read = request.extensions["timeout"]["read"]
            if read is not None and read < seconds:
                threading.Event().wait(read)
                raise httpx.ReadTimeout("no answer in time", request=request)
            threading.Event().wait(seconds)
        return cloud.handle(request)

    return handle


def test_a_blocking_calls_timeout_bounds_the_iam_fetch_it_triggers(cloud: FakeCloud) -> None:
    # Before: the fetch ran under the client's 30 s timeout; the 1 s call took 3 s and then went out.
    client = msgsms(iam_answering_after(SLOW_IAM, cloud))
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        client.with_options(timeout=1).templates.list()
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, elapsed
    assert cloud.api_calls == 0  # the call did not go out after its deadline
    with pytest.raises(errors.APITimeoutError) as caught:  # a create: not sent, so no "outcome unknown"
        client.with_options(timeout=1).templates.create(
            app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",
            region="cn",
            template_name="t",
            template_content="Hi",
            flow_status="Pending",
        )
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)
    assert "nothing was sent" in str(caught.value) and cloud.api_calls == 0
    assert client.templates.list().total == 0  # a call with time enough gets its token


def test_a_caller_waiting_for_another_callers_fetch_keeps_its_own_deadline(cloud: FakeCloud) -> None:
    # Before: the second caller waited on the token lock for as long as the first caller's fetch took.
    in_flight, release = threading.Event(), threading.Event()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            in_flight.set()
            release.wait(timeout=5)  # released by the test (finally); bounded should it fail early
        return cloud.handle(request)

    client = msgsms(handle)
    first = threading.Thread(target=client.templates.list)  # the client's 30 s: waits for IAM
    first.start()
    try:
        assert in_flight.wait(timeout=30)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as caught:
            client.with_options(timeout=0.5).templates.list()
        elapsed = time.monotonic() - started
    finally:
        release.set()
        first.join(timeout=30)
    assert elapsed < 1.5, elapsed
    assert "nothing was sent" in str(caught.value)
    assert cloud.fetches == 1 and cloud.api_calls == 1  # the first caller's call only


def test_per_call_retries_apply_to_the_iam_fetch(cloud: FakeCloud) -> None:
    cloud.iam_status = 503
    with pytest.raises(errors.ServerError):
        msgsms(cloud.handle).with_options(max_retries=0).templates.list()
    assert cloud.fetches == 1  # before: the client's own 2 retries
    with pytest.raises(errors.ServerError):
        msgsms(cloud.handle, max_retries=1).templates.list()
    assert cloud.fetches == 3


def test_a_per_call_size_cap_applies_to_the_iam_answer(cloud: FakeCloud) -> None:
    def padded(request: httpx.Request) -> httpx.Response:
        response = cloud.handle(request)
        if request.url.path != "/v3/auth/tokens":
            return response
        body = {**response.json(), "padding": "x" * 5_000}
        return httpx.Response(response.status_code, headers=response.headers, json=body)

    with pytest.raises(errors.ResponseTooLargeError):
        msgsms(padded).with_options(max_response_bytes=1_000).templates.list()
    assert msgsms(padded).templates.list().total == 0  # the client's own cap: 10 MB


def test_a_failed_early_refresh_keeps_the_valid_token_and_tries_again_later(
    cloud: FakeCloud, clock: Clock
) -> None:
    cloud.lifetime = 3600
    start = clock.now
    with api_client(cloud, make_auth(cloud, clock, margin=300)) as client:
        client.get(TEMPLATES)
        clock.now = start + 3600 - 200  # in the 5 minutes before expiry: refresh, the token still valid
        cloud.iam_status = 503  # an IAM blip
        assert client.get(TEMPLATES).status_code == 200  # before: ServerError, the token thrown away
        failed_fetches = cloud.fetches
        clock.now += 10
        assert client.get(TEMPLATES).status_code == 200  # not yet tried again: IAM gets a rest
        assert cloud.fetches == failed_fetches
        cloud.iam_status = None
        clock.now += 30
        assert client.get(TEMPLATES).status_code == 200
    assert cloud.api_tokens[:3] == ["MIItoken-1"] * 3
    assert cloud.api_tokens[3] == f"MIItoken-{failed_fetches + 1}"


async def test_a_failed_early_refresh_keeps_the_valid_token_async(cloud: FakeCloud, clock: Clock) -> None:
    cloud.lifetime = 3600
    start = clock.now
    iam = httpx.AsyncClient(transport=httpx.MockTransport(cloud.handle))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, async_http_client=iam
    )
    async with httpx.AsyncClient(
        base_url=API_URL, transport=httpx.MockTransport(cloud.handle), auth=auth
    ) as client:
        await client.get(TEMPLATES)
        clock.now = start + 3600 - 200
        cloud.iam_status = 503
        assert (await client.get(TEMPLATES)).status_code == 200
    await iam.aclose()
    assert cloud.api_tokens == ["MIItoken-1", "MIItoken-1"]


def test_a_slow_early_refresh_leaves_the_call_time_to_go_with_the_valid_token(
    cloud: FakeCloud, clock: Clock
) -> None:
    cloud.lifetime = 3600
    iam = httpx.Client(transport=httpx.MockTransport(iam_answering_after(SLOW_IAM, cloud)))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    transport = httpx.MockTransport(iam_answering_after(SLOW_IAM, cloud))
    with httpx.Client(base_url=API_URL, transport=transport, auth=auth, timeout=10) as client:
        client.get(TEMPLATES)  # the first token: 3 s, within the call's 10 s
        clock.now += 3600 - 200
        started = time.monotonic()
        # A 1 s call: the refresh gets half of it, then the call goes with the valid token.
        assert client.get(TEMPLATES, timeout=1).status_code == 200
        assert time.monotonic() - started < 2.0
    assert cloud.api_tokens == ["MIItoken-1", "MIItoken-1"]


def test_an_expired_token_is_not_kept_when_the_refresh_fails(cloud: FakeCloud, clock: Clock) -> None:
    cloud.lifetime = 3600
    with api_client(cloud, make_auth(cloud, clock)) as client:
        client.get(TEMPLATES)
        clock.now += 3600
        cloud.iam_status = 503
        with pytest.raises(errors.ServerError):
            client.get(TEMPLATES)
    assert cloud.api_calls == 1


def test_an_early_refresh_in_flight_does_not_hold_other_callers(cloud: FakeCloud, clock: Clock) -> None:
    cloud.lifetime = 3600
    in_flight, release = threading.Event(), threading.Event()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens" and cloud.fetches >= 1:
            in_flight.set()
            release.wait(timeout=5)  # released by the test (finally); bounded should it fail early
        return cloud.handle(request)

    iam = httpx.Client(transport=httpx.MockTransport(handle))
    auth = IamTokenAuth(
        credentials=CREDS, iam_url=IAM_URL, project_id=PROJECT_ID, clock=clock, http_client=iam
    )
    with api_client(cloud, auth) as client:
        client.get(TEMPLATES)
        clock.now += 3600 - 200
        refresher = threading.Thread(target=client.get, args=(TEMPLATES,))
        refresher.start()
        try:
            assert in_flight.wait(timeout=30)
            assert client.get(TEMPLATES).status_code == 200  # with the valid token, not waiting
        finally:
            release.set()
            refresher.join(timeout=30)
    assert cloud.api_tokens[:2] == ["MIItoken-1", "MIItoken-1"]
    assert cloud.api_tokens[2] == "MIItoken-2"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.InvalidParameterError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
    ],
)
def test_iam_errors_follow_the_iam_specs_code_table(
    cloud: FakeCloud, status: int, expected: type[errors.APIError]
) -> None:
    # Before: 400, 403 and 404 all raised AuthenticationError.
    cloud.iam_status = status
    with pytest.raises(errors.APIError) as caught:
        msgsms(cloud.handle).templates.list()
    assert type(caught.value) is expected
    assert (caught.value.vendor, caught.value.code, caught.value.http_status) == (
        "huawei",
        str(status),
        status,
    )
    assert caught.value.response is None  # its request carries the password


def test_a_password_echoed_by_iam_is_masked_like_every_credential(cloud: FakeCloud) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            sent = json.loads(request.content)["auth"]["identity"]["password"]["user"]["password"]
            error = {"code": 401, "message": f"wrong password {sent}", "title": "Unauthorized"}
            return httpx.Response(401, json={"error": error, "echo": sent})
        return cloud.handle(request)

    with pytest.raises(errors.AuthenticationError) as caught:
        msgsms(echo).templates.list()
    exc = caught.value
    for text in (str(exc), repr(exc), exc.message, json.dumps(exc.body), *map(str, exc.args)):
        assert PASSWORD not in text
    assert exc.message == f"wrong password {MASK}"  # one mask for every secret (it was "***" here)
    assert exc.__cause__ is None and exc.__context__ is None  # no chained error carrying the request
