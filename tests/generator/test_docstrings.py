"""The generated surface documents itself for users: every method says what each argument means, what
comes back and what can be raised, and no generated text cites the team's internal notes."""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from commspec._resource import AsyncResource, SyncResource

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "commspec_generated"
SPECS = ROOT / "specs"

# Internal notes: seed files, reference sections and open questions, source tags of the reference files.
INTERNAL = re.compile(
    r"seed \d|§|\.md\b|\bQ\d+\b|\[vendor docs|\[client lib|\[inferred|reference ", re.IGNORECASE
)


def generated_strings() -> Iterator[tuple[Path, int, str]]:
    """Every string literal of the generated code (docstrings, Field descriptions, spec data), by line."""
    for path in sorted(GENERATED.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for offset, line in enumerate(node.value.splitlines()):
                    yield path, node.lineno + offset, line


def test_generated_text_cites_no_internal_notes() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line_no}: {line.strip()}"
        for path, line_no, line in generated_strings()
        if INTERNAL.search(line)
    ]
    assert not found, f"{len(found)} generated lines cite internal notes:\n" + "\n".join(found)


def spec_tokens() -> set[str]:
    """Every whitespace-separated word of every description in specs/."""
    tokens: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "description" and isinstance(value, str):
                    tokens.update(value.split())
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in SPECS.glob("*/*.openapi.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return tokens


def test_no_word_is_broken_across_docstring_lines() -> None:
    tokens = spec_tokens()
    broken = []
    for path in sorted(GENERATED.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, (first, second) in enumerate(itertools.pairwise(lines), start=1):
            head, tail = first.split(), second.split()
            if not (head and tail and head[-1][-1].isalnum() and tail[0][0].isalnum()):
                continue
            if head[-1] not in tokens and head[-1] + tail[0] in tokens:
                broken.append(f"{path.relative_to(ROOT)}:{number}: {head[-1]!r} + {tail[0]!r}")
    assert not broken, "words broken across lines:\n" + "\n".join(broken)


def resource_methods() -> Iterator[tuple[str, Any]]:
    for api in sorted(p.parent.parent.name for p in GENERATED.glob("*/api/__init__.py")):
        for tag_dir in sorted((GENERATED / api / "api").glob("*/__init__.py")):
            module = importlib.import_module(f"commspec_generated.{api}.api.{tag_dir.parent.name}")
            for cls in vars(module).values():
                if (
                    isinstance(cls, type)
                    and issubclass(cls, SyncResource | AsyncResource)
                    and cls.__module__ == module.__name__
                ):
                    for name, function in vars(cls).items():
                        if not name.startswith("_") and callable(function):
                            yield f"{api}.{cls.__name__}.{name}", function


METHODS = dict(resource_methods())


def sections(doc: str) -> dict[str, list[str]]:
    """Google-style sections: heading -> its lines (dedented); the text before them is under ''."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for line in doc.splitlines():
        if re.fullmatch(r"(Args|Returns|Raises):", line):
            current = line[:-1]
            out[current] = []
        else:
            out[current].append(line)
    return out


def entries(lines: list[str]) -> dict[str, str]:
    """`name: text` entries of a section (continuation lines joined)."""
    out: dict[str, str] = {}
    name = ""
    for line in lines:
        match = re.match(r"    (\w+): (.*)", line)
        if match:
            name = match[1]
            out[name] = match[2]
        elif line.startswith("        ") and name:
            out[name] += " " + line.strip()
    return out


def test_every_generated_method_is_found() -> None:
    operations = [
        operation
        for path in SPECS.glob("*/*.openapi.yaml")
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]
    assert len(METHODS) == 2 * len(operations)  # a sync and an async method each


@pytest.mark.parametrize("qualified", sorted(METHODS))
def test_method_docstring_documents_signature(qualified: str) -> None:
    function = METHODS[qualified]
    doc = inspect.getdoc(function) or ""
    parts = sections(doc)
    summary = parts[""][0]
    assert summary.endswith(".") and len(summary) <= 100, summary
    assert re.search(r"`(GET|POST|PUT|DELETE) /\S*`", "\n".join(parts[""])), "HTTP method and path"
    arguments = [name for name in inspect.signature(function).parameters if name != "self"]
    if arguments:
        documented = entries(parts["Args"])
        assert list(documented) == arguments
        assert all(len(text) > 3 for text in documented.values()), documented
    assert parts.get("Returns") and parts["Returns"][0].strip()
    raised = entries(parts["Raises"])
    for name in ("ValidationError", "APIConnectionError", "APITimeoutError", "ResponseFormatError"):
        assert name in raised


def method_doc(name: str) -> tuple[dict[str, str], str, dict[str, str]]:
    parts = sections(inspect.getdoc(METHODS[name]) or "")
    return (
        entries(parts["Args"]),
        " ".join(line.strip() for line in parts["Returns"]),
        entries(parts["Raises"]),
    )


def test_templates_list_documents_every_filter_with_constraints_and_defaults() -> None:
    args, returns, raises = method_doc("huawei_msgsms.Templates.list")
    # Every query parameter of the spec (the mechanism, not today's count).
    doc = yaml.safe_load((SPECS / "huawei" / "msgsms.openapi.yaml").read_text(encoding="utf-8"))
    (operation,) = [
        op
        for item in doc["paths"].values()
        for op in item.values()
        if op.get("operationId") == "templates_list"
    ]
    query = [
        p.get("x-commspec-argument", {}).get("name", p["name"])
        for p in operation["parameters"]
        if p["in"] == "query"
    ]
    assert list(args) == [*query, "extra_headers", "extra_query", "extra_body", "timeout"]
    assert "Page size" in args["limit"] and "At least 1" in args["limit"] and "Default 10" in args["limit"]
    assert '"VERIFY_CODE_TYPE"' in args["template_type"] and '"PROMOTION_TYPE"' in args["template_type"]
    assert '"asc"' in args["sort_dir"]
    assert "every page" in returns
    assert "MSGSMS.0003" in raises["AuthenticationError"]
    assert "MSGSMS.0009" in raises["NotFoundError"]


def test_flattened_and_xml_arguments_are_documented() -> None:
    args, returns, _ = method_doc("itnio_aivoice.Tasks.list")
    assert "1-100" in args["size"] and "Default 20" in args["size"]
    assert "Application ID" in args["app_id"]
    assert "every page" in returns
    args, _, _ = method_doc("itnio_aivoice.Tasks.edit")
    assert "At most 3 items" in args["inactive_time_list"]
    assert "1-1440" in args["redial_interval"]
    args, _, raises = method_doc("iovox_callflow.CallFlows.delete")
    assert "|" not in args["names"] or "joined" in args["names"]
    assert "Default False" in args["detach_from_links"]
    assert '"Call Flow x of y does not exist"' in raises["NotFoundError"]
    assert '"Call Flow x of y is attached to a Link"' in raises["ConflictError"]
    assert '"HTTP 401: Unauthorized"' in raises["AuthenticationError"]


def test_raises_lists_the_operations_own_codes_when_the_spec_names_them() -> None:
    _, _, raises = method_doc("itnio_aivoice.Tasks.list")
    assert "-37" in raises["NotFoundError"] and "-32" not in raises.get("NotFoundError", "")
    _, _, raises = method_doc("itnio_otp.Flows.update")
    assert "-20" in raises["ConflictError"] and "-16" in raises["TimestampExpiredError"]
