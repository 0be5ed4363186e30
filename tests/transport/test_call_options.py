"""``extra_headers=``, ``extra_query=``, ``extra_body=`` and ``timeout=`` on every generated method
(issue 19, as openai-python has them): added to that one request, checked by the header, query and body
rules, and never able to replace the auth headers."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest

from commspec import errors
from commspec.huawei import MsgsmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.runtime import SyncResource

FLOW = {"status": "0", "reason": "success", "data": {"flowId": 7, "name": "n", "flow": []}}
NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}
OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def recording(sent: list[httpx.Request], body: object = FLOW) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def itnio(sent: list[httpx.Request]) -> ItnioClient:
    return ItnioClient(
        "key",
        "secret",
        base_url="http://itnio.test",
        max_retries=0,
        http_client=httpx.Client(transport=recording(sent)),
    )


def test_every_generated_method_takes_the_options() -> None:
    clients = [
        ItnioClient("k", "s"),
        MsgsmsClient("0a1b2c3d4e5f60718293a4b5c6d7e8f9", token="t"),
        IovoxClient("u", "k"),
    ]
    checked = 0
    for client in clients:
        for resource in vars(client).values():
            if not isinstance(resource, SyncResource):
                continue
            for name, method in inspect.getmembers(resource, inspect.ismethod):
                if name.startswith("_"):
                    continue
                parameters = inspect.signature(method).parameters
                assert all(option in parameters for option in OPTIONS), f"{type(resource).__name__}.{name}"
                assert all(parameters[option].kind is inspect.Parameter.KEYWORD_ONLY for option in OPTIONS), (
                    name
                )
                checked += 1
    assert checked > 10


def test_extra_headers_query_body_and_timeout_reach_the_request() -> None:
    sent: list[httpx.Request] = []
    itnio(sent).flows.create(
        name="name",
        flow=[NODE],
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": True, "n": 3},
        extra_body={"note": "é"},
        timeout=1.5,
    )
    (request,) = sent
    assert request.headers["X-Trace"] == "abc"
    assert request.url.params["debug"] == "true" and request.url.params["n"] == "3"
    assert json.loads(request.content) == {"name": "name", "flow": [NODE], "note": "é"}
    assert request.extensions["timeout"]["read"] == 1.5
    assert "Sign" in request.headers  # the auth flow still signs it


@pytest.mark.parametrize("header", ["Api-Key", "sign", "Timestamp", "Authorization", "Host"])
def test_an_auth_header_cannot_be_replaced(header: str) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        itnio(sent).flows.retrieve(7, extra_headers={header: "mine"})
    assert [(e.path, e.rule) for e in info.value.errors] == [(f"extra_headers[{header!r}]", "auth_header")]
    assert sent == []


def test_huawei_and_iovox_auth_headers_cannot_be_replaced_either() -> None:
    huawei = MsgsmsClient("0a1b2c3d4e5f60718293a4b5c6d7e8f9", token="t", base_url="http://msgsms.test")
    with pytest.raises(errors.ValidationError, match="auth_header"):
        huawei.templates.retrieve("c3f641aa-4e87-4a70-b84d-a2d685599072", extra_headers={"X-Auth-Token": "x"})
    with pytest.raises(errors.ValidationError, match="auth_header"):
        IovoxClient("u", "k", base_url="http://iovox.test").call_flows.retrieve(
            "x", extra_headers={"secureKey": "x"}
        )


@pytest.mark.parametrize(
    ("options", "rule"),
    [
        ({"extra_headers": {"X-Bad": "a\r\nInjected: 1"}}, "header_value"),
        ({"extra_headers": {"Bad Name": "x"}}, "header_name"),
        ({"extra_query": {"q": "\ud800"}}, "utf8"),
        ({"extra_query": {"q": 2**64}}, "int64"),
        ({"extra_body": {"note": "\udfff"}}, "utf8"),
    ],
)
def test_values_go_through_the_same_rules(options: dict[str, object], rule: str) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError) as info:
        itnio(sent).flows.create(name="name", flow=[NODE], **options)  # type: ignore[arg-type]
    assert [e.rule for e in info.value.errors] == [rule]
    assert sent == []


def test_extra_body_needs_a_json_body_and_extra_query_keeps_fixed_parameters() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(errors.ValidationError, match="no_body"):
        itnio(sent).flows.retrieve(7, extra_body={"x": 1})
    iovox = IovoxClient("u", "k", base_url="http://iovox.test")
    with pytest.raises(errors.ValidationError, match="fixed"):
        iovox.call_flows.retrieve("x", extra_query={"method": "deleteCallFlows"})
    assert sent == []


def test_a_bad_timeout_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        itnio([]).flows.retrieve(7, timeout=0)


async def test_async_methods_take_them_too() -> None:
    sent: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=FLOW)

    client = AsyncItnioClient(
        "key",
        "secret",
        base_url="http://itnio.test",
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)),
    )
    await client.flows.retrieve(7, extra_headers={"X-Trace": "1"}, extra_query={"a": "b"}, timeout=2)
    assert sent[0].headers["X-Trace"] == "1" and sent[0].url.params["a"] == "b"
    with pytest.raises(errors.ValidationError, match="auth_header"):
        await client.flows.retrieve(7, extra_headers={"Api-Key": "mine"})
