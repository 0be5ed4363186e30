"""A path parameter is exactly one percent-encoded path segment: a user-supplied id can never address
another resource. Empty, ``.`` and ``..`` (which URL normalisation turns into the collection or the
parent), over-long values and strings that are not UTF-8 are refused pre-flight, nothing sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.itnio import ItnioClient

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
TEMPLATES = f"/v2/{PROJECT}/msgsms/templates"
# The documented runtime limit for a path parameter without a spec maxLength (commspec._paths).
MAX_SEGMENT_LENGTH = 2048
BODY: dict[str, Any] = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Hi",
    "template_name": "t",
}


def _never_sent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url.raw_path!r}")


def msgsms(handler: Callable[[httpx.Request], httpx.Response] = _never_sent, **kwargs: Any) -> MsgsmsClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    options: dict[str, Any] = {"token": "t", "base_url": "http://h", "http_client": http, "max_retries": 0}
    return MsgsmsClient(kwargs.pop("project_id", PROJECT), **{**options, **kwargs})


CALLS: dict[str, Callable[[MsgsmsClient, str], object]] = {
    "retrieve": lambda client, value: client.templates.retrieve(value),
    "update": lambda client, value: client.templates.update(value, **BODY),
    "delete": lambda client, value: client.templates.delete(value),
}


@pytest.mark.parametrize("method", sorted(CALLS))
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_empty_and_dot_ids_are_refused_before_sending(method: str, value: str) -> None:
    # Before: "." went to the collection URL (DELETE /v2/{project}/msgsms/templates), ".." to
    # /v2/{project}/msgsms and "" to /templates/.
    with pytest.raises(errors.ValidationError) as caught:
        CALLS[method](msgsms(), value)
    assert [(e.path, e.rule) for e in caught.value.errors] == [("template_id", "path_segment")]
    assert "nothing was sent" in str(caught.value)


@pytest.mark.parametrize("project_id", [".", ".."])
def test_a_dot_project_id_is_refused_by_the_constructor(project_id: str) -> None:
    # Before: MsgsmsClient("..").templates.retrieve("x") sent GET /msgsms/templates/x.
    with pytest.raises(errors.ConfigurationError) as caught:
        msgsms(project_id=project_id)
    assert caught.value.argument == "project_id"
    assert "path segment" in caught.value.rule


def test_a_dot_project_id_from_the_environment_is_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HUAWEICLOUD_PROJECT_ID", "..")
    with pytest.raises(errors.ConfigurationError) as caught:
        msgsms(project_id=None)
    assert caught.value.argument == "project_id (HUAWEICLOUD_PROJECT_ID)"


def test_an_over_long_id_is_a_validation_error_not_invalid_url() -> None:
    # Before: httpx.InvalidURL("URL too long") for a 100,000-character id.
    for value in ("a" * 100_000, "a" * (MAX_SEGMENT_LENGTH + 1), "é" * (MAX_SEGMENT_LENGTH // 6 + 1)):
        with pytest.raises(errors.ValidationError) as caught:
            msgsms().templates.retrieve(value)
        assert [(e.path, e.rule) for e in caught.value.errors] == [("template_id", "too_long")]


def test_a_string_that_is_not_utf8_is_refused() -> None:
    # Before: UnicodeEncodeError from urllib.parse.quote (a lone surrogate, e.g. from os.fsdecode).
    with pytest.raises(errors.ValidationError) as caught:
        msgsms().templates.delete("abc\udcff")
    assert [(e.path, e.rule) for e in caught.value.errors] == [("template_id", "utf8")]


HOSTILE = ["a/b", "../x", "./", "%2E%2E", "%2F", "?q=1", "#frag", "é 漢 😀", "\x00", "\r\n", "a;b", "~", ".a"]


@pytest.mark.parametrize("value", HOSTILE)
def test_any_other_id_is_one_segment_that_decodes_back(value: str) -> None:
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={"id": "x", "template_name": "t"})

    client = msgsms(record)
    client.templates.retrieve(value)
    client.templates.update(value, **BODY)
    client.templates.delete(value)
    assert len(seen) == 3
    for raw_path in seen:
        prefix, _, segment = raw_path.decode("ascii").rpartition("/")
        assert prefix == TEMPLATES
        assert unquote(segment, errors="strict") == value


def test_the_longest_allowed_id_is_sent() -> None:
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={})

    msgsms(record).templates.delete("a" * MAX_SEGMENT_LENGTH)
    assert seen == [f"{TEMPLATES}/{'a' * MAX_SEGMENT_LENGTH}".encode()]


async def test_async_client_applies_the_same_rule() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_never_sent))
    client = AsyncMsgsmsClient(PROJECT, token="t", base_url="http://h", http_client=http, max_retries=0)
    with pytest.raises(errors.ValidationError) as caught:
        await client.templates.delete("..")
    assert caught.value.errors[0].path == "template_id"
    with pytest.raises(errors.ConfigurationError):
        AsyncMsgsmsClient("..", token="t", base_url="http://h")


def test_itnio_flow_id_pattern_still_refuses_dots_and_newlines() -> None:
    # flowId's spec pattern (^[0-9]+$) already excludes every dot segment; "$" must not let "1\n" by.
    itnio = ItnioClient(
        "k", "s", base_url="http://h", http_client=httpx.Client(transport=httpx.MockTransport(_never_sent))
    )
    for value in ("", ".", "..", "1\n", "1/2"):
        with pytest.raises(errors.ValidationError) as caught:
            itnio.flows.retrieve(value)
        assert caught.value.errors[0].path == "flowId"


def test_the_documented_limit_is_the_runtime_limit() -> None:
    from commspec import _paths

    assert _paths.MAX_SEGMENT_LENGTH == MAX_SEGMENT_LENGTH
