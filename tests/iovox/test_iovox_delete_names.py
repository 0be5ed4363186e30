"""``call_flows.delete(names)`` sends the names joined by ``|`` (the spec's ``x-commspec-argument:
{join: "|"}``). A name that cannot be told apart from the separator, a bare string, a non-string item
or no name at all is refused pre-flight, so a delete can never remove a flow the caller did not name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from iovox_builders import play

from commspec import errors
from commspec.iovox import AsyncIovoxClient, CallFlow, IovoxClient
from commspec.mock import MockServer

USER, KEY = "demo-iovox-user", "demo-iovox-secure-key"
FLOWS = ["A", "B", "A|B", "a", "b", "c", "abc"]


@pytest.fixture
def iovox(server: MockServer, in_process: httpx.Client) -> Iterator[IovoxClient]:
    with IovoxClient(USER, KEY, http_client=in_process, max_retries=0) as client:
        for name in FLOWS:
            client.call_flows.create(CallFlow(name=name, rules=[play()]))
        yield client


def stored(server: MockServer) -> list[str]:
    return sorted(server.state()["iovox"]["call_flows"])


@pytest.mark.parametrize(
    ("names", "path", "rule"),
    [
        (["A|B"], "names[0]", "separator"),  # before: deleted A and B, left A|B
        (["A", "B|"], "names[1]", "separator"),
        ("abc", "names", "type"),  # before: split into a|b|c and deleted those three
        ([None], "names[0]", "type"),  # before: TypeError from str.join
        ([b"A"], "names[0]", "type"),  # before: TypeError from str.join
        ([], "names", "min_items"),
        (["A", ""], "names[1]", "empty"),  # before: "A|" on the wire
        ({"A": 1}, "names", "type"),  # a mapping is not a list of names
    ],
)
def test_refused_before_sending_and_nothing_deleted(
    iovox: IovoxClient, server: MockServer, names: Any, path: str, rule: str
) -> None:
    before = server.request_count
    with pytest.raises(errors.ValidationError) as caught:
        iovox.call_flows.delete(names, detach_from_links=True)
    assert [(e.path, e.rule) for e in caught.value.errors] == [(path, rule)]
    assert "nothing was sent" in str(caught.value)
    assert server.request_count == before
    assert stored(server) == sorted(FLOWS)


def test_each_named_flow_and_only_it_is_deleted(iovox: IovoxClient, server: MockServer) -> None:
    iovox.call_flows.delete(("A", "abc"))
    assert stored(server) == sorted(set(FLOWS) - {"A", "abc"})


def test_the_rule_is_in_the_generated_docstring(iovox: IovoxClient) -> None:
    doc = " ".join((type(iovox.call_flows).delete.__doc__ or "").split())
    assert "containing `|` is refused" in doc


async def test_async_delete_applies_the_same_rule(server: MockServer) -> None:
    client = AsyncIovoxClient(USER, KEY, http_client=httpx.AsyncClient(transport=server.httpx_transport()))
    with pytest.raises(errors.ValidationError) as caught:
        await client.call_flows.delete(["A|B"])
    assert caught.value.errors[0].path == "names[0]"
