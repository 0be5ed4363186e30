"""Transport settings are checked when a client is built (and by ``with_options``): a bad timeout, retry
count, retry policy or size cap raises ConfigurationError naming the argument and the rule, before any
request, instead of a raw error at call time."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from transport_clients import ALL_CLIENTS, make

from commspec import errors
from commspec._retry import RetryPolicy

ids = {"ids": lambda cls: cls.__name__}
BAD_TIMEOUTS: list[Any] = [
    -1,
    0,
    "abc",
    "5",
    math.nan,
    math.inf,
    True,
    [5],
    httpx.Timeout(-1.0),
    httpx.Timeout(5.0, read=math.nan),
    httpx.Timeout(5.0, connect=math.inf),
    httpx.Timeout(5.0, pool=0.0),
]
BAD_COUNTS: list[Any] = [-1, True, False, 1.5, "3", None, math.nan]
BAD_CAPS: list[Any] = [0, -1, True, 1.5, "10", None, math.inf]


def build(cls: type[Any], **options: Any) -> Any:
    return make(cls, "http://127.0.0.1:9", token="preissued-token-0123", **options)


def assert_names(error: errors.ConfigurationError, argument: str) -> None:
    assert error.argument == argument and error.rule and str(error).startswith(f"{argument}: ")


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_a_bad_timeout_is_refused_when_the_client_is_built(cls: type[Any], timeout: Any) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        build(cls, timeout=timeout)
    assert_names(caught.value, "timeout")


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
@pytest.mark.parametrize("count", BAD_COUNTS, ids=repr)
def test_a_bad_max_retries_is_refused_when_the_client_is_built(cls: type[Any], count: Any) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        build(cls, max_retries=count)
    assert_names(caught.value, "max_retries")


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
@pytest.mark.parametrize("cap", BAD_CAPS, ids=repr)
def test_a_bad_size_cap_is_refused_when_the_client_is_built(cls: type[Any], cap: Any) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        build(cls, max_response_bytes=cap)
    assert_names(caught.value, "max_response_bytes")


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
def test_with_options_checks_the_same_rules(cls: type[Any]) -> None:
    client = build(cls)
    for argument, value in (("timeout", -1), ("max_retries", -1), ("max_response_bytes", 0), ("retry", 3)):
        with pytest.raises(errors.ConfigurationError) as caught:
            client.with_options(**{argument: value})
        assert_names(caught.value, argument)


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
def test_a_non_policy_retry_is_refused(cls: type[Any]) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        build(cls, retry={"max_retries": 1})
    assert_names(caught.value, "retry")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_retries", -1),
        ("max_retries", True),
        ("max_retries", 2.0),
        ("initial_backoff", -0.1),
        ("initial_backoff", math.nan),
        ("max_backoff", math.inf),
        ("total_budget", 0),
        ("total_budget", math.nan),
        ("total_budget", "60"),
        ("max_retry_after", -1),
    ],
)
def test_a_retry_policy_checks_its_fields(field: str, value: Any) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        RetryPolicy(**{field: value})
    assert_names(caught.value, f"RetryPolicy.{field}")


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0.5},
        {"timeout": 3},
        {"timeout": None},
        {"timeout": httpx.Timeout(10.0, connect=2.0)},
        {"timeout": httpx.Timeout(None)},
        {"max_retries": 0},
        {"max_response_bytes": 1},
        {"retry": RetryPolicy(max_retries=0)},
    ],
    ids=repr,
)
def test_good_settings_are_accepted(cls: type[Any], options: dict[str, Any]) -> None:
    build(cls, **options).with_options(**{k: v for k, v in options.items() if v is not None})
