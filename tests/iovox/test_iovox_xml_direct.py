"""The direct XML binding (commspec._xml_direct) gives what xsdata gives, or declines and lets xsdata decide.

xsdata stays the reference: bytes written and objects read must be identical, so a user never sees
which path ran. The corpus is the property-test one (every rule and branch kind, any XML character).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from iovox_builders import (
    SEED_XML,
    call,
    evaluate,
    http_request,
    message_keypress,
    play,
    request_with,
    send_sms,
    time_based,
    voicemail,
)
from test_iovox_xml_property import _mutate, requests

from commspec import _xml_direct
from commspec._xml_binding import _context, _serializer
from commspec._xml_safe import secure_parse
from commspec.iovox import parse_xml, to_xml
from commspec_generated.iovox_callflow_xml import Call, Errors, Play, Request, Response, SoundFile


def _xsdata_read(data: bytes, cls: type) -> Any:
    """What xsdata alone binds (the path before the fast reader), or the exception it raises."""
    from xsdata.formats.dataclass.parsers import XmlParser
    from xsdata.formats.dataclass.parsers.config import ParserConfig
    from xsdata.formats.dataclass.parsers.handlers import XmlEventHandler

    config = ParserConfig(
        fail_on_unknown_properties=True, fail_on_unknown_attributes=False, fail_on_converter_warnings=True
    )
    parser = XmlParser(context=_context(), config=config, handler=XmlEventHandler)
    try:
        return parser.parse(secure_parse(data), cls)
    except Exception as exc:
        return exc


def _fast_read(data: bytes, cls: type) -> Any:
    return _xml_direct.read(_context(), secure_parse(data), cls)


@settings(max_examples=100, deadline=None)
@given(requests)
def test_fast_writer_writes_the_bytes_xsdata_writes(request: Request) -> None:
    assert _xml_direct.write(_context(), request) == _serializer().render(request)


@settings(max_examples=100, deadline=None)
@given(requests)
def test_fast_reader_binds_what_xsdata_binds(request: Request) -> None:
    data = _serializer().render(request).encode()
    assert _fast_read(data, Request) == _xsdata_read(data, Request) == request


@settings(max_examples=200, deadline=None)
@given(
    requests,
    st.integers(0, 10_000),
    st.integers(0, 3),
    st.sampled_from(["", "!!", "-1", "+1", " 1", "1", "0", "true", "TRUE", "x" * 30, "?", "NONE"]),
)
def test_fast_reader_never_accepts_what_xsdata_refuses(
    request: Request, choice: int, how: int, value: str
) -> None:
    mutated = _mutate(_serializer().render(request).encode(), choice, how, value)
    reference = _xsdata_read(mutated, Request)
    try:
        fast = _fast_read(mutated, Request)
    except _xml_direct.Declined:
        return
    assert fast == reference


def test_every_rule_kind_takes_the_fast_paths() -> None:
    document = request_with(
        play(), call(), message_keypress(), send_sms(), voicemail(), http_request(), time_based(), evaluate()
    )
    written = _xml_direct.write(_context(), document)
    assert written == _serializer().render(document)
    assert _fast_read(written.encode(), Request) == document


def test_seed_document_and_undeclared_attributes_read_fast_as_xsdata_reads_them() -> None:
    for data, cls in [
        (SEED_XML, Request),
        (SEED_XML.replace(b"<play ", b'<play vendorAdded="x" '), Request),
        (
            b'<response><callFlow name="a" extra="1"><play id="p" label="l"><soundFile soundLabel="s"/>'
            b"</play></callFlow></response>",
            Response,
        ),
    ]:
        fast = _fast_read(data, cls)
        assert fast == _xsdata_read(data, cls)
    assert fast.call_flow.any_attributes == {"extra": "1"}


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        # Text where the XSD has none, a namespaced attribute, a text-only class without text.
        (
            b'<request><callFlow name="a">stray<play id="p" label="l"><soundFile soundLabel="s"/></play>'
            b"</callFlow></request>",
            Request,
        ),
        (b'<request xmlns:v="urn:v"><callFlow name="a" v:x="1"/></request>', Request),
        (b'<errors><error status="400"/></errors>', Errors),
        (
            b'<request><callFlow name="a"><call id="c" label="l" destinationPhoneNumber="1" '
            b'destinationContactId="?" record="yes" sendCallAlert="NONE"/></callFlow></request>',
            Request,
        ),
    ],
)
def test_fast_reader_declines_what_it_does_not_cover(data: bytes, cls: type) -> None:
    with pytest.raises(_xml_direct.Declined):
        _fast_read(data, cls)
    # ... and the public call still answers as xsdata does.
    reference = _xsdata_read(data, cls)
    if isinstance(reference, Exception):
        with pytest.raises(Exception, match="does not match"):
            parse_xml(data, cls)
    else:
        assert parse_xml(data, cls) == reference


def test_fast_writer_declines_subclasses_and_characters_xml_cannot_carry() -> None:
    class Louder(Play):  # xsdata writes a subclass with xsi:type
        pass

    flow = request_with(play())
    flow.call_flow.rules = [Louder(id="p", label="l", sound_file=[SoundFile(sound_label="s")])]
    with pytest.raises(_xml_direct.Declined):
        _xml_direct.write(_context(), flow)
    flow = request_with(play())
    flow.call_flow.rules[0].label = "bell\x07"  # type: ignore[union-attr]
    with pytest.raises(_xml_direct.Declined):
        _xml_direct.write(_context(), flow)


def test_written_call_flow_parses_back_with_the_standard_library() -> None:
    flow = request_with(call())
    assert isinstance(flow.call_flow.rules[0], Call)
    root = ET.fromstring(to_xml(flow))
    assert root.find("callFlow/call") is not None
