"""Hostile and mutated XML over the wire: sent to the IOVOX mock (in-process) as a request body, and
handed to the typed client as a response body. Neither side crashes, answers 5xx, nor expands an entity."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from iovox_builders import SEED_XML

from commspec import errors
from commspec.iovox import DEFAULT_MAX_BYTES, IovoxClient, Response, parse_xml, read_errors
from commspec.mock import MockServer
from commspec.mock._config import DEMO

USER, KEY = "demo-iovox-user", "demo-iovox-secure-key"
BASE = "https://api.iovox.com:444/CallFlow"
WRITES = [("POST", "createCallFlow"), ("PUT", "updateCallFlow")]
EXPANDED = "lollollol"  # what any expansion of the entities below would put in a body, a name or a message
SECRET_FILE = "root:"  # /etc/passwd content, were the external entity read

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE request [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']>\n<request><callFlow name="&lol9;" notes="&lol9;">'
    b'<play id="p" label="&lol9;"><soundFile soundLabel="s"/></play></callFlow></request>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE request [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<request><callFlow name="&xxe;"><play id="p" label="l"><soundFile soundLabel="s"/></play>'
    b"</callFlow></request>"
)
PARAMETER_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE request [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd"> %ext;]>\n'
    b"<request/>"
)
EXTERNAL_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE request SYSTEM "http://127.0.0.1:9/evil.dtd">\n<request/>'
PLAIN_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE request>\n' + SEED_XML.split(b"\n", 1)[1]
OVERSIZE = SEED_XML + b"<!--" + b"x" * DEFAULT_MAX_BYTES + b"-->"
DEEP = b"<request>" + b"<callFlow>" * 50_000 + b"</callFlow>" * 50_000 + b"</request>"
HOSTILE = {
    "billion-laughs": BILLION_LAUGHS,
    "external-entity": EXTERNAL_ENTITY,
    "parameter-entity": PARAMETER_ENTITY,
    "external-dtd": EXTERNAL_DTD,
    "plain-dtd": PLAIN_DTD,
    "oversize": OVERSIZE,
    "deep-nesting": DEEP,
}


def send(server: MockServer, method: str, operation: str, body: bytes) -> httpx.Response:
    with httpx.Client(transport=server.httpx_transport()) as client:
        return client.request(
            method,
            f"{BASE}?v=3&method={operation}",
            content=body,
            headers={"username": USER, "secureKey": KEY, "Content-Type": "application/xml"},
        )


def assert_not_expanded(text: str) -> None:
    assert EXPANDED not in text and SECRET_FILE not in text


# -- to the mock ------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize(("method", "operation"), WRITES)
def test_hostile_request_is_refused_by_the_mock(
    server: MockServer, method: str, operation: str, body: bytes
) -> None:
    response = send(server, method, operation, body)
    assert response.status_code == 400
    found = [entry.message for entry in read_errors(response.content)]
    assert found and all(message.startswith("XML parse error.") for message in found), found
    assert_not_expanded(response.text)
    assert server.state()["iovox"]["call_flows"] == {}


def _mutate(data: st.DataObject, body: bytes) -> bytes:
    fragments = [
        b"<!DOCTYPE request [<!ENTITY e 'lollollol'>]>",
        b"&e;",
        b"&amp;",
        b"&#0;",
        b"<![CDATA[",
        b"]]>",
        b"\x00",
        b"\xff\xfe",
        b"</callFlow>",
        b"<request>",
        b'"',
        b"<?xml version='1.0'?>",
    ]
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        at = data.draw(st.integers(0, len(body)), label="at")
        kind = data.draw(st.sampled_from(["delete", "insert", "fragment", "duplicate"]), label="kind")
        if kind == "delete":
            body = body[:at] + body[at + data.draw(st.integers(1, 40), label="length") :]
        elif kind == "insert":
            body = body[:at] + data.draw(st.binary(min_size=1, max_size=8), label="bytes") + body[at:]
        elif kind == "fragment":
            body = body[:at] + data.draw(st.sampled_from(fragments), label="fragment") + body[at:]
        else:
            end = min(len(body), at + data.draw(st.integers(1, 200), label="length"))
            body = body[:end] + body[at:end] + body[end:]
    return body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_requests_never_crash_the_mock(data: st.DataObject) -> None:
    server = MockServer()
    create = send(
        server, "POST", "createCallFlow", SEED_XML.replace(b' newName="Call Agent + Whisper Called"', b"")
    )
    assert create.status_code == 201
    method, operation = data.draw(st.sampled_from(WRITES), label="operation")
    response = send(server, method, operation, _mutate(data, SEED_XML))
    assert response.status_code < 500
    if response.status_code >= 400:
        assert read_errors(response.content), response.content
    assert_not_expanded(response.text)
    for name, stored in server.state()["iovox"]["call_flows"].items():
        assert_not_expanded(name + str(stored))


# -- to the client's parser ---------------------------------------------------------------------------


def answering(status: int, body: bytes) -> IovoxClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    # The XML limit is the client's max_response_bytes: at 1 MiB, OVERSIZE is over it.
    client = httpx.Client(transport=transport)
    return IovoxClient(USER, KEY, max_retries=0, max_response_bytes=DEFAULT_MAX_BYTES, http_client=client)


def response_body(body: bytes) -> bytes:
    """The same hostile payloads with a ``<response>`` root, as getCallFlow answers."""
    return body.replace(b"<request>", b"<response>").replace(b"</request>", b"</response>")


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("status", [200, 400, 401, 500])
def test_hostile_response_raises_a_commspec_error(body: bytes, status: int) -> None:
    for payload in (body, response_body(body)):
        with pytest.raises(errors.CommspecError) as caught:
            answering(status, payload).call_flows.retrieve("Call Agent")
        assert_not_expanded(str(caught.value))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), status=st.sampled_from([200, 400, 500]))
def test_mutated_responses_never_crash_the_client(data: st.DataObject, status: int) -> None:
    valid = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<response><callFlow name="Call Agent" notes="n">'
        b'<play id="p" label="Welcome"><soundFile soundLabel="s"/></play></callFlow></response>'
    )
    try:
        got = answering(status, _mutate(data, valid)).call_flows.retrieve("Call Agent")
    except errors.CommspecError as error:
        assert_not_expanded(str(error))
    else:
        assert status == 200
        assert_not_expanded(repr(got))


@pytest.mark.parametrize("encoding", ["tf-8", "no-such-codec", "utf-32"])
def test_unknown_or_lying_encoding_is_a_format_error_not_a_crash(server: MockServer, encoding: str) -> None:
    body = f'<?xml version="1.0" encoding="{encoding}"?><request><callFlow name="x"/></request>'.encode()
    with pytest.raises(errors.ResponseFormatError):
        parse_xml(body, Response)
    answer = httpx.Client(transport=server.httpx_transport()).put(
        "http://mock/CallFlow",
        params={"v": "3", "method": "updateCallFlow"},
        content=body,
        headers={"username": DEMO["IOVOX_USERNAME"], "secureKey": DEMO["IOVOX_SECURE_KEY"]},
    )
    assert answer.status_code == 400 and b"XML parse error." in answer.content
