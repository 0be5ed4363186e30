"""Property tests over the ITNIO request models: generated valid bodies pass validation and go through
the mock; a body with one field broken is rejected pre-flight, naming that field, with no request."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from commspec import errors
from commspec._spec import Operation
from commspec._validation import preflight
from commspec.itnio import FlowWrite, ItnioClient
from commspec.mock import MockServer
from tests.properties.strategies import breaking_values, valid_bodies

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(body=valid_bodies(FlowWrite))
def test_valid_flows_round_trip_through_the_mock(body: dict[str, Any]) -> None:
    # ITNIO counts the name's 32 characters in UTF-16 units (x-commspec.string-length); the strategy
    # counts code points, as JSON Schema does.
    assume(len(body["name"].encode("utf-16-le")) // 2 <= 32)
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
    assert [node.model_dump(by_alias=True) for node in flow.flow] == expected
    assert itnio.flows.retrieve(flow.flow_id) == flow


def _json_operations() -> list[Operation]:
    ops = []
    for package in ("itnio_otp", "itnio_aivoice", "huawei_msgsms", "huawei_iam"):
        module = importlib.import_module(f"commspec_generated.{package}.spec")
        ops += [op for op in module.OPERATIONS.values() if op.body_model is not None]
    return ops


JSON_OPERATIONS = _json_operations()
CROSS_FIELD_RULES = {"required_if", "forbidden_unless", "equals_if", "not_before", "not_after", "ordered"}


@pytest.mark.parametrize("operation", JSON_OPERATIONS, ids=lambda op: op.qualified_name)
def test_valid_bodies_pass_or_break_only_cross_field_rules(operation: Operation) -> None:
    assert operation.body_model is not None

    @SETTINGS
    @given(body=valid_bodies(operation.body_model))
    def check(body: dict[str, Any]) -> None:
        try:
            _, sent = preflight(operation, _valid_params(operation), body)
        except errors.ValidationError as error:
            # Field-level constraints all hold by construction: only the spec's cross-field rules can fail,
            # and, where the spec counts lengths in UTF-16 units, a maxLength the generated strings
            # (counted in code points, as JSON Schema does) meet with characters outside the BMP.
            broken = {
                e.rule for e in error.errors if not (e.rule == "string_too_long" and "UTF-16" in e.message)
            }
            assert broken <= CROSS_FIELD_RULES, error.errors
            return
        assert sent == body

    check()


def _valid_params(operation: Operation) -> dict[str, Any]:
    """A valid value for each path id: ITNIO's flowId is an integer, the other ids are text (at least
    ``minLength`` characters: ITNIO's appId has 4 to 32)."""
    model = operation.params_model
    fields = model.model_json_schema()["properties"] if model is not None else {}
    return {
        name: 123
        if fields.get(name, {}).get("type") == "integer"
        else "123".ljust(fields.get(name, {}).get("minLength", 0), "4")
        for name in operation.path_params
    }


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


@pytest.mark.parametrize("operation", JSON_OPERATIONS, ids=lambda op: op.qualified_name)
def test_one_broken_field_is_rejected_preflight(operation: Operation) -> None:
    assert operation.body_model is not None

    @SETTINGS
    @given(case=_one_field_broken(operation.body_model))
    def check(case: tuple[dict[str, Any], str]) -> None:
        body, field = case
        with pytest.raises(errors.ValidationError) as caught:
            preflight(operation, _valid_params(operation), body)
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
