"""The mock's behaviour as part of the API report: what users' tests feel when it changes.

The last section of generated/API.md lists, per generated API, every fact the mock acts on: the code
table (meaning and kind, HTTP status, label, pattern), the mock's own answer codes, the per-field codes,
the cross-field rules, the resources it keeps and each operation's effect (``x-commspec-mock``) and
documented responses. One ``name = value`` line per fact, so a change to a spec shows as the one line
that changed, and the change printer and the changelog list it like an API change: a removed or
changed fact is breaking (a test that relied on it sees another answer), an added one is not.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any

from generator.api_changes import Change
from generator.api_format import MOCK_TITLE

TITLE = MOCK_TITLE
PREAMBLE = """\
What the mock (`commspec.mock`, `commspec.testing`) does, per generated API, read from the specs: the
code table, the mock's own answer codes, per-field codes, cross-field rules, the resources it keeps and
each operation's effect and documented responses. A changed or removed line is a change your tests
feel; `python -m generator` lists it with the API changes."""

Surface = dict[str, dict[str, str]]  # API package -> fact name -> value (its repr)


def describe() -> Surface:
    """Every generated API's mock facts (run in the report's fresh interpreter)."""
    import commspec_generated

    out: Surface = {}
    for info in sorted(pkgutil.iter_modules(commspec_generated.__path__), key=lambda i: i.name):
        try:
            spec = importlib.import_module(f"commspec_generated.{info.name}.spec")
        except ModuleNotFoundError:
            continue  # the XML bindings: no spec module
        out[info.name] = _facts(spec.API, spec.OPERATIONS)
    return out


def _facts(api: Any, operations: Mapping[str, Any]) -> dict[str, str]:
    facts: dict[str, str] = {}
    for table in ("codes", "code_statuses", "labels", "code_patterns", "mock", "field_codes"):
        for key, value in getattr(api, table).items():
            facts[f"{table}[{key!r}]"] = _repr(value)
    for model, rules in api.rules.items():
        for index, rule in enumerate(rules):
            facts[f"rules.{model}[{index}]"] = _repr(rule)
    for name, resource in api.mock_resources.items():
        facts.update(_fields(f"resources.{name}", resource))
    for name, operation in operations.items():
        facts[f"{name}.responses"] = _repr(operation.responses)
        if operation.effect is not None:
            facts.update(_fields(f"{name}.effect", operation.effect))
    return facts


def _fields(prefix: str, value: Any) -> dict[str, str]:
    """One fact per dataclass field that differs from its default."""
    out = {}
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        if field.default is not dataclasses.MISSING:
            default: Any = field.default
        elif field.default_factory is not dataclasses.MISSING:
            default = field.default_factory()
        else:
            default = dataclasses.MISSING
        if current != default:
            out[f"{prefix}.{field.name}"] = _repr(current)
    return out


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, set | frozenset):
        return tuple(sorted(_plain(item) for item in value))
    return value


def _repr(value: Any) -> str:
    return repr(_plain(value))


def render(surface: Surface) -> str:
    lines = ["", TITLE, "", PREAMBLE]
    for api, facts in surface.items():
        lines += [
            "",
            f"## {api}",
            "",
            "```text",
            *(f"{name} = {value}" for name, value in facts.items()),
            "```",
        ]
    return "\n".join(lines) + "\n"


def parse(text: str) -> Surface:
    """The mock section of a report (empty when the report has none, as older ones)."""
    surface: Surface = {}
    api: str | None = None
    in_block = False
    lines = text.splitlines()
    start = lines.index(TITLE) if TITLE in lines else len(lines)
    for line in lines[start + 1 :]:
        if in_block:
            if line == "```":
                in_block = False
            elif api is not None:
                name, _, value = line.partition(" = ")
                surface[api][name] = value
        elif line.startswith("## "):
            api = line[3:].strip()
            surface[api] = {}
        elif line.startswith("```"):
            in_block = True
    return surface


def compare(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    for api in sorted(old.keys() | new.keys()):
        before, after = old.get(api, {}), new.get(api, {})
        for name in [*before, *(n for n in after if n not in before)]:
            path = f"mock {api}: {name}"
            if name not in after:
                changes.append(Change(path, f"removed (was {before[name]})", True))
            elif name not in before:
                changes.append(Change(path, f"added: {after[name]}", False))
            elif before[name] != after[name]:
                changes.append(Change(path, f"changed: {_difference(before[name], after[name])}", True))
    return changes


def _difference(old: str, new: str) -> str:
    """`old -> new`; for two mappings, only the keys that went, came or changed."""
    try:
        before, after = ast.literal_eval(old), ast.literal_eval(new)
    except (ValueError, SyntaxError):
        return f"{old} -> {new}"
    if not (isinstance(before, dict) and isinstance(after, dict)):
        return f"{old} -> {new}"
    parts = [f"{key!r} removed (was {before[key]!r})" for key in before if key not in after]
    parts += [
        f"{key!r}: {before[key]!r} -> {after[key]!r}"
        for key in before
        if key in after and before[key] != after[key]
    ]
    parts += [f"{key!r} added: {after[key]!r}" for key in after if key not in before]
    return "; ".join(parts)
