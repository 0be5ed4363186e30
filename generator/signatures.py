"""Python types of the generated methods, rendered from the raw spec schemas (the Jinja filters and
globals of the resource templates).

Arguments accept a model or its TypedDict (``Sequence[FlowNode | FlowNodeParam]``); results are the
pydantic models of generator/validation_models.py. Every model name a signature uses is recorded, so
the template imports exactly those.
"""

from __future__ import annotations

import json
from typing import Any

from generator import preprocess

_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class Signatures:
    def __init__(self, doc: dict[str, Any], validation: dict[str, Any] | None = None) -> None:
        self.doc = validation if validation is not None else preprocess.for_validation(doc)
        self.x = doc["x-commspec"]
        self.schemas: dict[str, Any] = self.doc.get("components", {}).get("schemas", {})
        self.params = frozenset(preprocess.nested_request_schemas(self.doc))
        self.operations = {op["operationId"]: op for _, _, op in preprocess.operations(self.doc)}
        self.models: set[str] = set()
        self.param_types: set[str] = set()
        self.files = False  # an argument is a file (commspec.runtime.FileInput)

    # -- raw schemas -----------------------------------------------------------------------------------
    def body(self, op_name: str) -> dict[str, Any]:
        """The operation's body schema (an object: JSON or form fields), or an empty one."""
        media = preprocess.request_media(self.operations[op_name])
        return preprocess.resolve(self.doc, media["schema"]) if media else {}

    def prop(self, schema: dict[str, Any], name: str) -> dict[str, Any]:
        """The schema of property ``name`` of the object ``schema`` (its $ref kept, to name the model)."""
        found: dict[str, Any] = preprocess.resolve(self.doc, schema)["properties"][name]
        return found

    def param(self, op_name: str, name: str) -> dict[str, Any]:
        for param in self.operations[op_name].get("parameters", []):
            if param["name"] == name:
                found: dict[str, Any] = param["schema"]
                return found
        raise KeyError(f"{op_name}: no parameter {name}")

    # -- types ----------------------------------------------------------------------------------------
    def arg(self, schema: dict[str, Any]) -> str:
        """The type of an argument: `Sequence[...]`, `Model | ModelParam`, `Literal[...]`."""
        return self._type(schema, arg=True)

    def ret(self, schema: dict[str, Any]) -> str:
        return self._type(schema, arg=False)

    def optional(self, type_: str) -> str:
        return type_ if "None" in _members(type_) else f"{type_} | None"

    def _type(self, schema: dict[str, Any], *, arg: bool) -> str:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas[name]
            if target.get("type") == "object" and "properties" in target:
                self.models.add(name)
                if arg and name in self.params:
                    self.param_types.add(name + "Param")
                    return f"{name} | {name}Param"
                return name
            return self._type(target, arg=arg)
        if "anyOf" in schema or "oneOf" in schema:
            return _union(self._type(branch, arg=arg) for branch in schema.get("anyOf", schema.get("oneOf")))
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            literal = "Literal[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"
            return _union([literal, "None"] if None in schema["enum"] else [literal])
        kind = schema.get("type")
        if isinstance(kind, list):
            return _union(self._type({**schema, "type": k}, arg=arg) for k in kind)
        if kind == "array":
            item = self._type(schema.get("items", {}), arg=arg)
            return f"Sequence[{item}]" if arg else f"list[{item}]"
        if kind == "object" or kind is None:
            return "Mapping[str, Any]" if arg else "dict[str, Any]"
        if kind == "string" and schema.get("format") == "binary":
            if arg:  # a file part of a multipart body: bytes or a binary file object, with a name or not
                self.files = True
                return "FileInput"
            return "bytes"
        return _PRIMITIVES[kind]

    # -- results ---------------------------------------------------------------------------------------
    def result(self, op_name: str) -> dict[str, Any]:
        """How a JSON operation's success answer becomes its result.

        ``model``: the pydantic model the answer is parsed into (None: nothing to parse);
        ``field``: the attribute of it that is returned (the envelope's data), else the model itself;
        ``type``: the result type; ``item``: the record type of a paged operation.
        """
        operation = self.operations[op_name]
        name, _derived = preprocess.success_schema(self.doc, operation)
        if name is None:
            return {"model": None, "field": None, "type": "None", "item": None}
        self.models.add(name)
        model = self.schemas[name]
        field = self.x.get("envelope-data")
        data = model["properties"][field] if field else {"$ref": f"#/components/schemas/{name}"}
        data_type = self.ret(data)
        item = None
        pagination = operation.get("x-commspec-pagination")
        if pagination:
            node = preprocess.resolve(self.doc, data)
            for part in pagination["items"].split("."):
                node = preprocess.resolve(self.doc, node["properties"][part])
            item = self.ret(node["items"])
        if not field and model.get("type") == "array":  # a bare JSON array: its RootModel's list
            return {"model": name, "field": "root", "type": data_type, "item": item}
        return {"model": name, "field": _snake(field) if field else None, "type": data_type, "item": item}


def _members(type_: str) -> list[str]:
    depth, current, out = 0, "", []
    for char in type_:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += char
    return [*out, current.strip()]


def _union(types: Any) -> str:
    members: list[str] = []
    for type_ in types:
        for member in _members(type_):
            if member not in members:
                members.append(member)
    members.sort(key=lambda m: m == "None")  # None last
    return " | ".join(members)


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)
