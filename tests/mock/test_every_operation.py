"""Every operation of every spec is served by the mock, found from the generated spec modules (no hand
list): a valid request (the spec's example, with prerequisite state made through the create operation of
the same resource) succeeds with an answer that validates against the spec's response model, and an
invalid one gets a code the operation documents. A spec operation without a route, or a route without a
spec operation, fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from commspec._response import parse
from commspec._spec import Operation
from commspec.mock import MockServer
from tests.mock.wire import (
    PROJECT,
    Answer,
    asgi,
    concrete_path,
    credentials_for,
    fixed_query,
    spec_operations,
    token_request,
)

SPECS = Path(__file__).parents[2] / "specs"
OPERATIONS = list(spec_operations())
JSON_OPERATIONS = [op for op in OPERATIONS if op.api.vendor != "iovox"]  # IOVOX: XML, its own fake


def spec_docs() -> dict[tuple[str, str], dict[str, Any]]:
    docs = {}
    for path in sorted(SPECS.glob("*/*.openapi.yaml")):
        doc = yaml.safe_load(path.read_text())
        docs[(doc["x-commspec"]["vendor"], doc["x-commspec"]["api"])] = doc
    return docs


DOCS = spec_docs()


def raw_operation(operation: Operation) -> dict[str, Any]:
    doc = DOCS[(operation.api.vendor, operation.api.api)]
    for item in doc["paths"].values():
        for raw in item.values():
            if isinstance(raw, dict) and raw.get("operationId") == operation.name:
                return raw
    raise AssertionError(f"{operation.qualified_name}: not in its spec")


def example_body(operation: Operation) -> Any:
    if operation.qualified_name == "huawei.tokens_create":
        return json.loads(token_request())  # the spec's example has illustrative credentials
    content = raw_operation(operation).get("requestBody", {}).get("content", {})
    media = next(iter(content.values()), None)
    if media is None:
        return None
    return json.loads(json.dumps(next(iter(media["examples"].values()))["value"]))


def documented_codes(operation: Operation) -> set[str]:
    return set(raw_operation(operation).get("x-commspec-errors") or operation.api.codes)


def send(
    server: MockServer, operation: Operation, body: Any, key: Any = None, *, auth: bool = True
) -> Answer:
    path = concrete_path(operation, str(key) if key is not None else "1")
    return asgi(
        server,
        operation.method,
        path,
        query=fixed_query(operation),
        headers=credentials_for(server, operation) if auth else [],
        body=b"" if body is None else json.dumps(body).encode(),
    )


def code_of(operation: Operation, answer: Answer) -> str:
    data = answer.json()
    if operation.api.vendor == "itnio":
        return str(data["status"])
    if operation.api.api == "iam":
        return str(data["error"]["code"])
    return str(data["error_code"])


def succeeded(operation: Operation, answer: Answer) -> Any:
    """The answer's payload, checked against the operation's response model."""
    assert answer.status < 300, (operation.qualified_name, answer.status, answer.body)
    if not answer.body:
        return None
    payload = answer.json()
    if operation.api.vendor == "itnio":
        assert payload["status"] == "0", (operation.qualified_name, payload)
    model = operation.response_model
    if model is not None:
        parse(operation, payload, model)
    return payload.get("data", payload) if isinstance(payload, dict) else payload


def sibling(operation: Operation, resource: str, action: str, to_states: tuple[str, ...] = ()) -> Operation:
    for other in OPERATIONS:
        effect = other.effect
        same = other.api is operation.api and effect and effect.resource == resource
        if same and effect.action == action and (not to_states or effect.to_state in to_states):
            return other
    raise AssertionError(f"{operation.qualified_name}: no {action} operation for {resource}")


def prepare(server: MockServer, operation: Operation) -> tuple[Any, Any]:
    """(body, key) of a valid request: an existing object in a state the operation accepts."""
    body = example_body(operation)
    effect = operation.effect
    if effect is None or effect.action in ("create", "list", "vendor"):
        return body, None
    assert effect.resource is not None
    resource = operation.api.mock_resources[effect.resource]
    create = sibling(operation, effect.resource, "create")
    created_body = example_body(create)
    created = succeeded(create, send(server, create, created_body))
    key = created if not isinstance(created, dict) else created[resource.key]
    partition = created_body.get(resource.partition) if resource.partition else None
    if effect.action == "transition":
        initial = (create.effect.defaults if create.effect else {}).get(resource.state or "")
        if initial not in effect.from_states:
            before = sibling(operation, effect.resource, "transition", effect.from_states)
            succeeded(before, send(server, before, aimed(before, example_body(before), key, partition), key))
    return aimed(operation, body, key, partition), key


def aimed(operation: Operation, body: Any, key: Any, partition: Any) -> Any:
    """``body`` naming the object ``key`` (when the key travels in the body) of ``partition``."""
    effect = operation.effect
    if not isinstance(body, dict) or effect is None:
        return body
    if effect.key not in operation.path_params:
        body[str(effect.key)] = key
    resource = operation.api.mock_resources[str(effect.resource)]
    if resource.partition and resource.partition in body:
        body[resource.partition] = partition
    return body


def test_every_spec_operation_has_a_route_and_every_route_a_spec_operation() -> None:
    served = {route.operation.qualified_name for router in MockServer().routers for route in router.routes}
    assert served == {op.qualified_name for op in OPERATIONS}
    assert {(op.api.vendor, op.api.api) for op in OPERATIONS} == set(DOCS)  # every spec is generated


@pytest.mark.parametrize("operation", JSON_OPERATIONS, ids=lambda op: op.qualified_name)
def test_a_valid_request_succeeds_with_the_specs_answer(operation: Operation) -> None:
    server = MockServer()
    body, key = prepare(server, operation)
    succeeded(operation, send(server, operation, body, key))
    assert server.state()["internal_errors"] == []


@pytest.mark.parametrize("operation", JSON_OPERATIONS, ids=lambda op: op.qualified_name)
def test_an_invalid_request_gets_a_documented_code(operation: Operation) -> None:
    server = MockServer()
    if operation.body_model is not None:
        answer = send(server, operation, {}, "999999")  # required fields missing
    elif operation.path_params and operation.path_params != ("project_id",):
        answer = send(server, operation, None, "999999")  # no such object
    else:
        answer = send(server, operation, None, auth=False)
    assert code_of(operation, answer) in documented_codes(operation), answer.body
    assert server.state()["internal_errors"] == []


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op not in JSON_OPERATIONS], ids=str)
def test_iovox_operations_are_answered_by_its_fake(operation: Operation) -> None:
    answer = send(MockServer(), operation, None, "flow")
    assert answer.status not in (404, 405, 500), answer.body
    assert PROJECT not in operation.path
