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
            # `given`: the caller names each key (the create effect's `key`); else a counter or UUIDs.
            "first_id": int(ids["counter"]) if isinstance(ids, dict) and "counter" in ids else None,
            "partition": partition.get("argument"),
            "partition_known": partition.get("known"),
            "partition_unknown": str(partition["unknown"]) if "unknown" in partition else None,
            "unique": tuple(unique.get("fields", ())),
            "unique_code": str(unique["code"]) if "code" in unique else None,
            "unique_on_update": bool(unique.get("on-update", True)),
            "state": spec.get("state"),
            "ceilings": tuple((c["field"], c["setting"], str(c["code"])) for c in spec.get("ceilings", ())),
            "derived": dict(spec.get("derived", {})),
            "timed_transition": _timed(name, spec.get("timed-transition")),
        }
        if "seed" in spec:  # the MockConfig setting listing the items every partition starts with
            out[name]["seed"] = spec["seed"]
        if isinstance(ids, dict) and "token" in ids:  # random strings of N letters and digits ("mRELxtHc")
            out[name]["id_length"] = int(ids["token"])
    return out


def _timed(resource: str, spec: dict[str, Any] | None) -> dict[str, Any] | None:
    if spec is None:
        return None
    missing = [k for k in ("at", "format", "from", "to") if k not in spec]
    if missing:
        raise GenerationFailed(f"mock-resources.{resource}.timed-transition needs {', '.join(missing)}")
    return {
        "at": spec["at"],
        "format": spec["format"],
        "when": dict(spec.get("when", {})),
        "from": tuple(spec["from"]),
        "to": spec["to"],
    }


def effect(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's effect, checked."""
    name = operation["operationId"]
    spec = operation.get("x-commspec-mock")
    x = doc.get("x-commspec", {})
    if spec is None:
        raise GenerationFailed(f"{name}: x-commspec-mock is required (what does the mock do with it?)")
    action = spec.get("action")
    if action not in ACTIONS:
        raise GenerationFailed(f"{name}: x-commspec-mock.action must be one of {', '.join(ACTIONS)}")
    refers = _refers(name, x, spec)
    if action == "vendor":
        return {"action": action, **({"refers": refers} if refers else {})}
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
    given = x.get("mock-resources", {})[resource].get("ids") == "given"
    if action == "create" and given != ("key" in spec):
        raise GenerationFailed(
            f"{name}: x-commspec-mock.key on create exactly when the resource's ids are given"
        )
    body = _body_schema(doc, operation)
    # `fields`: the answer's fields named outright, for an answer that is not JSON (IOVOX's XML flow).
    shape = {"properties": dict.fromkeys(spec["fields"])} if "fields" in spec else {}
    shape = shape or _answer_schema(doc, operation, answer)
    out: dict[str, Any] = {
        "action": action,
        "resource": resource,
        "key": spec.get("key"),
        "partition": spec.get("partition"),
        "answer": answer,
        "defaults": _defaults(name, spec.get("defaults", {}), body),
    }
    if "not-found" in spec:
        out["not_found"] = str(spec["not-found"])
    if refers:
        out["refers"] = refers
    if answer in ("item", "page"):
        out["fields"], out["fill"] = _fields(doc, shape)
    if answer == "items":
        out["item_fields"], out["item_fill"] = _fields(doc, preprocess.resolve(doc, shape.get("items", {})))
    if answer == "page":
        items = operation.get("x-commspec-pagination", {}).get("items")
        if str(items).split(".")[0] not in out["fields"]:
            raise GenerationFailed(f"{name}: a page answer needs x-commspec-pagination.items in its schema")
        out["item_fields"], out["item_fill"] = _fields(doc, _items_schema(doc, shape, items))
        out["answer_extra"] = dict(spec.get("answer-extra", {}))
        out["answer_paths"] = dict(spec.get("answer-paths", {}))
    if action == "update":
        # `writable`: named outright where the body is not a JSON schema (an XML document).
        out["writable"] = tuple(spec.get("writable", sorted(body.get("properties", {}))))
        out["merge"] = bool(spec.get("merge", False))
        out["states"] = dict(spec.get("states", {}))
        if "rename" in spec:
            out["rename"] = (spec["rename"]["argument"], str(spec["rename"]["code"]))
    if action == "delete" and "refuse" in spec:
        refuse = spec["refuse"]
        out["refuse"] = (refuse["field"], refuse["unless"], str(refuse["code"]))
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
        out["filter_all"] = {f: str(r["all"]) for f, r in spec.get("filters", {}).items() if "all" in r}
        order = spec.get("order", "oldest-first")
        out["newest_first"] = order == "newest-first"
        out["newest_first_when"] = order.get("newest-first-when", {}) if isinstance(order, dict) else {}
        if isinstance(order, dict) and "argument" in order:
            out["order_by"] = _by_codes(
                name, "order", order, ("argument", "codes", "separator", "descending")
            )
        if "select" in spec:
            out["select"] = _by_codes(name, "select", spec["select"], ("argument", "codes", "separator"))
    return out


def _by_codes(name: str, key: str, spec: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    missing = [k for k in required if k not in spec]
    if missing:
        raise GenerationFailed(f"{name}: x-commspec-mock.{key} needs {', '.join(missing)}")
    return {k: spec[k] for k in required}


def _items_schema(doc: dict[str, Any], shape: dict[str, Any], path: str) -> dict[str, Any]:
    """The schema of one item of the page's list at the dotted ``path`` (``response.results``)."""
    schema = shape
    for part in path.split("."):
        schema = preprocess.flatten(doc, preprocess.resolve(doc, schema.get("properties", {}).get(part, {})))
    return preprocess.flatten(doc, preprocess.resolve(doc, schema.get("items", {})))


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


def _refers(name: str, x: dict[str, Any], spec: dict[str, Any]) -> dict[str, str]:
    """``refers``: argument -> the resource whose key it names (a template's ``appId``): checked by the
    engine before the effect, answered with that resource's not-found code when it names nothing."""
    refers = dict(spec.get("refers", {}))
    for argument, resource in refers.items():
        if resource not in x.get("mock-resources", {}):
            raise GenerationFailed(f"{name}: x-commspec-mock.refers.{argument} names no mock resource")
    return refers
