"""Normalise a hand-written spec before the third-party generators see it.

Both generators have gaps that would silently lose facts (found on this machine):
- openapi-python-client 0.29.1 collapses ``allOf: [$ref] + properties`` to the referenced schema,
  dropping the extra properties (TaskEdit lost ``jobId``): we flatten ``allOf`` ourselves.
- datamodel-code-generator 0.89.0 does not enforce int32/int64 ranges: we write them as bounds.
- datamodel-code-generator turns ``format: password`` into ``SecretStr``, which dumps as ``**********``:
  validation models must hand back the value that is sent, so that format is dropped for them (the
  client never logs bodies, and reprs of credentials hide the password on their own).
- Neither validates path/query parameters: we add one ``<OperationId>Params`` schema per operation
  (for the validation models only), so the client and the mock check parameters like bodies.
- datamodel-code-generator names an inline object after its property (``Response``), which collides
  across schemas and with the XML bindings: inline objects become components named after their owner
  (``CallFlowsPageResponse``), the name the public models keep.
- A nullable primitive written ``anyOf: [{type: integer}, {type: 'null'}]`` becomes a ``RootModel``
  that callers would have to unwrap (``.root``): it is rewritten as ``type: [integer, 'null']``.
- Success answers are validated against the response schema (commspec._response). An envelope whose
  ``data`` is null on failure must carry it on success: such operations get an
  ``<OperationId>Response`` schema, the envelope with ``data`` required and not null.
"""

from __future__ import annotations

import copy
from typing import Any

INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def pascal_case(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema``, or the schema its ``$ref`` names (followed until there is none)."""
    while "$ref" in schema:
        schema = _resolve(doc, schema["$ref"])
    return schema


def _resolve(doc: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def _flatten_all_of(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("allOf", "unevaluatedProperties")}
    properties: dict[str, Any] = {}
    required: list[str] = []
    rules: list[Any] = []
    for part in [*schema["allOf"], {"properties": schema.get("properties", {})}]:
        part_schema = _flatten_all_of(doc, _resolve(doc, part["$ref"]) if "$ref" in part else part)
        properties.update(part_schema.get("properties", {}))
        required += [name for name in part_schema.get("required", []) if name not in required]
        rules += part_schema.get("x-commspec-rules", [])
    merged["type"] = "object"
    merged["properties"] = properties
    merged["required"] = required + [n for n in schema.get("required", []) if n not in required]
    if rules or "x-commspec-rules" in schema:
        merged["x-commspec-rules"] = [
            *rules,
            *[r for r in schema.get("x-commspec-rules", []) if r not in rules],
        ]
    if schema.get("unevaluatedProperties") is False:
        merged["additionalProperties"] = False
    return merged


def flatten(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``allOf`` parts merged into one object schema."""
    return _flatten_all_of(doc, schema)


def _bound_integers(node: Any) -> None:
    if isinstance(node, dict):
        bounds = INT_BOUNDS.get(node.get("format", "")) if node.get("type") == "integer" else None
        if bounds:
            node.setdefault("minimum", bounds[0])
            node.setdefault("maximum", bounds[1])
        for value in node.values():
            _bound_integers(value)
    elif isinstance(node, list):
        for value in node:
            _bound_integers(value)


def argument_name(operation: dict[str, Any], wire_name: str) -> str:
    """The Python argument of the generated method for the parameter ``wire_name``: its
    ``x-commspec-argument.name``, else the wire name made an identifier. The one derivation: the
    resource templates declare it, the spec module maps wire names to it (``Operation.arguments``)."""
    from openapi_python_client.strings import PythonIdentifier

    found = [p for p in operation.get("parameters", []) if p.get("name") == wire_name]
    named = found[0].get("x-commspec-argument", {}).get("name") if found else None
    return str(named or PythonIdentifier(wire_name, prefix="field_"))


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in spec order."""
    return [
        (path, method, operation)
        for path, item in doc.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def _hoist_inline_objects(schemas: dict[str, Any], owner: str, schema: dict[str, Any]) -> None:
    for prop, sub in list(schema.get("properties", {}).items()):
        is_array = sub.get("type") == "array" and isinstance(sub.get("items"), dict)
        inner = sub["items"] if is_array else sub
        if inner.get("type") != "object" or "properties" not in inner:
            continue
        name = owner + pascal_case(prop[:1].upper() + prop[1:]) + ("Item" if is_array else "")
        if name in schemas:
            raise ValueError(f"inline object {owner}.{prop}: a schema named {name} exists already")
        schemas[name] = inner
        _hoist_inline_objects(schemas, name, inner)
        ref = {"$ref": f"#/components/schemas/{name}"}
        if is_array:
            sub["items"] = ref
        else:
            schema["properties"][prop] = {
                **ref,
                **({"description": sub["description"]} if "description" in sub else {}),
            }


def _nullable_primitives(node: Any) -> None:
    if isinstance(node, dict):
        branches = node.get("anyOf")
        if isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
            other = next(b for b in branches if b != {"type": "null"})
            if other.get("type") in ("string", "integer", "number", "boolean") and "enum" not in other:
                del node["anyOf"]
                node.update({**other, "type": [other["type"], "null"]})
        for value in node.values():
            _nullable_primitives(value)
    elif isinstance(node, list):
        for value in node:
            _nullable_primitives(value)


def _normalised(doc: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    schemas = out.get("components", {}).get("schemas", {})
    for name in list(schemas):
        schemas[name] = _flatten_all_of(out, schemas[name])
    for name in list(schemas):
        _hoist_inline_objects(schemas, name, schemas[name])
    _bound_integers(out)
    _nullable_primitives(out)
    return out


def schema_names(doc: dict[str, Any]) -> list[str]:
    """The spec's own schemas (inline objects named as their owner's), before any derived for validation."""
    return list(_normalised(doc).get("components", {}).get("schemas", {}))


def for_client(doc: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client should see it: it renders the resource classes only (the models
    calls return are the validation models), so closed objects stay closed."""
    return _normalised(doc)


def _drop_password_format(node: Any) -> None:
    """``format: password`` (a secret: an IAM password, an OTP code) becomes ``repr: false``: the model
    field stays a plain ``str`` and is left out of the model's repr."""
    if isinstance(node, dict):
        if node.get("format") == "password":
            del node["format"]
            node["repr"] = False
        for value in node.values():
            _drop_password_format(value)
    elif isinstance(node, list):
        for value in node:
            _drop_password_format(value)


def success_schema(
    doc: dict[str, Any], operation: dict[str, Any]
) -> tuple[str | None, dict[str, Any] | None]:
    """(name of the schema a success answer must match, that schema when derived here, else None).

    The first 2xx JSON response of the operation. With ``x-commspec.envelope-data`` the envelope's
    data field is required and not null on success, unless ``x-commspec-nullable-data`` says it may be.
    """
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        if "$ref" in response:
            response = _resolve(doc, response["$ref"])
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            break
    else:
        return None, None
    derived_name = pascal_case(operation["operationId"]) + "Response"
    name = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else derived_name
    data = doc.get("x-commspec", {}).get("envelope-data")
    if not data or operation.get("x-commspec-nullable-data"):
        return name, None if "$ref" in schema else schema
    envelope = _flatten_all_of(doc, _resolve(doc, schema["$ref"]) if "$ref" in schema else schema)
    field = envelope.get("properties", {}).get(data, {})
    present = [branch for branch in field.get("anyOf", [field]) if branch.get("type") != "null"]
    if isinstance(field.get("type"), list):  # `type: [integer, "null"]` (see _nullable_primitives)
        types = [t for t in field["type"] if t != "null"]
        present = [{**field, "type": types[0]}] if len(types) == 1 else []
    if len(present) != 1:  # data is always null (taskStart): nothing more to require
        return name, None if "$ref" in schema else schema
    return derived_name, {
        **envelope,
        "properties": {**envelope["properties"], data: present[0]},
        "required": [
            *envelope.get("required", []),
            *([] if data in envelope.get("required", []) else [data]),
        ],
    }


def for_validation(doc: dict[str, Any]) -> dict[str, Any]:
    """The spec as datamodel-code-generator should see it: plus one Params schema per operation, and
    the success schemas that ``success_schema`` derives."""
    out = _normalised(doc)
    _drop_password_format(out)
    schemas = out.setdefault("components", {}).setdefault("schemas", {})
    for _path, _method, operation in operations(out):
        name, derived = success_schema(out, operation)
        if name is not None and derived is not None:
            if name in schemas:  # a hand-written schema must never be replaced silently
                raise ValueError(f"schema {name} is in the spec: rename it, the generator derives that name")
            schemas[name] = derived
        params = [p for p in operation.get("parameters", []) if p.get("in") in ("path", "query")]
        if not params:
            continue
        schemas[pascal_case(operation["operationId"]) + "Params"] = {
            "type": "object",
            "additionalProperties": False,
            "required": [p["name"] for p in params if p.get("required")],
            "properties": {p["name"]: p["schema"] for p in params},
        }
    return out


def nested_request_schemas(spec: dict[str, Any]) -> list[str]:
    """Names of the object schemas a caller may pass as a nested argument (and all they refer to)."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: dict[str, None] = {}

    def refs(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found[name] = None
                    refs(schemas[name])
            for value in node.values():
                refs(value)
        elif isinstance(node, list):
            for value in node:
                refs(value)

    for _path, _method, operation in operations(spec):
        media = request_media(operation)
        if not media:
            continue
        body = resolve(spec, media["schema"])
        flatten = operation.get("x-commspec-flatten", [])
        for name, prop in body.get("properties", {}).items():
            if name in flatten:
                for sub in resolve(spec, prop).get("properties", {}).values():
                    refs(sub)
            else:
                refs(prop)
    return sorted(name for name in found if resolve(spec, schemas[name]).get("type") == "object")


# The request media types a generated method builds from keyword arguments (a body object's fields).
FIELD_BODY_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


def request_media(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The media type object of the operation's JSON, form or multipart body, or None."""
    content = operation.get("requestBody", {}).get("content", {})
    return next((content[kind] for kind in FIELD_BODY_TYPES if kind in content), None)
