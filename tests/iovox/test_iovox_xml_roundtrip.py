"""The seed and every rule type: build, validate, serialise, parse back, compare canonically."""

from __future__ import annotations

from xml.etree.ElementTree import canonicalize

import pytest
from iovox_builders import RULE_BUILDERS, SEED_XML, request_with

from commspec.iovox import parse_xml, schema_errors, to_xml
from commspec_generated.iovox_callflow_xml import (
    Call,
    CallFlow,
    MessageParts,
    Request,
    Response,
    SendSms,
    SoundFile,
)


def canonical(data: bytes) -> str:
    return canonicalize(data.decode("utf-8"), strip_text=True)


def test_seed_is_valid_and_round_trips() -> None:
    assert schema_errors(SEED_XML) == []
    request = parse_xml(SEED_XML, Request)
    written = to_xml(request)
    assert written.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n')
    assert canonical(written) == canonical(SEED_XML)
    assert parse_xml(written, Request) == request


def test_seed_parses_into_typed_fields() -> None:
    flow = parse_xml(SEED_XML, Request).call_flow
    assert (flow.name, flow.new_name) == ("Call Agent", "Call Agent + Whisper Called")
    assert flow.notes == "Will Call the agent, can be used for every agent in my account."
    [rule] = flow.rules
    assert isinstance(rule, Call)
    assert (rule.id, rule.label, rule.record, rule.send_call_alert) == ("call_1", "Call", True, "NONE")
    assert (rule.destination_phone_number, rule.destination_contact_id) == ("?", "?")
    assert rule.called_message == MessageParts(sound_file=[SoundFile(sound_label="Lead brought by IOVOX")])


def test_seed_built_from_typed_classes_equals_the_seed() -> None:
    built = Request(
        call_flow=CallFlow(
            name="Call Agent",
            new_name="Call Agent + Whisper Called",
            notes="Will Call the agent, can be used for every agent in my account.",
            rules=[
                Call(
                    id="call_1",
                    label="Call",
                    destination_phone_number="?",
                    destination_contact_id="?",
                    record=True,
                    send_call_alert="NONE",
                    called_message=MessageParts(sound_file=[SoundFile(sound_label="Lead brought by IOVOX")]),
                )
            ],
        )
    )
    assert canonical(to_xml(built)) == canonical(SEED_XML)


@pytest.mark.parametrize("tag", sorted(RULE_BUILDERS))
def test_every_rule_type_validates_and_round_trips(tag: str) -> None:
    request = request_with(RULE_BUILDERS[tag]())
    written = to_xml(request)
    assert f"<{tag} ".encode() in written
    assert parse_xml(written, Request) == request
    assert to_xml(parse_xml(written, Request)) == written


def test_all_rules_in_one_flow_keep_their_order() -> None:
    rules = [build() for build in RULE_BUILDERS.values()]
    request = request_with(*rules)
    parsed = parse_xml(to_xml(request), Request)
    assert [type(rule) for rule in parsed.call_flow.rules] == [type(rule) for rule in rules]
    assert parsed == request


def test_fixed_attributes_are_always_written() -> None:
    written = to_xml(request_with(RULE_BUILDERS["evaluate"](), RULE_BUILDERS["call"]()))
    assert b'from="$_partnerName"' in written
    assert b'action="onMatchCondition"' in written
    assert b'action="onMatchResult"' in written


def test_special_characters_survive_escaping() -> None:
    notes = "a & b < c > d \" e ' f\tg\nh\r\ni é 🎧"
    sms = SendSms(
        id="x", label="<&>", destination_phone_number="?", destination_contact_name=notes, message=notes
    )
    request = Request(call_flow=CallFlow(name="n & m", notes=notes, rules=[sms]))
    assert parse_xml(to_xml(request), Request) == request


def test_get_call_flow_response_parses() -> None:
    body = SEED_XML.replace(b"<request>", b"<response>").replace(b"</request>", b"</response>")
    response = parse_xml(body, Response)
    assert response.call_flow.name == "Call Agent"
    assert canonical(to_xml(response)) == canonical(body)
