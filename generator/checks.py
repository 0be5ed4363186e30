"""Every check the generator makes of the specs, in one place, before anything is written.

Each name an ``x-commspec*`` extension refers to (a parameter, a body or stored field, a resource, a
code of the vendor's table, a state) must resolve: an unknown one (a parameter renamed while the mock
rule kept the old name, a typo in a mock key) would otherwise be generated into a mock that silently
ignores it. Every problem found is reported at once, each naming the spec, the extension, the
operation (or schema) and the missing name. specs/README.md lists these checks.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator import mock_effects, preprocess
from generator.openapi_client import GenerationFailed

# The keys each extension may carry: an unknown key is a typo the generator would otherwise ignore.
MOCK_KEYS = frozenset(
    {
        "action",
        "resource",
        "key",
        "partition",
        "answer",
        "answer-extra",
        "answer-paths",
        "defaults",
        "not-found",
        "fields",
        "writable",
        "merge",
        "states",
        "code",
        "rename",
        "refuse",
        "from",
        "to",
        "filters",
        "order",
        "select",
        "refers",
    }
)
RESOURCE_KEYS = frozenset(
    {
        "key",
        "ids",
        "partition",
        "not-found",
        "unique",
        "state",
        "ceilings",
        "fake-fields",
        "derived",
        "timed-transition",
        "seed",
    }
)
RULE_KINDS = frozenset({"required_if", "forbidden_unless", "equals_if", "not_before", "not_after", "ordered"})
RULE_KEYS = frozenset({"rule", "field", "fields", "when", "value", "allow-equal", "code"})
ORDER_WORDS = ("newest-first", "oldest-first")


class SpecProblems(GenerationFailed):
    """The spec refers to names that do not exist: generation refused, nothing written."""


def check_specs(docs: dict[Path, dict[str, Any]], xsds: Iterable[Path] = ()) -> None:
    """Raise ``SpecProblems`` listing every problem of every spec (and the clashes between the specs
    of one vendor); return quietly when there is none."""
    xsd_names = _xsd_names(xsds)
    problems: list[str] = []
    for path, doc in docs.items():
        problems += [f"{path.as_posix()}: {p}" for p in _SpecChecker(doc, xsd_names).problems()]
    problems += _clashes(docs)
    if problems:
        raise SpecProblems("\n".join(problems))


def _clashes(docs: dict[Path, dict[str, Any]]) -> list[str]:
    """One vendor's models are exported side by side (``commspec.itnio.<Name>``): a name used by two
    of its specs would make one model shadow the other."""
    owners: dict[tuple[str, str], list[str]] = {}
    for path, doc in docs.items():
        vendor = doc.get("x-commspec", {}).get("vendor", "")
        for name in preprocess.schema_names(doc):
            owners.setdefault((vendor, name), []).append(path.as_posix())
    return [
        f"schema {name} is defined in {' and '.join(paths)}: commspec.{vendor}.{name} would be one of them; "
        "rename one (the models of a vendor's specs share one namespace)"
        for (vendor, name), paths in sorted(owners.items())
        if len(paths) > 1
    ]


def _xsd_names(xsds: Iterable[Path]) -> frozenset[str]:
    names: set[str] = set()
    for xsd in xsds:
        for node in ET.parse(xsd).iter():  # noqa: S314 - our own spec file
            if node.tag.endswith(("}attribute", "}element")) and "name" in node.attrib:
                names.add(node.attrib["name"])
    return frozenset(names)


class _SpecChecker:
    def __init__(self, doc: dict[str, Any], xsd_names: frozenset[str]) -> None:
        self.doc = doc
        self.x: dict[str, Any] = doc.get("x-commspec", {})
        self.codes = {str(code) for code in self.x.get("codes", {})}
        self.resources: dict[str, Any] = self.x.get("mock-resources", {})
        self.xsd_names = xsd_names
        self.out: list[str] = []

    def problems(self) -> list[str]:
        for name, resource in self.resources.items():
            self._unknown_keys(f"x-commspec.mock-resources.{name}", resource, RESOURCE_KEYS)
        stored = {name: self._stored_fields(name) for name in self.resources}
        for name, resource in self.resources.items():
            self._resource(name, resource, stored[name])
        for _path, _method, operation in preprocess.operations(self.doc):
            self._operation(operation, stored)
        for name, schema in self.doc.get("components", {}).get("schemas", {}).items():
            self._schema(name, schema)
        path_params = {
            p["name"]
            for _, _, op in preprocess.operations(self.doc)
            for p in op.get("parameters", [])
            if p.get("in") == "path"
        }
        self._unenforced(self.doc, "")
        for name in self.x.get("client-params", []):
            if name not in path_params:
                self.out.append(f"x-commspec.client-params: {name!r} is no operation's path parameter")
        return self.out

    def _unenforced(self, node: Any, where: str) -> None:
        """Constraints no generated check enforces (datamodel-codegen drops ``uniqueItems``): the README
        promises every constraint written is checked, so one that is not is refused."""
        if isinstance(node, dict):
            if node.get("uniqueItems") is True:
                self.out.append(
                    f"{where or '/'}: uniqueItems is enforced neither by the client nor by the mock; "
                    "drop it (and say in an x-commspec-note what a repeat means)"
                )
            for key, value in node.items():
                if not str(key).startswith("x-"):
                    self._unenforced(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._unenforced(value, f"{where}/{index}")

    # -- names -----------------------------------------------------------------------------------------
    def _schema_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        return preprocess.flatten(self.doc, preprocess.resolve(self.doc, schema))

    def _body(self, operation: dict[str, Any]) -> dict[str, Any]:
        media = operation.get("requestBody", {}).get("content", {}).get("application/json")
        return self._schema_of(media["schema"]) if media else {}

    def _is_xml(self, operation: dict[str, Any]) -> bool:
        return bool(operation.get("x-commspec-xml", {}).get("request"))

    def _has_argument(self, operation: dict[str, Any], dotted: str) -> bool:
        """Is ``dotted`` a path or query parameter, or a (dotted) body field of the operation?"""
        params = {p["name"] for p in operation.get("parameters", []) if p.get("in") in ("path", "query")}
        if dotted in params:
            return True
        if self._is_xml(operation):  # the fake reads the XML document into the resource's fields
            resource = operation.get("x-commspec-mock", {}).get("resource", "")
            return dotted in self.xsd_names or dotted in self._stored_fields(resource)
        schema = self._body(operation)
        for part in dotted.split("."):
            properties = schema.get("properties", {})
            if part not in properties:
                return False
            schema = self._schema_of(properties[part])
        return True

    def _answer_fields(self, operation: dict[str, Any]) -> set[str]:
        """The fields of what a success answer carries: the item, or each item of a list or page."""
        spec = operation.get("x-commspec-mock", {})
        if "fields" in spec:
            return set(spec["fields"])
        answer = spec.get("answer", "nothing")
        try:
            shape = mock_effects._answer_schema(self.doc, operation, answer)
        except GenerationFailed:  # mock_effects reports a missing success schema itself
            return set()
        fields = set(shape.get("properties", {}))
        if answer == "items":
            fields |= set(self._schema_of(shape.get("items", {})).get("properties", {}))
        items = operation.get("x-commspec-pagination", {}).get("items")
        if answer == "page" and items:
            fields |= set(mock_effects._items_schema(self.doc, shape, items).get("properties", {}))
        return fields

    def _stored_fields(self, resource: str) -> set[str]:
        """Every field the mock may keep for the resource: what its operations write and answer."""
        fields = set(self.resources.get(resource, {}).get("fake-fields", ()))
        for _path, _method, operation in preprocess.operations(self.doc):
            spec = operation.get("x-commspec-mock", {})
            if spec.get("resource") != resource:
                continue
            fields |= self._answer_fields(operation)
            fields |= set(self._body(operation).get("properties", {}))
            fields |= set(spec.get("writable", ())) | set(spec.get("defaults", {}))
            if self._is_xml(operation):
                fields |= self.xsd_names
        return fields

    # -- reporting ---------------------------------------------------------------------------------------
    def _unknown_keys(self, where: str, spec: Any, allowed: frozenset[str]) -> None:
        if isinstance(spec, dict):
            for key in spec:
                if key not in allowed:
                    self.out.append(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")

    def _code(self, where: str, code: Any) -> None:
        if code is not None and str(code) not in self.codes:
            self.out.append(f"{where}: code {str(code)!r} is not in x-commspec.codes")

    def _argument(self, where: str, operation: dict[str, Any], name: Any) -> None:
        if not isinstance(name, str) or not self._has_argument(operation, name):
            self.out.append(
                f"{where}: argument {name!r} is not a parameter or body field of {operation['operationId']}"
            )

    def _field(self, where: str, name: Any, fields: set[str], resource: str) -> None:
        if name not in fields:
            self.out.append(f"{where}: field {name!r} is not a field of resource {resource!r}")

    # -- the extensions --------------------------------------------------------------------------------
    def _resource(self, name: str, spec: dict[str, Any], stored: set[str]) -> None:
        where = f"x-commspec.mock-resources.{name}"
        for key in ("key", "state"):
            if key in spec:
                self._field(f"{where}.{key}", spec[key], stored, name)
        self._code(f"{where}.not-found", spec.get("not-found"))
        partition = spec.get("partition")
        if isinstance(partition, dict):
            self._code(f"{where}.partition.unknown", partition.get("unknown"))
        unique = spec.get("unique", {})
        for field in unique.get("fields", ()):
            self._field(f"{where}.unique.fields", field, stored, name)
        self._code(f"{where}.unique.code", unique.get("code"))
        for ceiling in spec.get("ceilings", ()):
            self._field(f"{where}.ceilings", ceiling.get("field"), stored, name)
            self._code(f"{where}.ceilings", ceiling.get("code"))
        for field, template in spec.get("derived", {}).items():
            self._field(f"{where}.derived", field, stored, name)
            for _text, used, _spec, _conversion in string.Formatter().parse(str(template)):
                if used:
                    self._field(f"{where}.derived.{field}", used, stored, name)
        if "seed" in spec:
            items = self.x.get("mock", {}).get("settings", {}).get(spec["seed"])
            key = spec.get("key")
            if not isinstance(items, list) or not all(isinstance(i, dict) and key in i for i in items):
                setting = f"x-commspec.mock.settings.{spec['seed']}"
                self.out.append(f"{where}.seed: {setting} must list items with the key {key!r}")
            for item in items if isinstance(items, list) else ():
                for field in item if isinstance(item, dict) else ():
                    self._field(f"{where}.seed", field, stored, name)
        timed = spec.get("timed-transition")
        if isinstance(timed, dict):
            for field in [timed.get("at"), *timed.get("when", {})]:
                self._field(f"{where}.timed-transition", field, stored, name)

    def _operation(self, operation: dict[str, Any], stored: dict[str, set[str]]) -> None:
        op = operation.get("operationId", "?")
        for code in operation.get("x-commspec-errors", []):
            self._code(f"{op}: x-commspec-errors", code)
        for response in operation.get("responses", {}).values():
            for code in preprocess.resolve(self.doc, response).get("x-commspec-errors", []):
                self._code(f"{op}: response x-commspec-errors", code)
        body = self._body(operation)
        for name in operation.get("x-commspec-flatten", []):
            if name not in body.get("properties", {}):
                self.out.append(f"{op}: x-commspec-flatten: {name!r} is not a body field of {op}")
        spec = operation.get("x-commspec-mock")
        if not isinstance(spec, dict):
            return  # a missing rule is refused by generator/mock_effects.py, with its own message
        where = f"{op}: x-commspec-mock"
        for argument, referred in (spec.get("refers") or {}).items():
            self._argument(f"{where}.refers", operation, argument)
            if referred not in self.resources:
                self.out.append(f"{where}.refers.{argument}: resource {referred!r} is not in mock-resources")
        if spec.get("action") == "vendor":
            return
        self._unknown_keys(where, spec, MOCK_KEYS)
        resource = spec.get("resource")
        if resource not in self.resources:
            return  # refused by mock_effects
        fields = stored[resource]
        partition = spec.get("partition") or self.resources[resource].get("partition")
        if isinstance(partition, dict):
            partition = partition.get("argument")
        if isinstance(partition, str) and partition != "scope":
            self._argument(f"{where}.partition", operation, partition)
        if "key" in spec:
            self._argument(f"{where}.key", operation, spec["key"])
        for key in ("not-found", "code"):
            self._code(f"{where}.{key}", spec.get(key))
        for field in spec.get("writable", ()):
            self._field(f"{where}.writable", field, fields, resource)
        self._states(where, spec, resource)
        if "rename" in spec:
            self._argument(f"{where}.rename.argument", operation, spec["rename"].get("argument"))
            self._code(f"{where}.rename.code", spec["rename"].get("code"))
        if "refuse" in spec:
            refuse = spec["refuse"]
            self._field(f"{where}.refuse.field", refuse.get("field"), fields, resource)
            self._argument(f"{where}.refuse.unless", operation, refuse.get("unless"))
            self._code(f"{where}.refuse.code", refuse.get("code"))
        for field, rule in spec.get("filters", {}).items():
            self._field(f"{where}.filters", field, fields, resource)
            self._argument(f"{where}.filters.{field}", operation, (rule or {}).get("argument", field))
        order = spec.get("order")
        if isinstance(order, str) and order not in ORDER_WORDS:
            self.out.append(f"{where}.order: {order!r} is not one of {', '.join(ORDER_WORDS)}")
        if isinstance(order, dict):
            for argument in order.get("newest-first-when", {}):
                self._argument(f"{where}.order.newest-first-when", operation, argument)
            self._by_codes(f"{where}.order", operation, order, fields, resource)
        if "select" in spec:
            self._by_codes(f"{where}.select", operation, spec["select"], fields, resource)

    def _by_codes(
        self, where: str, operation: dict[str, Any], spec: dict[str, Any], fields: set[str], resource: str
    ) -> None:
        if "argument" in spec:
            self._argument(f"{where}.argument", operation, spec["argument"])
        for field in spec.get("codes", {}).values():
            self._field(f"{where}.codes", field, fields, resource)

    def _states(self, where: str, spec: dict[str, Any], resource: str) -> None:
        """States named by an update or transition must be values the resource's state field takes
        (when its schema lists them)."""
        state_field = self.resources[resource].get("state")
        named = [*spec.get("states", {}), *spec.get("from", ()), *([spec["to"]] if "to" in spec else [])]
        if named and state_field is None:
            self.out.append(f"{where}: names states but resource {resource!r} has no `state` field")
            return
        allowed = self._enum_of(resource, state_field)
        for state in named:
            if allowed and state not in allowed:
                self.out.append(f"{where}: state {state!r} is not a value of {resource}.{state_field}")
        for rule in spec.get("states", {}).values():
            if isinstance(rule, dict):
                for field in rule.get("may-change", ()):
                    self._field(f"{where}.states.may-change", field, self._stored_fields(resource), resource)

    def _enum_of(self, resource: str, field: str | None) -> set[str]:
        values: set[str] = set()
        for _path, _method, operation in preprocess.operations(self.doc):
            if operation.get("x-commspec-mock", {}).get("resource") != resource:
                continue
            for schema in self._field_schemas(operation, field):
                values |= {str(v) for v in schema.get("enum", ())}
        return values

    def _field_schemas(self, operation: dict[str, Any], field: str | None) -> list[dict[str, Any]]:
        out = []
        answer = operation.get("x-commspec-mock", {}).get("answer", "nothing")
        try:
            shapes = [mock_effects._answer_schema(self.doc, operation, answer)]
        except GenerationFailed:
            shapes = []
        for shape in shapes:  # what is stored and answered, not only what a caller may set
            prop = shape.get("properties", {}).get(field)
            if prop is not None:
                out.append(self._schema_of(prop))
        return out

    def _schema(self, name: str, schema: dict[str, Any]) -> None:
        flat = preprocess.flatten(self.doc, schema)
        properties = flat.get("properties", {})
        for prop_name, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and "x-commspec-code" in prop:
                self._code(f"schema {name}.{prop_name}: x-commspec-code", prop["x-commspec-code"])
        for index, rule in enumerate(schema.get("x-commspec-rules", [])):
            where = f"schema {name}: x-commspec-rules[{index}]"
            self._unknown_keys(where, rule, RULE_KEYS)
            if rule.get("rule") not in RULE_KINDS:
                self.out.append(
                    f"{where}: rule {rule.get('rule')!r} is not one of {', '.join(sorted(RULE_KINDS))}"
                )
            named = list(rule.get("fields", ())) + ([rule["field"]] if "field" in rule else [])
            named += list(rule.get("when") or {})
            for field in named:
                if field not in properties:
                    self.out.append(f"{where}: field {field!r} is not a property of {name}")
            self._code(where, rule.get("code"))
