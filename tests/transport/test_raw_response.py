"""``client.<resource>.with_raw_response.<method>(...)`` (issue 19, as openai-python has it): the HTTP
status and headers of the vendor's answer (a request id among them) and ``parse()`` to the typed result
the plain method returns; async alike. One operation per vendor, against the in-process mock."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from commspec import RawResponse, errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient
from commspec.itnio import AsyncItnioClient, FlowNode, ItnioClient
from commspec.testing import VendorMock, mock_vendors

NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}
APP = "5e0c0000-1a6b-4ee5-9651-5bca450694b3"


def test_itnio_raw_response_parses_to_the_plain_result() -> None:
    with mock_vendors(), ItnioClient() as itnio:
        flow = itnio.flows.create(name="raw-flow", flow=[NODE])
        raw = itnio.flows.with_raw_response.retrieve(flow.flow_id)
        assert isinstance(raw, RawResponse)
        assert raw.http_status == raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        parsed = raw.parse()
        assert parsed == itnio.flows.retrieve(flow.flow_id)
        # Compared as data: model equality also weighs which fields were set, and the oldest pydantic
        # allowed counts a default differently there.
        expected = FlowNode(waiting_time=30, status=1, channel="sms", channel_cut=0)
        assert [node.model_dump() for node in parsed.flow] == [expected.model_dump()]


def test_huawei_raw_response_carries_the_request_id() -> None:
    with mock_vendors(), MsgsmsClient() as msgsms:
        created = msgsms.templates.create(
            app_id=APP,
            region="intl",
            template_name="raw",
            template_content="Code ${NUM_6}",
            template_type="NOTIFY_TYPE",
        )
        raw = msgsms.templates.with_raw_response.retrieve(created.id)
        assert raw.http_status == 200 and raw.headers["X-Request-Id"]
        assert raw.parse() == msgsms.templates.retrieve(created.id)


def test_iovox_raw_response_of_a_list_parses_to_its_page() -> None:
    with mock_vendors(), IovoxClient() as iovox:
        raw = iovox.call_flows.with_raw_response.list()
        assert raw.status_code == 200
        assert list(raw.parse()) == list(iovox.call_flows.list())


def test_async_raw_responses_of_every_vendor() -> None:
    async def main(mock: VendorMock) -> None:
        async with AsyncItnioClient() as itnio:
            flow = await itnio.flows.create(name="raw-flow", flow=[NODE])
            raw = await itnio.flows.with_raw_response.retrieve(flow.flow_id)
            assert raw.http_status == 200 and raw.parse() == await itnio.flows.retrieve(flow.flow_id)
        async with AsyncMsgsmsClient() as msgsms:
            page = await msgsms.templates.with_raw_response.list()
            assert page.status_code == 200 and page.headers["X-Request-Id"]
            assert [t.id async for t in page.parse()] == [t.id async for t in msgsms.templates.list()]
        async with AsyncIovoxClient() as iovox:
            listed = await iovox.call_flows.with_raw_response.list()
            assert listed.status_code == 200 and [f async for f in listed.parse()] == [
                f async for f in iovox.call_flows.list()
            ]

    with mock_vendors() as mock:
        asyncio.run(main(mock))


def test_a_vendor_request_id_header_and_an_error_answer() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"status": "-1", "reason": "no such flow"}, headers={"X-Request-Id": "req-42"}
        )

    client = ItnioClient(
        "k",
        "s",
        base_url="http://itnio.test",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    raw = client.flows.with_raw_response.retrieve(7)
    assert raw.headers["x-request-id"] == "req-42"
    with pytest.raises(errors.APIError):  # parse() raises what the plain method raises
        raw.parse()


def test_bad_arguments_are_refused_before_sending_as_by_the_plain_method() -> None:
    with mock_vendors() as mock, ItnioClient() as itnio:
        with pytest.raises(errors.ValidationError):
            itnio.flows.with_raw_response.create(name="x" * 10_000, flow=[NODE])
        assert mock.requests == []
