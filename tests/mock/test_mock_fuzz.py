"""Property: whatever a client sends to any route of any vendor (headers of any bytes, any query, any
path id, any body), the mock answers below 500 and no exception escapes a vendor fake (which the safety
net would turn into the vendor's server error: ``internal_errors`` catches those, ITNIO's come with 200).

Requests mostly carry valid credentials, so that they get past authentication into parsing, validation
and state; the parameter names and body fields are the spec's own, so the values land where they count."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commspec._spec import Operation
from commspec.mock import MockServer
from commspec.mock._faults import FAULT_KINDS, MAX_DELAY
from tests.mock.wire import (
    JSON,
    XML_FLOW,
    asgi,
    concrete_path,
    credentials_for,
    itnio_headers,
    nested_calls,
    spec_operations,
)

OPERATIONS = list(spec_operations())
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

text = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)  # no lone surrogates: not on a wire
numbers_as_text = st.one_of(
    st.integers(-(10**25), 10**25).map(str),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.sampled_from(["²", "١٢٣", "1_0", " 1", "1e3", "0x10", "-0", "", "NaN", "+5", "９"]),
)
values = st.one_of(text, numbers_as_text)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    text,
    numbers_as_text,
)


def body_fields(operation: Operation) -> list[str]:
    model = operation.body_model
    return sorted(model.model_fields) if model is not None else []


def json_values(keys: list[str]) -> st.SearchStrategy[Any]:
    key = st.one_of(st.sampled_from(keys), text) if keys else text
    return st.recursive(
        json_scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(key, inner, max_size=6),
        max_leaves=20,
    )


def bodies(operation: Operation) -> st.SearchStrategy[bytes]:
    """Any bytes, JSON keyed by the operation's own body fields, deep JSON, and call flow XML (valid,
    misnamed, too deep); the vendor's own format three times as often as the other."""
    keys = body_fields(operation)
    json_bodies = [
        json_values(keys).map(lambda v: json.dumps(v).encode()),
        st.dictionaries(st.sampled_from(keys) if keys else text, json_values(keys), max_size=8).map(
            lambda v: json.dumps(v).encode()
        ),
        st.integers(90, 120_000).map(lambda n: b"[" * n + b"]" * n),
        st.integers(90, 120_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    ]
    xml_bodies = [
        st.builds(lambda n: XML_FLOW.replace("{name}", n).encode(), text),
        st.builds(lambda n: XML_FLOW.replace("{name}", "x" * n).encode(), st.integers(200, 300)),
        st.integers(1, 400).map(nested_calls),
    ]
    own, other = (xml_bodies, json_bodies) if operation.api.vendor == "iovox" else (json_bodies, xml_bodies)
    choices = [st.binary(max_size=120), *own, *own, *own, *other]
    return st.integers(0, len(choices) - 1).flatmap(lambda i: choices[i])


def queries(operation: Operation) -> st.SearchStrategy[bytes]:
    names = [*operation.query_params, *operation.fixed_query, *operation.path_params, "page", "limit", "id"]
    fixed = st.sampled_from([dict(operation.fixed_query)] * 7 + [{}])  # mostly the operation's own
    extra = st.dictionaries(st.sampled_from(names) | text, values, max_size=3)
    encoded = st.builds(lambda f, e: str(httpx.QueryParams({**e, **f})).encode(), fixed, extra)
    return st.integers(0, 7).flatmap(lambda n: encoded if n else st.binary(max_size=60))


# Built once: building hypothesis strategies per example costs more than the requests themselves.
BODIES = {operation.name: bodies(operation) for operation in OPERATIONS}
QUERIES = {operation.name: queries(operation) for operation in OPERATIONS}


header_names = st.sampled_from(
    [b"api-key", b"timestamp", b"sign", b"x-auth-token", b"username", b"securekey", b"content-type", b"x-a"]
)


extra_headers = st.lists(st.tuples(header_names, st.binary(max_size=30)), max_size=3)
path_ids = st.one_of(st.just("1"), values.filter(lambda v: "/" not in v))


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield MockServer()


@pytest.fixture(scope="module")
def credentials(server: MockServer) -> dict[str, list[tuple[bytes, bytes]]]:
    """Valid credentials per operation (one IAM token for the module; ITNIO's are re-signed per example)."""
    return {operation.name: credentials_for(server, operation) for operation in OPERATIONS}


@SETTINGS
@given(data=st.data())
def test_no_request_makes_the_mock_fail(
    server: MockServer, credentials: dict[str, list[tuple[bytes, bytes]]], data: st.DataObject
) -> None:
    operation = data.draw(st.sampled_from(OPERATIONS))
    methods = [operation.method] * 12 + [*operation.also_accepts, "GET", "POST", "PUT", "DELETE"]
    method = data.draw(st.sampled_from(methods))
    path = concrete_path(operation, data.draw(path_ids))
    signed_in = data.draw(st.integers(0, 7), "signed in") > 0
    headers = credentials[operation.name] if signed_in else []
    if operation.api.vendor == "itnio" and headers:  # a fresh signature, or any Timestamp bytes signed
        timestamp = data.draw(st.none() | st.binary(min_size=1, max_size=30))
        headers = itnio_headers(timestamp)
    headers = [*headers, *data.draw(extra_headers)]
    query, body = data.draw(QUERIES[operation.name]), data.draw(BODIES[operation.name])
    answer = asgi(server, method, path, query=query, headers=headers, body=body)
    assert answer.status < 500, (answer.status, answer.body[:300])
    assert server.internal_errors == []


field_values = st.one_of(
    json_scalars,
    st.lists(json_scalars, max_size=2),
    st.dictionaries(text, json_scalars, max_size=2),
)


def half(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Half the time a plausible value for the field, half the time anything at all."""
    return st.booleans().flatmap(lambda yes: plausible if yes else field_values)


faults = st.one_of(
    st.fixed_dictionaries(
        {"kind": half(st.sampled_from(sorted(FAULT_KINDS)))},
        optional={
            "operation": half(st.none() | st.sampled_from(sorted({op.name for op in OPERATIONS}))),
            "status": half(st.integers(-1000, 100_000)),
            "retry_after": half(st.none() | st.floats()),
            "delay": half(st.floats()),
            "count": half(st.none() | st.integers(-3, 3)),
            "probability": half(st.floats()),
            "colour": field_values,
        },
    ),
    field_values,
)


@SETTINGS
@given(fault=faults)
def test_no_fault_definition_makes_the_control_api_fail(server: MockServer, fault: Any) -> None:
    server.faults.clear()
    answer = asgi(server, "POST", "/_mock/faults", headers=JSON, body=json.dumps(fault).encode())
    assert answer.status in (201, 400), answer.body
    if answer.status == 400:
        assert server.faults.snapshot() == []
        return
    (stored,) = server.faults.snapshot()  # accepted: then every field is one the mock can act on
    assert stored["kind"] in FAULT_KINDS
    assert stored["operation"] is None or stored["operation"] in {op.name for op in OPERATIONS}
    assert type(stored["status"]) is int and 400 <= stored["status"] <= 599
    assert stored["count"] is None or (type(stored["count"]) is int and stored["count"] >= 1)
    for name, high in (("delay", MAX_DELAY), ("probability", 1), ("retry_after", math.inf)):
        value = stored[name]
        assert (name == "retry_after" and value is None) or (
            type(value) in (int, float) and 0 <= value <= high and math.isfinite(value)
        ), (name, value)
