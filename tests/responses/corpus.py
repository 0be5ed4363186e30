"""The hostile-response corpus: answers no vendor should send, built per operation from its spec.

Generic odd bodies under every kind of status; for JSON operations a valid success payload (generated
from the operation's response model) with the wrong type put at every level and every field removed;
the vendor's documented error body mutated the same way; for XML operations refused constructs,
undeclared elements and attributes, wrong roots and bad encodings.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hypothesis import find
from hypothesis import strategies as st

from commspec._spec import Operation

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
DEEP_XML = b"<response>" + b"<callFlow>" * 50_000 + b"</callFlow>" * 50_000 + b"</response>"
HTML = (
    b"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>502 Bad Gateway</title></head>"
    b"<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
)
WRONG_VALUES: tuple[Any, ...] = (None, "x", "", 7, -1, 1.5, True, 10**30, [], {}, [None], {"k": [[]]})


@dataclass(frozen=True)
class Entry:
    name: str
    status: int
    body: bytes
    headers: dict[str, str | bytes] = field(default_factory=dict)
    # A valid answer: the call must return a value, not merely avoid bare exceptions.
    must_succeed: bool = False


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def odd_bodies() -> list[tuple[str, bytes, str]]:
    """(name, body, content type) of bodies that are wrong whatever the operation."""
    return [
        ("empty", b"", "application/json"),
        ("null", b"null", "application/json"),
        ("true", b"true", "application/json"),
        ("string", b'"ok"', "application/json"),
        ("number", b"0", "application/json"),
        ("empty-list", b"[]", "application/json"),
        ("list", b"[1, 2]", "application/json"),
        ("empty-object", b"{}", "application/json"),
        ("html-page", HTML, "text/html"),
        ("json-as-html", b'{"status":"0","reason":"success","data":null}', "text/html"),
        ("truncated", b'{"status":"0","reason":"succ', "application/json"),
        ("truncated-nested", b'{"data":{"records":[{"jobId":1', "application/json"),
        ("nan", b'{"status":"0","reason":"success","data":NaN,"id":NaN}', "application/json"),
        ("infinity", b'{"status":"0","total":Infinity,"id":-Infinity}', "application/json"),
        ("huge-int", b'{"status":"0","reason":"success","total":' + b"9" * 5000 + b"}", "application/json"),
        ("huge-float", b'{"status":"0","reason":"success","data":1e999,"total":1e999}', "application/json"),
        ("deep-json", DEEP_JSON, "application/json"),
        (
            "deep-json-in-field",
            b'{"status":"0","reason":"success","data":' + DEEP_JSON + b"}",
            "application/json",
        ),
        ("non-utf8", b'{"status":"0","reason":"\xff\xfe\xc3\x28"}', "application/json; charset=utf-8"),
        ("utf16-bom", '{"status":"0"}'.encode("utf-16"), "application/json"),
        ("binary", bytes(range(256)), "application/octet-stream"),
        ("xml-as-json", b'<errors><error status="400">XML Empty</error></errors>', "application/json"),
        ("status-object", b'{"status":{"0":0},"reason":["x"],"data":{}}', "application/json"),
        ("status-null", b'{"status":null,"reason":null,"data":null}', "application/json"),
        ("status-number", b'{"status":-22,"reason":7,"data":null}', "application/json"),
        (
            "error-code-object",
            b'{"error_code":{"a":1},"error_msg":[1],"error":{"code":{}}}',
            "application/json",
        ),
        ("keystone-odd", b'{"error":{"code":null,"message":{"x":1},"title":[]}}', "application/json"),
        (
            "error-body-under-2xx",
            b'{"error_code":"MSGSMS.0009","error_msg":"Template does not exist."}',
            "application/json",
        ),
        (
            "xml-doctype",
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><errors>&x;</errors>',
            "application/xml",
        ),
    ]


STATUSES = (200, 201, 204, 302, 400, 401, 404, 409, 429, 500, 503)


def generic(op: Operation) -> Iterator[Entry]:
    for name, body, content_type in odd_bodies():
        for status in STATUSES:
            headers = {"Content-Type": content_type}
            if 300 <= status < 400:
                headers["Location"] = "http://elsewhere.test/steal"
            if status in (429, 503):
                headers["Retry-After"] = "soon, maybe"
            yield Entry(f"{name}@{status}", status, body, headers)
    yield Entry(
        "gzip-that-is-not",
        200,
        b"{not gzip",
        {"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    yield Entry(
        "odd-headers",
        200,
        b"{}",
        {"Content-Type": b"application/json; charset=\xff\xfe", "X-Request-Id": b"\xff\x00\xc3("},
    )


# -- a valid success payload, from the operation's response model -------------------------------------


def sample(op: Operation) -> Any:
    """A valid success payload of ``op`` with every optional field present and one item per list."""
    model = op.response_model
    assert model is not None
    schema = model.model_json_schema()
    value = _sample(schema, schema.get("$defs", {}))
    model.model_validate(value)  # the harness itself must be right
    return value


def _sample(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    while "$ref" in schema:
        schema = {
            **defs[schema["$ref"].rsplit("/", 1)[-1]],
            **{k: v for k, v in schema.items() if k != "$ref"},
        }
    if "anyOf" in schema:
        present = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _sample(present[0], defs) if present else None
    if "examples" in schema:  # the spec's own example: ITNIO's success status is "0"
        return schema["examples"][0]
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        return {name: _sample(prop, defs) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [_sample(schema["items"], defs)]
    if kind == "integer":
        return max(schema.get("minimum", 1), min(1, schema.get("maximum", 1)))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2025-03-02T08:15:30.123000Z"
        if "pattern" in schema:
            return find(st.from_regex(schema["pattern"], fullmatch=True), lambda _: True)
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "null":
        return None
    raise NotImplementedError(f"response schema not covered by the corpus: {schema}")


def paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*at, index))


def replaced(value: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    out = copy.deepcopy(value)
    node = out
    for step in at[:-1]:
        node = node[step]
    node[at[-1]] = new
    return out


def removed(value: Any, at: tuple[Any, ...]) -> Any:
    out = copy.deepcopy(value)
    node = out
    for step in at[:-1]:
        node = node[step]
    del node[at[-1]]
    return out


def with_extras(value: Any) -> Any:
    """The same payload with a field the spec does not know added to every object."""
    if isinstance(value, dict):
        return {**{k: with_extras(v) for k, v in value.items()}, "vendorAdded": {"nested": [1, "two"]}}
    if isinstance(value, list):
        return [with_extras(v) for v in value]
    return value


def mutations(
    name: str, status: int, valid: Any, *, headers: dict[str, str | bytes] | None = None
) -> Iterator[Entry]:
    """Every field of ``valid`` removed, and replaced by each wrong value, at every level."""
    headers = headers or {"Content-Type": "application/json"}
    for at in paths(valid):
        where = "/".join(map(str, at)) or "(root)"
        if at and isinstance(at[-1], str):
            yield Entry(f"{name}:-{where}", status, _json(removed(valid, at)), headers)
        for wrong in WRONG_VALUES:
            yield Entry(f"{name}:{where}={wrong!r:.20}", status, _json(replaced(valid, at, wrong)), headers)


def json_success(op: Operation) -> Iterator[Entry]:
    if op.response_model is None:
        return
    valid = sample(op)
    headers = {"Content-Type": "application/json"}
    yield Entry("valid", 200, _json(valid), headers, must_succeed=True)
    yield Entry("valid+extra-fields", 200, _json(with_extras(valid)), headers, must_succeed=True)
    yield from mutations("success", 200, valid)


# -- the vendors' error bodies, mutated ---------------------------------------------------------------

ITNIO_FAILURE = {"status": "-22", "reason": "Parameter exception", "data": None}
HUAWEI_ERROR = {"error_code": "MSGSMS.0009", "error_msg": "Template does not exist.", "error_detail": "id=x"}
KEYSTONE_ERROR = {
    "error": {"code": 401, "message": "The username or password is wrong.", "title": "Unauthorized"}
}
IOVOX_ERRORS = [
    b'<errors><error status="400">CallFlow Name does not exist</error></errors>',
    b'<error status="401">HTTP 401: Unauthorized</error>',
    b'<errors><error status="x">m</error><error>no status</error><error status="400"/></errors>',
    b"<errors><error status='400'><b>nested</b>text</error><unknown/></errors>",
    b'<errors vendor="added"><error status="400" code="E1">Call Flow 1 of 2 does not exist</error></errors>',
    b"<errors/>",
    b"<error/>",
    b'<errors><error status="99999999999999999999999">Limit not an integer</error></errors>',
    b'<?xml version="1.0" encoding="no-such-codec"?><errors><error status="400">x</error></errors>',
    b"<errors><error status='400'>" + b"A" * 2_000_000 + b"</error></errors>",
    b'<?xml version="1.0"?><!DOCTYPE errors SYSTEM "http://127.0.0.1:9/x.dtd"><errors/>',
    DEEP_XML.replace(b"response", b"errors"),
    HTML,
    b"\xff\xfe<errors>",
]


def vendor_errors(op: Operation) -> Iterator[Entry]:
    vendor = op.api.vendor
    if vendor == "itnio":
        yield from mutations("failure-envelope", 200, ITNIO_FAILURE)
    elif vendor == "huawei":
        yield from mutations("error-body", 404, HUAWEI_ERROR)
        yield from mutations("keystone-error", 401, KEYSTONE_ERROR)
    elif vendor == "iovox":
        for index, body in enumerate(IOVOX_ERRORS):
            for status in (400, 401, 500):
                yield Entry(
                    f"iovox-error-{index}@{status}", status, body, {"Content-Type": "application/xml"}
                )


# -- XML success bodies (IOVOX getCallFlow) -----------------------------------------------------------

VALID_FLOW = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<response><callFlow name="Call Agent" notes="n">'
    b'<play id="p" label="Welcome"><soundFile soundLabel="s"/></play></callFlow></response>'
)


def xml_success(op: Operation) -> Iterator[Entry]:
    xml = {"Content-Type": "application/xml"}
    yield Entry("xml-valid", 200, VALID_FLOW, xml)
    undeclared = VALID_FLOW.replace(b'label="Welcome"', b'label="Welcome" voice="x"')
    yield Entry(
        "xml-undeclared-attributes", 200, undeclared.replace(b"<response>", b'<response at="1">'), xml
    )
    bodies = {
        "xml-unknown-element": VALID_FLOW.replace(b"</callFlow>", b"<transfer id='t' label='l'/></callFlow>"),
        "xml-unknown-child": VALID_FLOW.replace(b"<soundFile", b"<tts text='x'/><soundFile"),
        "xml-missing-required": VALID_FLOW.replace(b' id="p"', b""),
        "xml-bad-value": VALID_FLOW.replace(
            b"<play",
            b'<call record="maybe" id="c" label="l" destinationPhoneNumber="?" destinationContactId="?" '
            b'sendCallAlert="NONE"></call><play',
        ),
        "xml-wrong-root": VALID_FLOW.replace(b"response>", b"request>"),
        "xml-errors-under-200": b'<errors><error status="400">XML Empty</error></errors>',
        "xml-empty-response": b"<response/>",
        "xml-two-flows": VALID_FLOW.replace(b"</response>", b'<callFlow name="b"/></response>'),
        "xml-text-in-flow": VALID_FLOW.replace(b"<play", b"stray text<play"),
        "xml-namespaced": VALID_FLOW.replace(b"<response>", b'<response xmlns="urn:other">'),
        "xml-dtd": b'<?xml version="1.0"?>\n<!DOCTYPE response>\n' + VALID_FLOW.split(b"\n", 1)[1],
        "xml-entities": (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<response>&b;</response>"
        ),
        "xml-external": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><response>&x;</response>',
        "xml-deep": DEEP_XML,
        "xml-oversize": VALID_FLOW + b"<!--" + b"x" * (1024 * 1024) + b"-->",
        "xml-truncated": VALID_FLOW[:-20],
        "xml-latin1-lie": VALID_FLOW.replace(b'notes="n"', b'notes="caf\xe9"'),
        "xml-utf16": VALID_FLOW.replace(b"utf-8", b"utf-16"),
        "xml-control-char": VALID_FLOW.replace(b'notes="n"', b'notes="\x01"'),
        "xml-huge-attempts": VALID_FLOW.replace(
            b"</callFlow>",
            b'<timeBased id="t" label="l"><eventHandlers><failure id="f" label="l" attempts="'
            + b"9" * 5000
            + b'"/></eventHandlers></timeBased></callFlow>',
        ),
    }
    for name, body in bodies.items():
        yield Entry(name, 200, body, xml)
        yield Entry(name + "-as-json", 200, body, {"Content-Type": "application/json"})


def corpus(op: Operation) -> Iterator[Entry]:
    yield from generic(op)
    yield from json_success(op)
    yield from vendor_errors(op)
    yield from xml_success(op)
