"""The mock records at one seam, MockServer.handle, whatever carried the request (in-process transport or
the served ASGI app); the journal is bounded; mock.calls(operation) gives one operation's requests with
their bodies parsed into the operation's request model."""

from __future__ import annotations

import importlib.util

import httpx
import pytest

from commspec.itnio import FlowNode, FlowWrite, ItnioClient
from commspec.mock import MockConfig, MockServer
from commspec.mock._serve import running_server
from commspec.testing import mock_vendors

FLOW = [{"waitingTime": 60, "status": 2, "channel": "call"}]


def test_the_server_records_every_request_whatever_carries_it() -> None:
    server = MockServer(MockConfig())
    key, secret = "demo-itnio-key", "demo-itnio-secret"
    ItnioClient(key, secret, http_client=httpx.Client(transport=server.httpx_transport())).flows.list()
    with running_server(server) as url:
        ItnioClient(key, secret, base_url=url).flows.create(name="served", flow=FLOW)
        httpx.get(url + "/_mock/state")  # the control API is the test's own doing: not recorded
        httpx.get(url + "/no/such/path")
    recorded = [(r.operation, r.method, r.status) for r in server.journal.requests]
    assert recorded == [("flows_list", "GET", 200), ("flows_create", "POST", 200), (None, "GET", 404)]
    assert server.journal.requests[1].body == {"name": "served", "flow": FLOW}
    assert server.journal.requests[1].headers["sign"] == "<redacted>"


def test_the_recorder_of_the_testing_helpers_is_gone() -> None:
    assert importlib.util.find_spec("commspec.testing._recording") is None


def test_what_is_recorded_is_bounded_and_the_drop_counted() -> None:
    assert MockConfig().max_recorded_requests == 10_000  # the documented default
    with mock_vendors(MockConfig(max_recorded_requests=3)) as mock, ItnioClient() as client:
        for index in range(5):
            client.flows.create(name=f"flow-{index}", flow=FLOW)
        assert [request.body["name"] for request in mock.requests] == ["flow-2", "flow-3", "flow-4"]
        assert mock.dropped_requests == 2
        mock.reset()
        assert (mock.requests, mock.dropped_requests) == ([], 0)
    with mock_vendors(MockConfig(max_recorded_requests=0)) as silent:
        ItnioClient().flows.list()
        assert (silent.requests, silent.dropped_requests) == ([], 1)


def test_calls_gives_one_operations_requests_with_typed_bodies() -> None:
    with mock_vendors() as mock, ItnioClient() as client:
        flow = client.flows.create(name="first", flow=FLOW)
        client.flows.update(
            flow.flow_id, name="second", flow=[FlowNode(waiting_time=30, status=1, channel="sms")]
        )
        client.flows.list()
        (update,) = mock.calls("flows_update", FlowWrite)
        assert isinstance(update.body, FlowWrite)
        assert update.body.name == "second"
        assert update.body.flow[0].waiting_time == 30
        assert update.status == 200 and str(flow.flow_id) in update.request.path
        assert [type(call.body) for call in mock.calls("flows_create")] == [FlowWrite]
        assert [call.body for call in mock.calls("flows_list")] == [None]  # no body
        with pytest.raises(ValueError, match=r"unknown operation 'flow_update'.*flows_update"):
            mock.calls("flow_update")
        with pytest.raises(ValueError, match="flows_list: the request model is no JSON body model"):
            mock.calls("flows_list", FlowWrite)
