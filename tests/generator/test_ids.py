"""A path id accepts what the API hands back: the id a create/retrieve returns is, as is, the argument
that update/retrieve/delete take, with one type per vendor."""

from __future__ import annotations

import inspect
import typing
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from commspec import errors
from commspec.huawei.types import Template, TemplateRef
from commspec.iovox import CallFlow
from commspec.iovox.types import CallFlowSummary
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.itnio.types import Task, TaskFlow
from commspec_generated.huawei_msgsms.api.templates import Templates
from commspec_generated.iovox_callflow.api.call_flows import CallFlows
from commspec_generated.itnio_aivoice.api.tasks import Tasks
from commspec_generated.itnio_otp.api.flows import AsyncFlows, Flows
from tests.itnio.conftest import KEY, SECRET
from tests.itnio.test_mock import signed

NODE = {"waitingTime": 30, "status": 1, "channel": "sms"}


def id_type(annotation: Any) -> str:
    """`int | None` -> `int`: an optional response field still carries the id's own type."""
    if isinstance(annotation, str):
        members = [part.strip() for part in annotation.split("|")]
    else:
        members = [a.__name__ for a in typing.get_args(annotation) or (annotation,)]
    members = [member for member in members if member not in ("None", "NoneType")]
    assert len(members) == 1, annotation
    return members[0]


@pytest.mark.parametrize(
    ("methods", "argument", "model", "field"),
    [
        (
            [Flows.update, Flows.retrieve, AsyncFlows.update, AsyncFlows.retrieve],
            "flow_id",
            TaskFlow,
            "flow_id",
        ),
        ([Tasks.edit, Tasks.start], "job_id", Task, "job_id"),
        ([Templates.update, Templates.retrieve, Templates.delete], "template_id", TemplateRef, "id"),
        ([Templates.update, Templates.retrieve, Templates.delete], "template_id", Template, "id"),
        ([CallFlows.retrieve], "name", CallFlow, "name"),
        ([CallFlows.retrieve], "name", CallFlowSummary, "template_name"),
    ],
)
def test_path_ids_take_the_type_the_api_hands_back(
    methods: list[Any], argument: str, model: type, field: str
) -> None:
    for method in methods:
        parameter = inspect.signature(method).parameters[argument]
        if issubclass(model, BaseModel):
            expected = id_type(model.model_fields[field].annotation)
        else:
            expected = id_type(inspect.get_annotations(model)[field])
        assert id_type(parameter.annotation) == expected, method.__qualname__


def test_flow_id_from_create_is_accepted_as_is(in_process: httpx.Client) -> None:
    itnio = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process, max_retries=0)
    flow = itnio.flows.create(name="ids-flow", flow=[NODE])
    updated = itnio.flows.update(flow.flow_id, name="ids-flow-2", flow=[NODE])
    assert updated.flow_id == flow.flow_id
    assert itnio.flows.retrieve(flow.flow_id).name == "ids-flow-2"


async def test_flow_id_from_create_is_accepted_as_is_async(in_process_async: httpx.AsyncClient) -> None:
    itnio = AsyncItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process_async, max_retries=0)
    flow = await itnio.flows.create(name="ids-async", flow=[NODE])
    assert (await itnio.flows.retrieve(flow.flow_id)).flow_id == flow.flow_id


@pytest.mark.parametrize(
    ("flow_id", "rule"), [("7", "int_type"), (0, "greater_than_equal"), (True, "int_type")]
)
def test_flow_id_is_checked_before_sending(flow_id: Any, rule: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    itnio = ItnioClient(
        KEY, SECRET, base_url="http://mock", http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    with pytest.raises(errors.ValidationError) as caught:
        itnio.flows.retrieve(flow_id)
    assert [(e.path, e.rule) for e in caught.value.errors] == [("flowId", rule)]


def test_mock_reads_flow_ids_from_the_path(in_process: httpx.Client) -> None:
    itnio = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process, max_retries=0)
    flow = itnio.flows.create(name="path-flow", flow=[NODE])
    found = in_process.get(f"http://mock/otp/flow/details/{flow.flow_id}", headers=signed()).json()
    assert found["status"] == "0" and found["data"]["flowId"] == flow.flow_id
    # A non-numeric id on the wire is the vendor's parameter error (-22), not a server failure.
    for bad in ("abc", "0", "-1"):
        answer = in_process.get(f"http://mock/otp/flow/details/{bad}", headers=signed()).json()
        assert (answer["status"], answer["data"]) == ("-22", None), bad
