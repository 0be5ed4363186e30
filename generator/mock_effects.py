"""The mock's behaviour as data: ``x-commspec.mock-resources`` and each operation's ``x-commspec-mock``
(specs/README.md), normalised for ``spec.py`` (``MockResource``, ``Operation.effect``).

What the answer carries is read from the operation's success schema (the envelope's data for ITNIO), so
the mock answers with the fields the spec declares; the body schema gives the fields an update writes
and the defaults an effect takes from the schema.
"""

from __future__ import annotations

from typing import Any

from generator import preprocess
from generator.openapi_client import GenerationFailed

ACTIONS = ("create", "retrieve", "list", "update", "delete", "transition", "vendor")
ANSWERS = ("item", "key", "items", "page", "nothing")
MATCHES = ("equals", "contains")
# Vendors whose fake is not yet served by the engine: their operations may lack x-commspec-mock. The
# IOVOX fake is hand-written until it is ported; remove it here then, and every operation must say.
NOT_ON_ENGINE = frozenset({"iovox"})


def resources(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for name, spec in sorted(doc.get("x-commspec", {}).get("mock-resources", {}).items()):
        partition = spec.get("partition", "scope")
        partition = {} if partition == "scope" else partition
        ids = spec.get("ids", "uuid")
        unique = spec.get("unique", {})
        out[name] = {
            "name": name,
            "key": spec["key"],
            "not_found": str(spec["not-found"]),
            "first_id": None if ids == "uuid" else int(ids["counter"]),
            "partition": partition.get("argument"),
            "partition_known": partition.get("known"),
            "partition_unknown": str(partition["unknown"]) if "unknown" in partition else None,
            "unique": tuple(unique.get("fields", ())),
            "unique_code": str(unique["code"]) if "code" in unique else None,
            "unique_on_update": bool(unique.get("on-update", True)),
            "state": spec.get("state"),
            "ceilings": tuple((c["field"], c["setting"], str(c["code"])) for c in spec.get("ceilings", ())),
        }
    return out


def effect(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's effect, checked; ``None`` only for a vendor not yet on the engine."""
    name = operation["operationId"]
    spec = operation.get("x-commspec-mock")
    x = doc.get("x-commspec", {})
    if spec is None:
        if x.get("vendor") in NOT_ON_ENGINE:
            return None
        raise GenerationFailed(f"{name}: x-commspec-mock is required (what does the mock do with it?)")
    action = spec.get("action")
    if action not in ACTIONS:
        raise GenerationFailed(f"{name}: x-commspec-mock.action must be one of {', '.join(ACTIONS)}")
    if action == "vendor":
        return {"action": action}
    resource = spec.get("resource")
    if resource not in x.get("mock-resources", {}):
        raise GenerationFailed(
            f"{name}: x-commspec-mock.resource {resource!r} is not in x-commspec.mock-resources"
        )
    answer = spec.get("answer", "nothing")
    if answer not in ANSWERS:
        raise GenerationFailed(f"{name}: x-commspec-mock.answer must be one of {', '.join(ANSWERS)}")
    if action in ("retrieve", "update", "delete", "transition") and "key" not in spec:
        raise GenerationFailed(f"{name}: x-commspec-mock.key is required for {action}")
    body = _body_schema(doc, operation)
    shape = _answer_schema(doc, operation, answer)
    out: dict[str, Any] = {
        "action": action,
        "resource": resource,
        "key": spec.get("key"),
        "partition": spec.get("partition"),
        "answer": answer,
        "defaults": _defaults(name, spec.get("defaults", {}), body),
    }
    if answer in ("item", "page"):
        out["fields"], out["fill"] = _fields(doc, shape)
    if answer == "items":
        out["item_fields"], out["item_fill"] = _fields(doc, preprocess.resolve(doc, shape.get("items", {})))
    if answer == "page":
        items = operation.get("x-commspec-pagination", {}).get("items")
        if items not in out["fields"]:
            raise GenerationFailed(f"{name}: a page answer needs x-commspec-pagination.items in its schema")
        item = preprocess.resolve(doc, preprocess.resolve(doc, shape["properties"][items]).get("items", {}))
        out["item_fields"], out["item_fill"] = _fields(doc, item)
        out["answer_extra"] = dict(spec.get("answer-extra", {}))
    if action == "update":
        out["writable"] = tuple(sorted(body.get("properties", {})))
        out["merge"] = bool(spec.get("merge", False))
        out["states"] = dict(spec.get("states", {}))
    if action in ("update", "transition") and ("states" in spec or "from" in spec):
        out["state_code"] = str(spec["code"])
    if action == "transition":
        out["from_states"] = tuple(spec["from"])
        out["to_state"] = spec["to"]
    if action == "list":
        filters = {}
        for field, rule in spec.get("filters", {}).items():
            match = rule.get("match", "equals")
            if match not in MATCHES:
                raise GenerationFailed(f"{name}: filter {field}: match must be one of {', '.join(MATCHES)}")
            filters[field] = (rule.get("argument", field), match)
        out["filters"] = filters
        order = spec.get("order", "oldest-first")
        out["newest_first"] = order == "newest-first"
        out["newest_first_when"] = order.get("newest-first-when", {}) if isinstance(order, dict) else {}
    return out


def _body_schema(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    media = next(iter(content.values()), {})
    return preprocess.flatten(doc, preprocess.resolve(doc, media.get("schema", {})))


def _answer_schema(doc: dict[str, Any], operation: dict[str, Any], answer: str) -> dict[str, Any]:
    """The schema of what a success carries: the first 2xx JSON schema, or its envelope's data."""
    if answer in ("nothing", "key"):
        return {}
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            schema = preprocess.resolve(doc, response).get("content", {}).get("application/json", {})
            if "schema" in schema:
                break
    else:
        raise GenerationFailed(f"{operation['operationId']}: answer {answer} needs a JSON success schema")
    schema = preprocess.flatten(doc, preprocess.resolve(doc, schema["schema"]))
    data = doc.get("x-commspec", {}).get("envelope-data")
    if data:
        field = schema.get("properties", {}).get(data, {})
        branches = [b for b in field.get("anyOf", [field]) if b.get("type") != "null"]
        schema = preprocess.flatten(doc, preprocess.resolve(doc, branches[0])) if branches else {}
    return schema


def _fields(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, Any]]:
    """(every property, by wire name; the required ones' example or default, to fill when state lacks
    them)."""
    properties = schema.get("properties", {})
    fill = {}
    for name in schema.get("required", []):
        prop = properties.get(name, {})
        prop = prop if "default" in prop or "examples" in prop else preprocess.resolve(doc, prop)
        if "default" in prop:
            fill[name] = prop["default"]
        elif prop.get("examples"):
            fill[name] = prop["examples"][0]
    return tuple(properties), fill


def _defaults(name: str, defaults: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Defaults as given; ``{when: ...}`` without ``value`` takes the body schema's own default."""
    out = {}
    for field, value in defaults.items():
        if isinstance(value, dict) and "when" in value and "value" not in value:
            prop = body.get("properties", {}).get(field, {})
            if "default" not in prop:
                raise GenerationFailed(f"{name}: default of {field} names the schema's, which has none")
            value = {**value, "value": prop["default"]}
        out[field] = value
    return out
