"""Property: any tree the XSD accepts survives serialise -> parse -> serialise unchanged."""

from __future__ import annotations

import dataclasses
import re
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from iovox_builders import Rule, request_with, send_sms

from commspec.iovox import parse_xml, to_xml
from commspec_generated.iovox_callflow_xml import (
    Call,
    CallEvent,
    CallEventHandlers,
    CallFlow,
    Evaluate,
    EvaluateOperator,
    Failure,
    HttpRequest,
    HttpRequestMethod,
    KeyEvent,
    KeyEventHandlers,
    KeypressFailureBehaviour,
    KeypressFailureMessage,
    KeypressFailureMessages,
    MatchEvent,
    MatchEventHandlers,
    MessageKeypress,
    MessageParts,
    Param,
    Params,
    Play,
    Request,
    SendSms,
    SendSmsAlert,
    SmsAlertDestinationBehaviour,
    SmsAlertDestinationType,
    SoundFile,
    TimeBased,
    TimeEvent,
    TimeEventHandlers,
    Voicemail,
)

# Any XML 1.0 character (incl. tab/newline/CR, which must be escaped in attributes), no surrogates.
text = st.text(
    st.characters(
        exclude_categories=("Cs", "Cc"), include_characters="\t\n\r", exclude_characters="\ufffe\uffff"
    ),
    max_size=12,
)
non_empty = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"), min_size=1, max_size=12
)
optional_text = st.none() | text
word = st.text(string.ascii_letters + string.digits + "._-", min_size=1, max_size=10)
phone = st.just("?") | st.from_regex(r"[0-9]{1,15}", fullmatch=True)
email = st.builds(lambda a, b: f"{a}@{b}", word, word)
seconds = st.integers(min_value=0, max_value=2**31 - 1)
results = st.lists(
    st.sampled_from(["ANSWERED", "BUSY", "REJECTED", "NO_ANSWER", "CANCELLED"]), min_size=1, max_size=3
)

sound_files = st.lists(
    st.builds(SoundFile, sound_label=non_empty, sound_group=optional_text), min_size=1, max_size=3
)
message = st.builds(MessageParts, sound_file=sound_files)
# Ids are replaced afterwards by unique ones (see unique_ids).
rule_id = st.just("?")


def plays() -> st.SearchStrategy[Play]:
    return st.builds(Play, id=rule_id, label=non_empty, sound_file=sound_files)


def failures(rules: st.SearchStrategy[list[Rule]]) -> st.SearchStrategy[Failure]:
    keypress = st.builds(
        KeypressFailureMessages,
        keypress_failure_message=st.lists(
            st.builds(
                KeypressFailureMessage,
                behaviour=st.sampled_from(KeypressFailureBehaviour),
                sound_file=sound_files,
            ),
            min_size=1,
            max_size=2,
        ),
    )
    return st.builds(
        Failure,
        id=rule_id,
        label=non_empty,
        attempts=seconds,
        keypress_failure_messages=st.none() | keypress,
        failure_message=st.none() | message,
        rules=rules,
    )


def leaf_rules() -> st.SearchStrategy[Rule]:
    sms = st.builds(
        SendSms,
        id=rule_id,
        label=non_empty,
        message=optional_text,
        destination_phone_number=phone,
        destination_contact_id=non_empty,
        destination_contact_name=st.none() | non_empty,
        send_sms_alert=st.none() | st.sampled_from(SendSmsAlert),
        sms_alert_destination_type=st.none() | st.sampled_from(SmsAlertDestinationType),
        sms_alert_destination_behaviour=st.none() | st.sampled_from(SmsAlertDestinationBehaviour),
        sms_alert_email_template_name=optional_text,
        sms_alert_from=optional_text,
        sms_alert_from_name=optional_text,
    )
    mail = st.builds(
        Voicemail,
        id=rule_id,
        label=non_empty,
        from_value=email,
        from_name=optional_text,
        subject=text,
        silence=seconds,
        max_duration=seconds,
        template_name=non_empty,
        destination_email_address=st.just("?") | email,
        destination_contact_id=non_empty,
        voicemail_message=message,
        completed_message=st.none() | message,
    )
    http = st.builds(
        HttpRequest,
        id=rule_id,
        label=non_empty,
        url=st.builds(lambda s, h: f"{s}://{h}", st.sampled_from(["http", "https"]), word),
        request_method=st.sampled_from(HttpRequestMethod),
        params=st.builds(
            Params, param=st.lists(st.builds(Param, name=non_empty, value=text), min_size=1, max_size=3)
        ),
    )
    return plays() | sms | mail | http


def branching_rules(children: st.SearchStrategy[list[Rule]]) -> st.SearchStrategy[Rule]:
    call = st.builds(
        Call,
        id=rule_id,
        label=non_empty,
        destination_phone_number=phone,
        destination_contact_id=non_empty,
        destination_contact_name=optional_text,
        record=st.booleans(),
        recording_label=optional_text,
        record_call_notification_label=optional_text,
        send_call_alert=non_empty,
        timeout=st.none() | seconds,
        call_alert_from_name=optional_text,
        call_alert_email_template_name=optional_text,
        caller_message=st.none() | message,
        called_message=st.none() | message,
        event_handlers=st.none()
        | st.builds(
            CallEventHandlers,
            call_event=st.lists(
                st.builds(CallEvent, result=results.map("|".join), rules=children), max_size=2
            ),
            failure=st.none() | failures(children),
        ),
    )
    keypress = st.builds(
        MessageKeypress,
        id=rule_id,
        label=non_empty,
        capture_keypress=st.booleans(),
        timeout=seconds,
        play=plays(),
        event_handlers=st.builds(
            KeyEventHandlers,
            key_event=st.lists(
                st.builds(
                    KeyEvent, keypress_sequence=st.from_regex(r"[0-9*#]{1,4}", fullmatch=True), rules=children
                ),
                max_size=2,
            ),
            failure=st.none() | failures(children),
        ),
    )
    timed = st.builds(
        TimeBased,
        id=rule_id,
        label=non_empty,
        event_handlers=st.builds(
            TimeEventHandlers,
            time_event=st.lists(
                st.builds(TimeEvent, time_template_label=non_empty, rules=children), max_size=2
            ),
            failure=st.none() | failures(children),
        ),
    )
    evaluate = st.builds(
        Evaluate,
        id=rule_id,
        label=non_empty,
        left_expr_value=non_empty,
        event_handlers=st.builds(
            MatchEventHandlers,
            match_event=st.lists(
                st.builds(
                    MatchEvent,
                    right_expr_value=text,
                    operator=st.sampled_from(EvaluateOperator),
                    rules=children,
                ),
                max_size=2,
            ),
            failure=failures(children),
        ),
    )
    return call | keypress | timed | evaluate


rules = st.recursive(
    leaf_rules(),
    lambda inner: branching_rules(st.lists(inner, max_size=2)),
    max_leaves=8,
)


def unique_ids(request: Request) -> Request:
    counter = iter(range(1_000_000))

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            if hasattr(node, "id") and hasattr(node, "label"):
                node.id = f"rule {next(counter)}"
            for f in dataclasses.fields(node):
                visit(getattr(node, f.name))

    visit(request)
    return request


requests = st.builds(
    Request,
    call_flow=st.builds(
        CallFlow,
        name=non_empty,
        new_name=st.none() | non_empty,
        notes=optional_text,
        rules=st.lists(rules, min_size=1, max_size=3),
    ),
).map(unique_ids)


@settings(max_examples=75, deadline=None)
@given(requests)
def test_valid_trees_round_trip(request: Request) -> None:
    written = to_xml(request)
    parsed = parse_xml(written, Request)
    assert parsed == request
    assert to_xml(parsed) == written


def _mutate(data: bytes, choice: int, how: int, value: str) -> bytes:
    """One structural change somewhere in the document: drop/alter an attribute, drop/duplicate a child."""
    import copy
    import xml.etree.ElementTree as ET

    root = ET.fromstring(data)
    elements = list(root.iter())
    element = elements[choice % len(elements)]
    children = list(element)
    if how == 0 and element.attrib:
        del element.attrib[sorted(element.attrib)[choice % len(element.attrib)]]
    elif how == 1 and element.attrib:
        element.set(sorted(element.attrib)[choice % len(element.attrib)], value)
    elif how == 2 and children:
        element.remove(children[choice % len(children)])
    elif children:
        element.append(copy.deepcopy(children[choice % len(children)]))
    else:
        element.set("unexpected", value)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@settings(max_examples=150, deadline=None)
@given(
    requests,
    st.integers(0, 10_000),
    st.integers(0, 3),
    st.sampled_from(["", "!!", "-1", "true", "x" * 300, "?"]),
)
def test_fast_validator_agrees_with_xmlschema(request: Request, choice: int, how: int, value: str) -> None:
    # libxml2 (+ the XSD's asserts) decides for valid documents; it must never accept what xmlschema rejects.
    from commspec.iovox import call_flow_schema, secure_parse
    from commspec.iovox._call_flow_schema import CALL_FLOW_XSD

    valid = to_xml(request)
    assert CALL_FLOW_XSD.fast_valid(valid)
    mutated = _mutate(valid, choice, how, value)
    assert CALL_FLOW_XSD.fast_valid(mutated) == call_flow_schema().is_valid(secure_parse(mutated))


def test_fast_validator_applies_the_xsd_asserts() -> None:
    # libxml2 cannot read xs:assert: sendSms without a contact id or name must still be refused.
    from commspec.iovox import call_flow_schema, secure_parse
    from commspec.iovox._call_flow_schema import CALL_FLOW_XSD

    valid = to_xml(request_with(send_sms()))
    assert CALL_FLOW_XSD.fast_valid(valid)
    stripped = valid
    for attribute in (b"destinationContactId", b"destinationContactName"):
        stripped = re.sub(rb" " + attribute + rb'="[^"]*"', b"", stripped)
    assert stripped != valid
    assert not call_flow_schema().is_valid(secure_parse(stripped))
    assert not CALL_FLOW_XSD.fast_valid(stripped)


@pytest.mark.parametrize(
    ("document", "passes"),
    [
        (b"<r><s a='1'/><s b='2'/><t/></r>", True),
        (b"<r><s a='1'/><s/></r>", False),  # the second <s> has neither attribute
        (b"<r><t/></r>", True),  # no <s> at all
    ],
)
def test_attribute_presence_asserts_run_in_libxml2_as_elementpath_reads_them(
    document: bytes, passes: bool
) -> None:
    # The compiled XPath 1.0 form of "exists(@a) or exists(@b)" and elementpath's XPath 2 must agree.
    from lxml import etree

    from commspec._xml_schema import _assertion

    tree = etree.fromstring(document)
    fast = _assertion(("s",), "exists(@a) or exists(@b)")
    reference = _assertion(("s",), "exists(@a) or (exists(@b))")  # not the presence form: elementpath
    assert fast(tree) is passes
    assert reference(tree) is passes
