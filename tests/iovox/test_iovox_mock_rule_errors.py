"""The mock answers each rule-level violation that IOVOX documents with its documented string and status
(specs/iovox: createCallFlow and play pages; update applies create's rule checks, iovox.md Q2).

The typed client refuses these documents before sending, so the tests send raw XML to the mock."""

from __future__ import annotations

import httpx
import pytest

from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec_generated.iovox_callflow import spec as callflow_spec

API = callflow_spec.API
CREATE, UPDATE = callflow_spec.CALL_FLOWS_CREATE, callflow_spec.CALL_FLOWS_UPDATE
SOUND = '<soundFile soundLabel="Welcome"/>'
PLAY = f'<play id="p1" label="Welcome">{SOUND}</play>'
CALL = 'destinationPhoneNumber="?" destinationContactId="?" record="true" sendCallAlert="NONE"'
SMS = 'from="$_partnerName" destinationPhoneNumber="447700900123" destinationContactId="7"'


def send(server: MockServer, operation: object, rules: str, *, name: str = 'name="Sales"') -> httpx.Response:
    assert operation in (CREATE, UPDATE)
    body = f'<?xml version="1.0" encoding="utf-8"?><request><callFlow {name}>{rules}</callFlow></request>'
    with httpx.Client(transport=server.httpx_transport()) as client:
        return client.request(
            operation.method,  # type: ignore[attr-defined]
            "https://api.iovox.com:444/CallFlow",
            params=operation.fixed_query,  # type: ignore[attr-defined]
            content=body.encode(),
            headers={"username": DEMO["IOVOX_USERNAME"], "secureKey": DEMO["IOVOX_SECURE_KEY"]},
        )


def without(attributes: str, name: str, value: str | None) -> str:
    """``attributes`` with ``name`` removed (``value`` None) or set to ``value``."""
    kept = " ".join(part for part in attributes.split(" ") if not part.startswith(f"{name}="))
    return kept if value is None else f'{kept} {name}="{value}"'


def answered(response: httpx.Response) -> list[str]:
    from commspec.iovox import read_errors

    return [entry.message for entry in read_errors(response.content)]


def assert_documented(response: httpx.Response, expected: str) -> None:
    assert expected in API.codes, expected
    assert answered(response) == [expected]
    assert response.status_code == API.code_statuses[expected]


@pytest.fixture(params=[CREATE, UPDATE], ids=["create", "update"])
def operation(request: pytest.FixtureRequest, server: MockServer) -> object:
    if request.param is UPDATE:
        assert send(server, CREATE, PLAY).status_code == 201
    return request.param


@pytest.mark.parametrize("message", [None, ""])
def test_send_sms_without_its_message_is_message_empty(
    server: MockServer, operation: object, message: str | None
) -> None:
    attribute = "" if message is None else f' message="{message}"'
    response = send(server, operation, f'<sendSms id="s1" label="Text" {SMS}{attribute}/>')
    assert_documented(response, "Message empty")


@pytest.mark.parametrize("value", [None, ""])
@pytest.mark.parametrize("name", ["destinationPhoneNumber", "destinationContactId"])
def test_call_without_its_destination(
    server: MockServer, operation: object, name: str, value: str | None
) -> None:
    response = send(server, operation, f'<call id="c1" label="Call" {without(CALL, name, value)}/>')
    assert_documented(response, f"{name} Empty")


def test_two_rules_with_one_id(server: MockServer, operation: object) -> None:
    response = send(server, operation, PLAY + PLAY.replace('label="Welcome"', 'label="Again"'))
    assert_documented(response, "Rule ID Not Unique in Play Rule")


def test_a_nested_rule_reusing_an_id(server: MockServer, operation: object) -> None:
    nested = (
        f'<call id="c1" label="Call" {CALL}><eventHandlers><callEvent action="onMatchResult" result="BUSY">'
        f'<play id="c1" label="Busy">{SOUND}</play></callEvent></eventHandlers></call>'
    )
    assert_documented(send(server, operation, nested), "Rule ID Not Unique in Play Rule")


def test_play_of_a_sound_that_is_not_uploaded(server: MockServer, operation: object) -> None:
    server.backend("iovox").upload_sound("Welcome")
    missing = '<play id="p2" label="Bye"><soundFile soundLabel="Goodbye"/></play>'
    assert_documented(send(server, operation, PLAY + missing), "Sound File Does not exist in Play Rule")
    grouped = '<play id="p2" label="Bye"><soundFile soundLabel="Welcome" soundGroup="other"/></play>'
    assert_documented(send(server, operation, PLAY + grouped), "Sound File Does not exist in Play Rule")
    server.backend("iovox").upload_sound("Goodbye", "other")
    variable = '<play id="p3" label="Agent"><soundFile soundLabel="?"/></play>'
    assert send(server, operation, PLAY + missing + variable).status_code == operation.success_status  # type: ignore[attr-defined]


@pytest.mark.parametrize(("attribute", "expected"), [("id", "Rule ID Empty"), ("label", "Rule Label Empty")])
def test_failure_branch_without_id_or_label(
    server: MockServer, operation: object, attribute: str, expected: str
) -> None:
    attributes = without('id="f1" label="Failed" attempts="0"', attribute, None)
    failure = f"<failure {attributes}>{PLAY}</failure>"
    rules = (
        f'<evaluate id="e1" label="Check" leftExprValue="$_smsOrigin"><eventHandlers>{failure}'
        "</eventHandlers></evaluate>"
    )
    assert_documented(send(server, operation, rules), expected)


def test_update_without_a_name_names_no_existing_flow(server: MockServer) -> None:
    for name in ("", 'name=""'):
        assert_documented(send(server, UPDATE, PLAY, name=name), "CallFlow Name does not exist")
