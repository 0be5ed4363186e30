"""Credentials are checked when a client is built: a value that cannot be sent as it is (a newline from
``open(path).read()``, a byte-order mark, surrounding spaces, non-ASCII in a header, empty) raises
``errors.ConfigurationError`` naming the argument (and the environment variable it came from) and the
rule, never the value, and nothing is sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, IamTokenAuth, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioAuth, ItnioClient, sign
from commspec.mock._config import DEMO

ENV = (
    "ITNIO_API_KEY",
    "ITNIO_API_SECRET",
    "HUAWEICLOUD_PROJECT_ID",
    "HUAWEICLOUD_IAM_USER",
    "HUAWEICLOUD_IAM_PASSWORD",
    "HUAWEICLOUD_IAM_DOMAIN",
    "IOVOX_USERNAME",
    "IOVOX_SECURE_KEY",
)
PROJECT = DEMO["HUAWEICLOUD_PROJECT_ID"]


def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


NEVER = httpx.Client(transport=httpx.MockTransport(refuse))
ANEVER = httpx.AsyncClient(transport=httpx.MockTransport(refuse))


def iam(**override: str) -> IamPasswordCredentials:
    values = {"user_name": "sms-operator", "password": "pw-Secret-1", "domain_name": "acme-cloud", **override}
    return IamPasswordCredentials(**values)


@dataclass(frozen=True)
class Slot:
    """Where a credential goes in: ``build(value)`` passes it as an argument (None: not passed, so the
    environment variable ``variable`` is read); ``header``: it travels in an HTTP header."""

    name: str
    variable: str | None
    header: bool
    build: Callable[[Any], object]
    spaces_around: bool = False


def msgsms(sync: bool, project: Any = PROJECT, **kwargs: Any) -> object:
    if sync:
        return MsgsmsClient(project, http_client=NEVER, **kwargs)
    return AsyncMsgsmsClient(project, http_client=ANEVER, **kwargs)


SLOTS = [
    Slot("api_key", "ITNIO_API_KEY", True, lambda v: ItnioClient(v, "secret", http_client=NEVER)),
    Slot("api_key", "ITNIO_API_KEY", True, lambda v: AsyncItnioClient(v, "secret", http_client=ANEVER)),
    Slot("api_secret", "ITNIO_API_SECRET", False, lambda v: ItnioClient("key", v, http_client=NEVER)),
    Slot("api_secret", "ITNIO_API_SECRET", False, lambda v: AsyncItnioClient("key", v, http_client=ANEVER)),
    Slot("project_id", "HUAWEICLOUD_PROJECT_ID", False, lambda v: msgsms(True, v, token="MII-t")),
    Slot("project_id", "HUAWEICLOUD_PROJECT_ID", False, lambda v: msgsms(False, v, token="MII-t")),
    Slot("token", None, True, lambda v: msgsms(True, token=v)),
    Slot("token", None, True, lambda v: msgsms(False, token=v)),
    Slot("user_name", "HUAWEICLOUD_IAM_USER", False, lambda v: msgsms(True, credentials=iam(user_name=v))),
    Slot("password", "HUAWEICLOUD_IAM_PASSWORD", False, lambda v: msgsms(True, credentials=iam(password=v)),
         spaces_around=True),
    Slot("domain_name", "HUAWEICLOUD_IAM_DOMAIN", False,
         lambda v: msgsms(False, credentials=iam(domain_name=v))),
    Slot("username", "IOVOX_USERNAME", True, lambda v: IovoxClient(v, "0" * 32, http_client=NEVER)),
    Slot("secure_key", "IOVOX_SECURE_KEY", True, lambda v: IovoxClient("user", v, http_client=NEVER)),
    Slot("secure_key", "IOVOX_SECURE_KEY", True, lambda v: AsyncIovoxClient("user", v, http_client=ANEVER)),
]  # fmt: skip
# Reading each credential from its environment variable (the argument not passed).
FROM_ENV = {
    "ITNIO_API_KEY": lambda: ItnioClient(api_secret="secret", http_client=NEVER),
    "ITNIO_API_SECRET": lambda: AsyncItnioClient(api_key="key", http_client=ANEVER),
    "HUAWEICLOUD_PROJECT_ID": lambda: MsgsmsClient(token="MII-t", http_client=NEVER),
    "HUAWEICLOUD_IAM_USER": lambda: MsgsmsClient(PROJECT, http_client=NEVER),
    "HUAWEICLOUD_IAM_PASSWORD": lambda: AsyncMsgsmsClient(PROJECT, http_client=ANEVER),
    "HUAWEICLOUD_IAM_DOMAIN": lambda: MsgsmsClient(PROJECT, http_client=NEVER),
    "IOVOX_USERNAME": lambda: IovoxClient(secure_key="0" * 32, http_client=NEVER),
    "IOVOX_SECURE_KEY": lambda: AsyncIovoxClient(username="user", http_client=ANEVER),
}
GOOD_ENV = {
    "HUAWEICLOUD_IAM_USER": "sms-operator",
    "HUAWEICLOUD_IAM_PASSWORD": "pw-Secret-1",
    "HUAWEICLOUD_IAM_DOMAIN": "acme-cloud",
}


def bad_values(secret: str, slot_header: bool, spaces_around: bool) -> list[tuple[str, object, str]]:
    """(case, value, what the rule says) for every value a credential may not have."""
    cases = [
        ("trailing-newline", secret + "\n", "control character (U+000A)"),
        ("windows-line-end", secret + "\r\n", "control character (U+000D)"),
        ("nul-inside", secret[:4] + "\x00" + secret[4:], "control character (U+0000)"),
        ("tab-inside", secret[:4] + "\t" + secret[4:], "control character (U+0009)"),
        ("byte-order-mark", "\ufeff" + secret, "formatting character (U+FEFF)"),
        ("zero-width-space", secret + "\u200b", "formatting character (U+200B)"),
        ("line-separator", secret + "\u2028", "line separator (U+2028)"),
        ("empty", "", "must not be empty"),
        ("bytes", secret.encode(), "must be a str"),
    ]
    if not spaces_around:
        cases += [
            ("leading-space", " " + secret, "whitespace"),
            ("trailing-space", secret + " ", "whitespace"),
            ("no-break-space", secret + "\u00a0", "whitespace"),
        ]
    if slot_header:
        cases += [("non-ascii", "clé-" + secret, "non-ASCII")]
    return cases


def with_secret(value: Any, secret: str) -> Any:
    """The case's value around the secret that the suite-wide secret scan looks for everywhere."""
    if isinstance(value, bytes):
        return value.replace(PLACEHOLDER.encode(), secret.encode())
    return value.replace(PLACEHOLDER, secret)


PLACEHOLDER = "SECRET-PLACEHOLDER"
CASES = [
    pytest.param(slot, case, value, rule, id=f"{index}-{slot.name}-{case}")
    for index, slot in enumerate(SLOTS)
    for case, value, rule in bad_values(PLACEHOLDER, slot.header, slot.spaces_around)
]


def assert_not_echoed(error: errors.ConfigurationError, secret: str) -> None:
    for text in (str(error), repr(error), *map(str, error.args), error.argument, error.rule):
        assert secret not in text


@pytest.mark.parametrize(("slot", "case", "value", "rule"), CASES)
def test_a_bad_argument_is_refused_when_the_client_is_built(
    refused_secret: str, slot: Slot, case: str, value: object, rule: str
) -> None:
    value = with_secret(value, refused_secret)
    with pytest.raises(errors.ConfigurationError) as caught:
        slot.build(value)
    assert caught.value.argument == slot.name
    assert rule in caught.value.rule
    assert_not_echoed(caught.value, refused_secret)


ENV_CASES = [
    pytest.param(variable, case, value, rule, id=f"{variable}-{case}")
    for variable in FROM_ENV
    for case, value, rule in bad_values(PLACEHOLDER, False, True)
    if isinstance(value, str) and case != "empty" and "\x00" not in value  # no NUL in an environment
]


@pytest.mark.parametrize(("variable", "case", "value", "rule"), ENV_CASES)
def test_a_bad_environment_variable_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, refused_secret: str, variable: str, case: str, value: str, rule: str
) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    for name, good in GOOD_ENV.items():
        monkeypatch.setenv(name, good)
    monkeypatch.setenv(variable, with_secret(value, refused_secret))
    with pytest.raises(errors.ConfigurationError) as caught:
        FROM_ENV[variable]()
    assert variable in caught.value.argument and rule in caught.value.rule
    assert_not_echoed(caught.value, refused_secret)


@pytest.mark.parametrize("variable", list(FROM_ENV))
def test_an_empty_environment_variable_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name, good in GOOD_ENV.items():
        monkeypatch.setenv(name, good)
    monkeypatch.setenv(variable, "")
    with pytest.raises(errors.ConfigurationError, match=f"{variable}.*must not be empty"):
        FROM_ENV[variable]()


@pytest.mark.parametrize("variable", list(FROM_ENV))
def test_a_missing_credential_names_the_argument_and_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name, good in GOOD_ENV.items():
        monkeypatch.setenv(name, good)
    monkeypatch.delenv(variable, raising=False)
    with pytest.raises(errors.ConfigurationError, match=variable):
        FROM_ENV[variable]()


def test_an_empty_argument_does_not_fall_back_on_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # "" is what reading an empty file gives: refused, rather than silently using another credential.
    monkeypatch.setenv("ITNIO_API_KEY", "from-env")
    with pytest.raises(errors.ConfigurationError, match="api_key: must not be empty"):
        ItnioClient("", "secret", http_client=NEVER)


# -- what is accepted ---------------------------------------------------------------------------------


def test_text_that_is_hashed_or_sent_in_a_json_body_may_be_non_ascii() -> None:
    # ITNIO hashes api_secret as UTF-8 (as the seeds' Java/PHP samples do); Huawei's login is JSON.
    ItnioClient("key", "sécret-密钥", http_client=NEVER)
    assert sign("key", "sécret-密钥", 1630468800) == sign("key", "sécret-密钥", "1630468800")
    MsgsmsClient(PROJECT, credentials=iam(user_name="运维", password="pässwörd", domain_name="société"))


def test_an_iam_password_may_start_or_end_with_a_space() -> None:
    assert iam(password=" pass word ").password == " pass word "


def test_auth_objects_check_too() -> None:
    # Public building blocks (an httpx.Auth for the caller's own client) apply the same rules.
    for build, argument in [
        (lambda: ItnioAuth("key\n", "secret"), "api_key"),
        (lambda: ItnioAuth("key", "secret\n"), "api_secret"),
        (lambda: IovoxClient("user", "key\n", base_url="http://127.0.0.1:1"), "secure_key"),
        (lambda: IamTokenAuth(token="MII\n"), "token"),
        (lambda: IamPasswordCredentials("u", "p\n", "d"), "password"),
    ]:
        with pytest.raises(errors.ConfigurationError) as caught:
            build()
        assert caught.value.argument == argument


def test_credentials_from_a_mapping_name_their_variable() -> None:
    env = {**GOOD_ENV, "HUAWEICLOUD_IAM_PASSWORD": "pw\n"}
    with pytest.raises(errors.ConfigurationError) as caught:
        IamPasswordCredentials.from_env(env)
    assert caught.value.argument == "password (from environment variable HUAWEICLOUD_IAM_PASSWORD)"
