"""Property tests over the ITNIO request models: generated valid bodies pass validation and go through
the mock; a body with one field broken is rejected pre-flight, naming that field, with no request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from commspec import errors
from commspec._validation import preflight
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec_generated.itnio_aivoice import validation as aivoice_models
from commspec_generated.itnio_aivoice.spec import TASKS_CREATE
from commspec_generated.itnio_otp import validation as otp_models
from commspec_generated.itnio_otp.spec import FLOWS_CREATE
from tests.properties.strategies import breaking_values, valid_bodies

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(body=valid_bodies(otp_models.FlowWrite))
def test_valid_flows_round_trip_through_the_mock(body: dict[str, Any]) -> None:
    server = MockServer()
    itnio = ItnioClient(
        "demo-itnio-key",
        "demo-itnio-secret",
        base_url="http://mock",
        max_retries=0,
        http_client=httpx.Client(transport=server.httpx_transport()),
    )
    flow = itnio.flows.create(**body)
    expected = [{"channelCut": 0, **node} for node in body["flow"]]
    assert flow.name == body["name"]
    assert [node.to_dict() for node in flow.flow] == expected
    assert itnio.flows.retrieve(str(flow.flow_id)).to_dict() == flow.to_dict()


@SETTINGS
@given(body=valid_bodies(aivoice_models.TaskCreate))
def test_valid_task_bodies_pass_or_break_only_cross_field_rules(body: dict[str, Any]) -> None:
    try:
        _, sent = preflight(TASKS_CREATE, {}, body)
    except errors.ValidationError as error:
        # Field-level constraints all hold by construction: only the spec's cross-field rules can fail.
        assert {e.rule for e in error.errors} <= {"required_if", "not_before", "not_after", "ordered"}
        return
    assert sent == body


def _one_field_broken(model: type[BaseModel]) -> st.SearchStrategy[tuple[dict[str, Any], str]]:
    schema = model.model_json_schema()
    defs = schema.get("$defs", {})
    candidates = [
        (name, value) for name, prop in schema["properties"].items() for value in breaking_values(prop, defs)
    ]

    @st.composite
    def build(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
        body = draw(valid_bodies(model))
        name, value = draw(st.sampled_from(candidates))
        return {**body, name: value}, name

    return build()


@pytest.mark.parametrize(
    ("model", "operation"), [(otp_models.FlowWrite, FLOWS_CREATE), (aivoice_models.TaskCreate, TASKS_CREATE)]
)
def test_one_broken_field_is_rejected_preflight(model: type[BaseModel], operation: Any) -> None:
    @SETTINGS
    @given(case=_one_field_broken(model))
    def check(case: tuple[dict[str, Any], str]) -> None:
        body, field = case
        with pytest.raises(errors.ValidationError) as caught:
            preflight(operation, {}, body)
        assert any(
            e.path == field or e.path.startswith((field + ".", field + "[")) for e in caught.value.errors
        )

    check()


def test_the_client_sends_nothing_when_preflight_fails() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    itnio = ItnioClient(
        "k", "s", base_url="http://x", http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    with pytest.raises(errors.ValidationError):
        itnio.flows.create(name="abc", flow=[])
