"""Invalid trees are refused before anything is sent, naming the element/attribute and the rule."""

from __future__ import annotations

from typing import Any

import pytest
from iovox_builders import RULE_BUILDERS, SEED_XML, request_with

from commspec.errors import FieldError, ResponseFormatError, ValidationError
from commspec.iovox import parse_xml, schema_errors, to_xml
from commspec_generated.iovox_callflow_xml import (
    Call,
    CallFlow,
    Errors,
    HttpRequest,
    Play,
    Request,
    Response,
    SendSms,
)


def refused(obj: object) -> tuple[FieldError, ...]:
    with pytest.raises(ValidationError) as info:
        to_xml(obj, operation="call_flows.update")
    assert info.value.operation == "call_flows.update"
    assert "nothing was sent" in str(info.value)
    return info.value.errors


def seed_call(**changes: Any) -> Call:
    values: dict[str, Any] = {
        "id": "call_1",
        "label": "Call",
        "destination_phone_number": "?",
        "destination_contact_id": "?",
        "record": True,
        "send_call_alert": "NONE",
    }
    values.update(changes)
    return Call(**values)


def flow(*rules: Any, **attributes: Any) -> Request:
    return Request(
        call_flow=CallFlow(name=attributes.pop("name", "Call Agent"), rules=list(rules), **attributes)
    )


def test_missing_mandatory_attribute() -> None:
    [error] = refused(flow(seed_call(record=None)))
    assert error.path == "request/callFlow/call[1]@record"
    assert error.rule == "required"
    assert "record" in error.message


def test_bad_enumeration_value() -> None:
    rule = RULE_BUILDERS["httpRequest"]()
    assert isinstance(rule, HttpRequest)
    rule.request_method = "PUT"  # type: ignore[assignment]
    [error] = refused(flow(rule))
    assert (error.path, error.rule) == ("request/callFlow/httpRequest[1]@requestMethod", "enumeration")
    assert "PUT" in error.message


def test_pattern_on_phone_number_and_second_rule_index() -> None:
    errors = refused(flow(seed_call(), seed_call(id="call_2", destination_phone_number="+44 7700")))
    assert [(e.path, e.rule) for e in errors] == [
        ("request/callFlow/call[2]@destinationPhoneNumber", "pattern")
    ]


def test_empty_label_rejected() -> None:
    [error] = refused(flow(seed_call(label="")))
    assert (error.path, error.rule) == ("request/callFlow/call[1]@label", "minLength")


def test_flow_without_rules() -> None:
    [error] = refused(flow())
    assert (error.path, error.rule) == ("request/callFlow", "content")
    assert "not complete" in error.message


def test_play_without_sound_file() -> None:
    [error] = refused(flow(Play(id="p", label="Hello", sound_file=[])))
    assert (error.path, error.rule) == ("request/callFlow/play[1]", "content")
    assert "soundFile" in error.message


def test_duplicate_rule_id_across_nesting() -> None:
    nested = RULE_BUILDERS["evaluate"]()
    errors = refused(flow(seed_call(id="eval_1_sms"), nested))
    assert [e.rule for e in errors] == ["unique"]
    assert errors[0].path.startswith("request/callFlow/evaluate[1]/eventHandlers/matchEvent[1]/sendSms[1]")


def test_send_sms_needs_contact_id_or_name() -> None:
    sms = SendSms(id="s", label="SMS", destination_phone_number="447700900123")
    [error] = refused(flow(sms))
    assert (error.path, error.rule) == ("request/callFlow/sendSms[1]", "assert")
    assert "destinationContactId" in error.message


def test_wrong_type_for_integer_attribute() -> None:
    [error] = refused(flow(seed_call(timeout=-1)))
    assert (error.path, error.rule) == ("request/callFlow/call[1]@timeout", "minimum")


def test_control_character_cannot_be_sent() -> None:
    [error] = refused(flow(seed_call(), notes="bell\x07"))
    assert error.rule in {"well_formed", "serialise"}


def test_wrong_nesting_in_raw_xml_names_the_child() -> None:
    body = (
        b'<request><callFlow name="a"><callEvent action="onMatchResult" result="BUSY"/></callFlow></request>'
    )
    [error] = schema_errors(body)
    assert (error.path, error.rule) == ("request/callFlow/callEvent[1]", "content")


def test_evaluate_requires_failure() -> None:
    body = (
        b'<request><callFlow name="a"><evaluate id="e" label="l" leftExprValue="x">'
        b"<eventHandlers/></evaluate></callFlow></request>"
    )
    [error] = schema_errors(body)
    assert (error.path, error.rule) == ("request/callFlow/evaluate[1]/eventHandlers", "content")
    assert "failure" in error.message


def test_unknown_attribute_and_fixed_value_in_raw_xml() -> None:
    body = SEED_XML.replace(b'record="true"', b'record="true" recrod="x"').replace(
        b"<call ", b'<sendSms from="$_other" destinationContactName="n" '
    )
    body = body.replace(b"</call>", b"</sendSms>")
    rules = {(e.path, e.rule) for e in schema_errors(body)}
    assert ("request/callFlow/sendSms[1]@recrod", "unexpected_attribute") in rules
    assert ("request/callFlow/sendSms[1]@from", "fixed") in rules


def test_bad_callevent_result_list() -> None:
    rule = RULE_BUILDERS["call"]()
    assert isinstance(rule, Call) and rule.event_handlers is not None
    rule.event_handlers.call_event[0].result = "BUSY,NO_ANSWER"
    [error] = refused(flow(rule))
    assert error.path == "request/callFlow/call[1]/eventHandlers/callEvent[1]@result"
    assert error.rule == "pattern"


def test_parse_rejects_wrong_root_and_bad_value_but_keeps_unknown_attributes() -> None:
    with pytest.raises(ResponseFormatError, match="expected <response>"):
        parse_xml(SEED_XML, Response)
    with pytest.raises(ResponseFormatError):
        parse_xml(b'<errors><error status="x">m</error></errors>', Errors)
    # Vendors add attributes: kept for reading, never sent back (to_xml writes declared ones only).
    request = parse_xml(SEED_XML.replace(b'record="true"', b'record="true" bogus="1"'), Request)
    assert request.call_flow.rules[0].any_attributes == {"bogus": "1"}
    assert b"bogus" not in to_xml(request)


def test_valid_tree_passes() -> None:
    assert to_xml(request_with(*(build() for build in RULE_BUILDERS.values())))
