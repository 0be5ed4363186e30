"""The IOVOX mock takes its facts from the spec (the generated ``spec`` module), not from its own Python:
change the spec data and the mock's answers change with it."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import commspec_generated
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec_generated.iovox_callflow import spec as callflow_spec

API = callflow_spec.API
LIST, RETRIEVE = callflow_spec.CALL_FLOWS_LIST, callflow_spec.CALL_FLOWS_RETRIEVE
SPEC = Path(__file__).resolve().parents[2] / "specs" / "iovox" / "callflow.openapi.yaml"
# Entries of the mock table that are not codes of the error table.
NOT_CODES = {
    "version-parameter",
    "method-parameter",
    "name-max-length",
    "demo",  # credentials the mock accepts, not codes
    "variable-value",
    "flow-fields",
}


def request(server: MockServer, method: str, query: dict[str, str], body: str = "") -> httpx.Response:
    with httpx.Client(transport=server.httpx_transport()) as client:
        return client.request(
            method,
            "https://api.iovox.com:444/CallFlow",
            params=query,
            content=body.encode(),
            headers={"username": DEMO["IOVOX_USERNAME"], "secureKey": DEMO["IOVOX_SECURE_KEY"]},
        )


def create(server: MockServer, name: str) -> httpx.Response:
    operation = callflow_spec.CALL_FLOWS_CREATE
    rules = '<play id="p" label="l"><soundFile soundLabel="Welcome"/></play>'
    body = f'<request><callFlow name="{name}">{rules}</callFlow></request>'
    return request(server, operation.method, dict(operation.fixed_query), body)


def leaves(value: Any) -> list[Any]:
    return [leaf for item in value.values() for leaf in leaves(item)] if isinstance(value, dict) else [value]


def test_every_string_of_the_mock_table_is_a_documented_code() -> None:
    referenced = [leaf for key, value in API.mock.items() if key not in NOT_CODES for leaf in leaves(value)]
    assert referenced and [code for code in referenced if code not in API.codes] == []
    assert set(API.mock["wrong-verb"]) == {
        operation.method for operation in callflow_spec.OPERATIONS.values()
    }


def test_every_code_the_engine_answers_for_iovox_is_a_documented_code() -> None:
    (resource,) = API.mock_resources.values()
    named = [resource.not_found, resource.unique_code]
    for operation in callflow_spec.OPERATIONS.values():
        effect = operation.effect
        assert effect is not None, operation.name  # every IOVOX operation is served by the engine
        named += [effect.not_found, effect.rename and effect.rename[1], effect.refuse and effect.refuse[2]]
    found = [code for code in named if code]
    assert len(found) == 6 and [code for code in found if code not in API.codes] == []


def test_field_codes_are_those_the_spec_documents_for_req_fields() -> None:
    doc = yaml.safe_load(SPEC.read_text())
    (req_fields,) = [
        p for p in doc["paths"]["/{interface}"]["get"]["parameters"] if p["name"] == "req_fields"
    ]
    documented = dict(re.findall(r"`(\w+)`=(\w+)", req_fields["description"]))
    assert LIST.effect is not None
    assert documented == LIST.effect.order_by["codes"] == LIST.effect.select["codes"]
    assert req_fields["schema"]["default"] == ",".join(documented)


def test_the_name_limit_is_read_from_the_spec(monkeypatch: pytest.MonkeyPatch, server: MockServer) -> None:
    monkeypatch.setitem(API.mock, "name-max-length", 5)  # type: ignore[index]
    assert create(server, "abcde").status_code == 201
    refused = create(server, "abcdef")
    assert refused.status_code == 400 and b"CallFlow Name too long" in refused.content


def test_answers_carry_the_media_type_the_spec_documents(server: MockServer) -> None:
    assert create(server, "Sales").status_code == callflow_spec.CALL_FLOWS_CREATE.success_status == 201
    page = request(server, "GET", dict(LIST.fixed_query))
    assert (
        page.status_code == 200 and page.headers["content-type"] == LIST.responses[200] == "application/json"
    )
    flow = request(server, "GET", {**RETRIEVE.fixed_query, "call_flow": "Sales"})
    assert flow.headers["content-type"] == RETRIEVE.responses[200] == "application/xml"
    missing = request(server, "GET", {**RETRIEVE.fixed_query, "call_flow": "nope"})
    assert missing.status_code == 400 and missing.headers["content-type"] == RETRIEVE.responses[400]


def test_advanced_yes_lists_only_advanced_flows(server: MockServer) -> None:
    """The mock's flows are not advanced (the create effect's defaults): ``advanced=YES`` selects none."""
    create(server, "Sales")
    page = request(server, "GET", {**LIST.fixed_query, "advanced": "YES"})
    assert page.status_code == 200 and page.json()["response"]["results"] == []
    assert page.json()["response"]["total_results"] == 0


def test_a_query_value_the_vendor_documents_no_string_for_is_refused_not_guessed(server: MockServer) -> None:
    answer = request(server, "GET", {**LIST.fixed_query, "order": "name_UP"})
    assert answer.status_code == 400 and b"Query Invalid. order: " in answer.content


def test_parameterised_codes_are_filled_from_their_pattern() -> None:
    checked = 0
    for module in pkgutil.iter_modules(commspec_generated.__path__):
        name = f"commspec_generated.{module.name}.spec"
        api = importlib.import_module(name).API if importlib.util.find_spec(name) else None
        for code, pattern in (api.code_patterns if api is not None else {}).items():
            filled = api.message(code, **dict.fromkeys(re.compile(pattern).groupindex, "7"))
            assert re.fullmatch(pattern, filled), (code, filled)
            checked += 1
    assert checked >= len(API.code_patterns)
    filled = API.message("Call Flow x of y does not exist", position=2, count=3)
    assert filled == "Call Flow 2 of 3 does not exist"
