"""One mock clock for every vendor (``advance()``, no sleeping) and one outbox of delivered messages,
on the testing mock object and over the control API."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Any

import pytest

from commspec.huawei import MsgsmsClient
from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec.testing import mock_vendors
from tests.itnio.conftest import task_fields
from tests.mock.wire import asgi

JSON = [(b"content-type", b"application/json")]


def control(server: MockServer, method: str, path: str, body: Any = None, query: bytes = b"") -> Any:
    raw = b"" if body is None else json.dumps(body).encode()
    answer = asgi(server, method, path, query=query, headers=JSON, body=raw)
    return answer.status, answer.json()


def test_advance_moves_the_mock_clock_and_reset_returns_to_the_wall_clock() -> None:
    with mock_vendors() as mock:
        before = mock.now()
        assert mock.advance(3600) >= before + 3600
        assert mock.server.clock.offset == 3600
        mock.reset()
        assert mock.server.clock.offset == 0


@pytest.mark.parametrize("seconds", [-1, math.nan, math.inf, True, "60", None])
def test_advance_refuses_what_is_not_forward_time(seconds: Any) -> None:
    with mock_vendors() as mock, pytest.raises((TypeError, ValueError)):
        mock.advance(seconds)
    server = MockServer()
    status, body = control(server, "POST", "/_mock/clock", {"advance": seconds})
    assert (status, body["field"]) == (400, "advance")
    assert server.clock.offset == 0


def test_itnio_state_follows_the_mock_clock_but_signatures_the_wall_clock() -> None:
    with mock_vendors() as mock, ItnioClient() as client:
        mock.advance(2 * 86_400)  # far beyond the signature window: a signed call still passes
        client.tasks.create(**task_fields())
        (task,) = client.tasks.list(app_id="LILIN888")
    created = datetime.strptime(task.create_time, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert created.timestamp() >= datetime.now(UTC).timestamp() + 86_400


def test_iam_tokens_expire_on_the_mock_clock_and_the_client_fetches_a_new_one() -> None:
    with mock_vendors() as mock, MsgsmsClient() as client:
        list(client.templates.list())
        backend = mock.server.backend("huawei")
        assert backend.token_fetches == 1
        mock.advance(mock.config.settings["token_lifetime"] + 1)
        list(client.templates.list())  # the old token is refused (401): fetched again, call retried
        assert backend.token_fetches == 2


def test_iovox_dates_move_with_the_mock_clock() -> None:
    play = Play(id="p1", label="Hi", sound_file=[SoundFile(sound_label="Hi")])
    flow = CallFlow(name="advanced", rules=[play])
    with mock_vendors() as mock, IovoxClient() as client:
        client.call_flows.create(flow)
        first = mock.server.backend("iovox").flows["advanced"]["created"]
        mock.reset()
        mock.advance(86_400 * 365)
        client.call_flows.create(flow)
        later = mock.server.backend("iovox").flows["advanced"]["created"]
    assert later > first


def test_control_api_moves_and_reads_the_clock() -> None:
    server = MockServer()
    status, clock = control(server, "POST", "/_mock/clock", {"advance": 90})
    assert status == 200 and clock["offset"] == 90
    status, again = control(server, "GET", "/_mock/clock")
    assert status == 200 and again["offset"] == 90 and again["now"] >= clock["now"]


def test_outbox_keeps_deliveries_in_order_by_number_and_masks_the_code_in_reprs() -> None:
    with mock_vendors() as mock:
        server = mock.server
        server.deliver("itnio", "sms", "8613800000000", "1234 is your code", "1234")
        server.deliver("huawei", "sms", "8613900000000", "Your parcel has arrived")
        mock.advance(60)
        server.deliver("itnio", "call", "8613800000000", "Your code is 9876", "9876")
        to_first = mock.outbox(to="8613800000000")
        assert [(d.vendor, d.channel, d.code) for d in to_first] == [
            ("itnio", "sms", "1234"),
            ("itnio", "call", "9876"),
        ]
        assert to_first[1].time - to_first[0].time >= 60
        assert len(mock.outbox()) == 3
        shown = repr(to_first)
        assert "1234" not in shown and "9876" not in shown and "8613800000000" in shown
        mock.reset()
        assert mock.outbox() == []


def test_control_api_reads_the_outbox() -> None:
    server = MockServer()
    server.deliver("itnio", "sms", "8613800000000", "1234 is your code", "1234")
    server.deliver("itnio", "sms", "8613900000000", "5678 is your code", "5678")
    status, body = control(server, "GET", "/_mock/outbox", query=b"to=8613900000000")
    assert status == 200
    assert [(m["to"], m["code"], m["text"]) for m in body["messages"]] == [
        ("8613900000000", "5678", "5678 is your code")
    ]
    assert set(body["messages"][0]) == {"vendor", "channel", "to", "text", "code", "time"}
    status, body = control(server, "GET", "/_mock/outbox")
    assert len(body["messages"]) == 2


def test_the_outbox_is_bounded_and_its_views_by_number_stay_consistent() -> None:
    from commspec.mock._outbox import Delivery, Outbox

    outbox = Outbox(limit=3)
    for i, to in enumerate(["111", "222", "111", "333", "111"]):
        outbox.deliver(Delivery("itnio", "sms", to, f"message {i}", None, float(i)))
    assert [d.text for d in outbox.messages()] == ["message 2", "message 3", "message 4"]
    assert [d.text for d in outbox.messages(to="111")] == ["message 2", "message 4"]
    assert outbox.messages(to="222") == []
