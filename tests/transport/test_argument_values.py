"""Query and body values get the path rules (issue 16, "Errors and arguments"): before, a lone surrogate
in an unconstrained Huawei body or query field raised UnicodeEncodeError, an int over 4,300 digits in a
query without a maximum ValueError, and a query over 65 kB httpx.InvalidURL. Now each is a
ValidationError naming the argument and the rule, and nothing is sent."""

from __future__ import annotations

import httpx
import pytest

from commspec import errors
from commspec._paths import INT64_MAX, MAX_QUERY_LENGTH
from commspec.huawei import MsgsmsClient

TEMPLATE = {"app_id": "app", "region": "cn", "template_content": "Test"}


def client(sent: list[httpx.Request]) -> MsgsmsClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"total": 0, "results": []})

    return MsgsmsClient(
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        token="pre-issued",
        base_url="http://msgsms.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def refused(call: object) -> tuple[tuple[str, str], ...]:
    assert isinstance(call, errors.ValidationError)
    return tuple((error.path, error.rule) for error in call.errors)


def test_a_lone_surrogate_in_a_body_field_is_refused() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        client(sent).templates.create(template_name="x\ud800y", **TEMPLATE)
    assert refused(info.value) == (("template_name", "utf8"),)
    assert "lone surrogate" in str(info.value)
    assert sent == []


def test_a_lone_surrogate_in_a_query_value_is_refused() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        client(sent).templates.list(template_name="\udfff")
    assert refused(info.value) == (("template_name", "utf8"),)
    assert sent == []


@pytest.mark.parametrize("offset", [10**5000, INT64_MAX + 1], ids=["5001-digits", "int64-max+1"])
def test_an_int_outside_int64_in_a_query_is_refused(offset: int) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        client(sent).templates.list(offset=offset)
    assert refused(info.value) == (("offset", "int64"),)
    assert sent == []


def test_a_query_longer_than_httpx_takes_is_refused_naming_the_longest_argument() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        client(sent).templates.list(template_name="n" * 70_000, sign_name="s")
    assert refused(info.value) == (("template_name", "too_long"),)
    assert f"at most {MAX_QUERY_LENGTH:,}" in str(info.value)
    assert sent == []


def test_values_within_the_rules_are_sent() -> None:
    sent: list[httpx.Request] = []
    client(sent).templates.list(template_name="é" * 1000, offset=INT64_MAX)
    assert len(sent) == 1


# -- ITNIO lengths count UTF-16 code units (x-commspec.string-length: utf-16) ---------------------------

EMOJI_NAME = "\U0001f600" * 20  # 20 code points, 40 UTF-16 units; the app name allows 4-32


def test_the_client_counts_itnio_lengths_in_utf16_units() -> None:
    from commspec.itnio import ItnioClient

    with pytest.raises(errors.ValidationError) as info:
        ItnioClient("key", "secret", base_url="http://itnio.test").apps.create(name=EMOJI_NAME)
    assert refused(info.value) == (("name", "string_too_long"),)
    assert "UTF-16" in str(info.value)


def test_the_mock_counts_them_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    from commspec.itnio import ItnioClient
    from commspec.mock import MockServer
    from commspec.mock._config import DEMO

    server = MockServer()
    itnio = ItnioClient(
        DEMO["ITNIO_API_KEY"],
        DEMO["ITNIO_API_SECRET"],
        base_url="http://itnio.test",
        max_retries=0,
        http_client=httpx.Client(transport=server.httpx_transport()),
    )
    # Send what the client would refuse: the mock's own check (the same models) decides.
    monkeypatch.setattr(
        "commspec._validation.preflight", lambda operation, params, body: (dict(params), body)
    )
    with pytest.raises(errors.InvalidParameterError):
        itnio.apps.create(name=EMOJI_NAME)
    assert itnio.apps.create(name="\U0001f600" * 16).name == "\U0001f600" * 16  # 32 units: accepted
