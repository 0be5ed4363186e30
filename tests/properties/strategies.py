"""Hypothesis strategies from the generated validation models' JSON schema (the subset our specs use),
and single-field mutations that break exactly one documented constraint."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = {
            **defs[schema["$ref"].rsplit("/", 1)[-1]],
            **{k: v for k, v in schema.items() if k != "$ref"},
        }
    if "anyOf" in schema:  # Optional[X] in pydantic's schema: generate X
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        schema = {**_resolve(options[0], defs), **{k: v for k, v in schema.items() if k != "anyOf"}}
    return schema


def from_schema(schema: dict[str, Any], defs: dict[str, Any]) -> st.SearchStrategy[Any]:
    schema = _resolve(schema, defs)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1))
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        alphabet = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
        return st.text(alphabet, min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 40))
    if kind == "array":
        items = from_schema(schema["items"], defs)
        return st.lists(
            items,
            min_size=schema.get("minItems", 0),
            max_size=schema.get("maxItems", 4),
            unique=bool(schema.get("uniqueItems")),
        )
    if kind == "object":
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        fixed = {k: from_schema(v, defs) for k, v in props.items() if k in required}
        optional = {k: from_schema(v, defs) for k, v in props.items() if k not in required}
        return st.fixed_dictionaries(fixed, optional=optional)
    raise NotImplementedError(f"schema not covered by the test strategies: {schema}")


def valid_bodies(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    schema = model.model_json_schema()
    return from_schema(schema, schema.get("$defs", {}))


def breaking_values(schema: dict[str, Any], defs: dict[str, Any]) -> list[Any]:
    """Values that break one constraint of this property schema (empty if it has none to break)."""
    schema = _resolve(schema, defs)
    out: list[Any] = []
    if "enum" in schema:
        out.append("not-in-enum" if not all(isinstance(v, str) for v in schema["enum"]) else 987654)
        out.append("NOT_IN_ENUM_" + str(schema["enum"][0]))
    kind = schema.get("type")
    if kind == "integer":
        out.append(str(schema.get("minimum", 0)))  # strict: a numeric string is not an int
        if "minimum" in schema:
            out.append(schema["minimum"] - 1)
        if "maximum" in schema:
            out.append(schema["maximum"] + 1)
    if kind == "string":
        out.append(12345)
        if schema.get("minLength", 0) > 0:
            out.append("x" * (schema["minLength"] - 1))
        if "maxLength" in schema:
            out.append("x" * (schema["maxLength"] + 1))
        if "pattern" in schema:
            out.append("\u2603 not matching")
    if kind == "array":
        out.append("not a list")
        if "maxItems" in schema:
            out.append(["x"] * (schema["maxItems"] + 1))
    if kind == "object":
        out.append("not an object")
    return out
