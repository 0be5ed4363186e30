"""Every operation of every spec is served by the mock, found from the generated spec modules (no hand
list): a valid request (the spec's example, with prerequisite state made through the create operation of
the same resource) succeeds with an answer that validates against the spec's response model (IOVOX's
XML: the typed response, naming the object asked for), and an invalid one gets a code the operation
documents. A spec operation without a route, or a route without a spec operation, fails."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from commspec._multipart import UploadFile, encode_multipart
from commspec._pipeline import encode_form
from commspec._response import parse
from commspec._spec import Operation
from commspec._xml_binding import parse_xml
from commspec.mock import MockServer
from commspec_generated.iovox_callflow_xml import Response
from tests.mock.wire import (
    Answer,
    asgi,
    concrete_path,
    credentials_for,
    seed_sms_template,
    spec_operations,
    token_request,
)

SPECS = Path(__file__).parents[2] / "specs"
OPERATIONS = list(spec_operations())
XML_NAME = re.compile(r'(<callFlow name=")[^"]*(")')  # the key of an IOVOX body: the flow's name


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
    raw = raw_operation(operation)
    doc = DOCS[(operation.api.vendor, operation.api.api)]
    by_response = set()
    for response in raw.get("responses", {}).values():  # IOVOX documents its strings per response
        ref = response.get("$ref", "")
        found = doc["components"]["responses"][ref.rsplit("/", 1)[1]] if ref else response
        by_response.update(found.get("x-commspec-errors", ()))
    return set(raw.get("x-commspec-errors") or by_response or operation.api.codes)


def send(
    server: MockServer, operation: Operation, body: Any, key: Any = None, *, auth: bool = True
) -> Answer:
    path = concrete_path(operation, str(key) if key is not None else "1")
    query = dict(operation.fixed_query)
    effect = operation.effect
    if key is not None and effect is not None and effect.key in operation.query_params:
        query[effect.key] = str(key)  # IOVOX names the object in the query
    return asgi(
        server,
        operation.method,
        path,
        query=str(httpx.QueryParams(query)).encode(),
        headers=with_content_type(credentials_for(server, operation) if auth else [], operation, body),
        body=wire_body(operation, body),
    )


BOUNDARY = "commspec-every-operation"


def multipart_of(operation: Operation, body: dict[str, Any]) -> tuple[bytes, str]:
    """A multipart body of the example: each file part's example text as the file's bytes."""
    files = {
        k: UploadFile(f"{k}.bin", str(v).encode()) if k in operation.files else v for k, v in body.items()
    }
    return encode_multipart(files, BOUNDARY)


def with_content_type(
    headers: list[tuple[bytes, bytes]], operation: Operation, body: Any
) -> list[tuple[bytes, bytes]]:
    """A multipart body's Content-Type (with its boundary) in place of the credentials' JSON one."""
    if not (operation.files and isinstance(body, dict)):
        return headers
    kept = [(k, v) for k, v in headers if k.lower() != b"content-type"]
    return [*kept, (b"content-type", multipart_of(operation, body)[1].encode())]


def wire_body(operation: Operation, body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    if operation.files and isinstance(body, dict):
        return multipart_of(operation, body)[0]
    if operation.form_encoding and isinstance(body, dict):
        return encode_form(operation, body)[0]
    return json.dumps(body).encode()


def code_of(operation: Operation, answer: Answer) -> str:
    if operation.api.vendor == "iovox":  # <errors><error status="…">string</error>…: the first string
        strings = re.findall(r"<error status=\"\d+\">([^<]*)</error>", answer.body.decode())
        code = strings[0]
        patterned = [c for c, p in operation.api.code_patterns.items() if re.fullmatch(p, code)]
        return patterned[0] if patterned else code
    data = answer.json()
    if operation.api.vendor == "itnio":
        return str(data["status"])
    if operation.api.api == "iam":
        return str(data["error"]["code"])
    if operation.api.api == "sms":
        return str(data["code"])
    return str(data["error_code"])


def succeeded(operation: Operation, answer: Answer, key: Any = None) -> Any:
    """The answer's payload, checked against the operation's response model (IOVOX's XML flow: parsed
    into the typed response, naming ``key``)."""
    assert answer.status < 300, (operation.qualified_name, answer.status, answer.body)
    assert answer.status == operation.success_status, (operation.qualified_name, answer.status)
    if not answer.body:
        return None
    if operation.responses.get(answer.status) == "application/xml":
        flow = parse_xml(answer.body, Response).call_flow
        assert flow is not None and flow.name == key and flow.rules, answer.body
        return flow
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


def with_references(server: MockServer, operation: Operation, body: Any, made: dict[str, Any]) -> Any:
    """``body`` whose ``refers`` arguments (a template's ``appId``) name objects made here first, through
    the create operation of the referred resource (its own references made likewise), one per resource
    (``made``: resource -> key), so that a send's template belongs to its application."""
    effect = operation.effect
    if effect is None or not isinstance(body, dict):
        return body
    for name, resource_name in effect.refers.items():
        if body.get(name) is None:
            continue  # an optional reference the example leaves out
        if resource_name not in made:
            create = sibling(operation, resource_name, "create")
            created_body = with_references(server, create, example_body(create), made)
            created = succeeded(create, send(server, create, created_body))
            made[resource_name] = created[operation.api.mock_resources[resource_name].key]
        body[name] = made[resource_name]
    return body


def referred_in_path(server: MockServer, operation: Operation, made: dict[str, Any]) -> Any:
    """The key of an object made for a ``refers`` path argument (a template whose variables are read),
    or None when the operation refers to nothing in its path."""
    for name in operation.effect.refers if operation.effect else {}:
        if name in operation.path_params:
            return with_references(server, operation, {name: "made-here"}, made)[name]
    return None


def prepare(server: MockServer, operation: Operation) -> tuple[Any, Any]:
    """(body, key) of a valid request: an existing object in a state the operation accepts."""
    made: dict[str, Any] = {}
    body = with_references(server, operation, example_body(operation), made)
    effect = operation.effect
    if operation.api.api == "sms":  # sending needs an approved template taking the example's variables
        for group in body.get("smsContent", [body]):
            variables = "".join(f"${{{n}}}" for n in range(len(group.get("templateParas", []))))
            seed_sms_template(server, group["templateId"], f"Code {variables}")
    if effect is not None and effect.action == "vendor":
        return body, referred_in_path(server, operation, made)
    if effect is None or effect.action in ("create", "list"):
        return body, None
    assert effect.resource is not None
    resource = operation.api.mock_resources[effect.resource]
    create = sibling(operation, effect.resource, "create")
    created_body = with_references(server, create, example_body(create), made)
    created = succeeded(create, send(server, create, created_body))
    if isinstance(created_body, str):  # a key the caller names (IOVOX's flow name in the XML)
        found = XML_NAME.search(created_body)
        assert found is not None and created is None
        key = created_body[found.end(1) : found.start(2)]
        return aimed(operation, body, key, None), key
    key = created if not isinstance(created, dict) else created[resource.key]
    partition = created_body.get(resource.partition) if resource.partition else None
    initial = (create.effect.defaults if create.effect else {}).get(resource.state or "")
    if effect.action == "transition" and initial not in effect.from_states:
        try:
            before = sibling(operation, effect.resource, "transition", effect.from_states)
        except AssertionError:  # no operation leads there (a reviewer's decision): set the state
            reviewed(server, operation, key, effect.from_states[0])
        else:
            succeeded(before, send(server, before, aimed(before, example_body(before), key, partition), key))
    if effect.action == "update" and effect.states and initial not in effect.states:
        reviewed(server, operation, key, next(iter(effect.states)))  # the first state that may be updated
    return aimed(operation, body, key, partition), key


def reviewed(server: MockServer, operation: Operation, key: Any, state: str) -> None:
    """Put the object ``key`` in ``state``, as the vendor's reviewer would (no API operation does it)."""
    effect = operation.effect
    assert effect is not None and effect.resource is not None
    resource = operation.api.mock_resources[effect.resource]
    for backend in server.backends:
        store = server.backend(backend)
        for items in getattr(store, "items", {}).get(effect.resource, {}).values():
            if key in items:
                items[key][str(resource.state)] = state
                return
    raise AssertionError(f"{operation.qualified_name}: no {effect.resource} {key} to review")


def aimed(operation: Operation, body: Any, key: Any, partition: Any) -> Any:
    """``body`` naming the object ``key`` (when the key travels in the body) of ``partition``."""
    effect = operation.effect
    if isinstance(body, str):
        return XML_NAME.sub(lambda m: f"{m[1]}{key}{m[2]}", body)
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


def test_every_operation_has_an_effect_for_the_engine() -> None:
    assert [op.qualified_name for op in OPERATIONS if op.effect is None] == []


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.qualified_name)
def test_a_valid_request_succeeds_with_the_specs_answer(operation: Operation) -> None:
    server = MockServer()
    body, key = prepare(server, operation)
    succeeded(operation, send(server, operation, body, key), key)
    assert server.state()["internal_errors"] == []


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.qualified_name)
def test_an_invalid_request_gets_a_documented_code(operation: Operation) -> None:
    server = MockServer()
    effect = operation.effect
    if operation.api.vendor == "iovox" and effect is not None and effect.key:
        answer = send(server, operation, None, "999999")  # no XML body, or no such flow
    elif operation.body_model is not None:
        answer = send(server, operation, {}, "999999")  # required fields missing
    elif operation.path_params and operation.path_params not in (("project_id",), ("interface",)):
        answer = send(server, operation, None, "999999")  # no such object
    else:
        answer = send(server, operation, None, auth=False)
    assert operation.api.success_code is not None or answer.status >= 400, answer.body  # ITNIO: all 200
    assert code_of(operation, answer) in documented_codes(operation), answer.body
    assert server.state()["internal_errors"] == []
