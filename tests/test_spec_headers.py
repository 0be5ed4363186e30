"""Header names and environment variables are spec data: what the clients send and redact is what the
specs' securitySchemes and ``x-commspec.environment`` say, written nowhere else."""

from __future__ import annotations

import sys

import httpx
import pytest

from commspec._logging import SECRET_HEADERS
from commspec._spec import ApiSpec
from commspec.huawei import MsgsmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import ItnioClient
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms
from commspec_generated.huawei_sms import spec as huawei_sms
from commspec_generated.iovox_callflow import spec as iovox_callflow
from commspec_generated.itnio_aivoice import spec as itnio_aivoice
from commspec_generated.itnio_otp import spec as itnio_otp

APIS = [api.API for api in (huawei_iam, huawei_msgsms, huawei_sms, iovox_callflow, itnio_aivoice, itnio_otp)]


def test_logs_and_errors_redact_exactly_the_specs_secret_headers() -> None:
    # Every API loaded in this process registers its own: a test's fixture vendor may have added one.
    loaded = [m.API for m in list(sys.modules.values()) if isinstance(getattr(m, "API", None), ApiSpec)]
    assert {"authorization"}.union(*(api.secret_headers for api in loaded)) == SECRET_HEADERS
    expected = {"authorization"}.union(*(api.secret_headers for api in APIS))
    # What each vendor's docs call a credential; not the timestamp, not the IOVOX account name.
    assert expected == {
        *("authorization", "api-key", "sign", "x-auth-token", "x-subject-token", "securekey", "x-wsse")
    }


def sent_headers(build: type, *args: str) -> set[str]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    client = build(*args, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0)
    with pytest.raises(Exception):  # noqa: B017 - only the request matters here
        (client.flows if hasattr(client, "flows") else client.call_flows).list()
    return set(seen[0].headers)


@pytest.mark.parametrize(
    ("build", "args", "api"),
    [(ItnioClient, ("key", "secret"), itnio_otp.API), (IovoxClient, ("user", "key"), iovox_callflow.API)],
)
def test_clients_send_the_specs_security_headers(build: type, args: tuple[str, ...], api: object) -> None:
    assert {name.lower() for name in api.headers.values()} <= sent_headers(build, *args)  # type: ignore[attr-defined]


def test_environment_variables_come_from_the_specs(monkeypatch: pytest.MonkeyPatch) -> None:
    env = huawei_msgsms.API.environment
    monkeypatch.setenv(env["project_id"], "p" * 32)
    monkeypatch.setenv(env["base_url"], "http://msgsms.test")
    monkeypatch.setenv(huawei_iam.API.environment["base_url"], "http://iam.test")
    client = MsgsmsClient(token="MII-t")
    assert (client.project_id, client.base_url, client.iam_url) == (
        "p" * 32,
        "http://msgsms.test",
        "http://iam.test",
    )
    assert MsgsmsClient.__init__.__kwdefaults__["region"] == huawei_msgsms.API.default_region == "cn-north-4"
