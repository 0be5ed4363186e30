"""Hostile or malformed bodies are refused before any entity is expanded or file/URL is read."""

from __future__ import annotations

import pytest
from iovox_builders import SEED_XML

from commspec.errors import ResponseFormatError
from commspec.iovox import (
    DEFAULT_MAX_BYTES,
    IovoxErrorEntry,
    XmlRefusedError,
    parse_xml,
    read_errors,
    schema_errors,
    secure_parse,
)
from commspec_generated.iovox_callflow_xml import Errors, Request

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<errors><error status="400">&lol9;</error></errors>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE request [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<request><callFlow name="&xxe;"><play id="p" label="l"><soundFile soundLabel="s"/></play></callFlow></request>
"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE request SYSTEM "http://127.0.0.1:9/evil.dtd">
<request/>
"""

PLAIN_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE request>
""" + SEED_XML.split(b"\n", 1)[1]


@pytest.mark.parametrize(
    "body",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD, PLAIN_DTD],
    ids=["billion-laughs", "external-entity", "external-dtd", "plain-dtd"],
)
def test_dtds_and_entities_are_refused_everywhere(body: bytes) -> None:
    with pytest.raises(XmlRefusedError, match="refused"):
        secure_parse(body)
    with pytest.raises(XmlRefusedError):
        parse_xml(body, Request)
    with pytest.raises(XmlRefusedError):
        read_errors(body)
    with pytest.raises(XmlRefusedError):
        schema_errors(body)


def test_undeclared_entity_reference_is_not_expanded() -> None:
    with pytest.raises(ResponseFormatError) as info:
        parse_xml(SEED_XML.replace(b'label="Call"', b'label="&xxe;"'), Request)
    assert not isinstance(info.value, XmlRefusedError)
    assert "not well-formed" in str(info.value)


def test_oversize_body_is_refused_before_parsing() -> None:
    padding = b"<!--" + b"x" * DEFAULT_MAX_BYTES + b"-->"
    with pytest.raises(XmlRefusedError, match="exceeds"):
        parse_xml(SEED_XML + padding, Request)
    with pytest.raises(XmlRefusedError, match="100-byte limit"):
        parse_xml(SEED_XML, Request, max_bytes=100)
    assert parse_xml(SEED_XML, Request, max_bytes=len(SEED_XML)).call_flow.name == "Call Agent"


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    body = b"<errors>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</errors>"
    with pytest.raises(XmlRefusedError, match="depth"):
        parse_xml(body, Errors)
    with pytest.raises(XmlRefusedError, match="depth"):
        read_errors(body)


def test_malformed_body() -> None:
    with pytest.raises(ResponseFormatError, match="not well-formed"):
        parse_xml(b"<request><callFlow>", Request)


def test_read_errors_returns_every_message_in_order() -> None:
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<errors><error status="400">XML Empty</error><error status="400">Request Empty</error></errors>'
    )
    assert read_errors(body) == (
        IovoxErrorEntry(status=400, message="XML Empty"),
        IovoxErrorEntry(status=400, message="Request Empty"),
    )
    assert schema_errors(body) == []
    assert [e.value for e in parse_xml(body, Errors).error] == ["XML Empty", "Request Empty"]


def test_read_errors_bare_401_body_and_odd_status() -> None:
    assert read_errors(b'<error status="401">HTTP 401: Unauthorized</error>') == (
        IovoxErrorEntry(status=401, message="HTTP 401: Unauthorized"),
    )
    assert read_errors(b"<errors><error> spaced </error><error status='x'>y</error></errors>") == (
        IovoxErrorEntry(status=None, message="spaced"),
        IovoxErrorEntry(status=None, message="y"),
    )


@pytest.mark.parametrize(
    "body", [b"", b"  \n", b"<html><body>Bad Gateway</body>", b"<response/>", b"not xml"]
)
def test_read_errors_on_other_bodies_is_empty(body: bytes) -> None:
    assert read_errors(body) == ()
