"""The API report: its markdown reads back exactly, changes are classified breaking or not, and the
committed generated/API.md is what the current code renders."""

from __future__ import annotations

import re
import textwrap

import pytest
import yaml

from generator import mock_surface
from generator.api_changes import Change, compare, format_changes
from generator.api_format import (
    KEYWORD,
    POSITIONAL,
    POSITIONAL_ONLY,
    VAR_KEYWORD,
    VAR_POSITIONAL,
    Entry,
    EnumValue,
    Field,
    Method,
    Param,
    Report,
    parse,
    render,
)
from generator.api_report import REPORT, ROOT, _render_in_subprocess
from generator.preprocess import flatten, operations, resolve


def client(*members: str) -> Report:
    """A report with one exported class `commspec.x.Client` whose members are the given lines."""
    lines = [line for m in members for line in textwrap.dedent(m).splitlines() if line.strip()]
    body = textwrap.indent("\n".join(lines), "    ")
    return parse(f"# commspec.x\n\n## Client\n\n```python\nclass Client:\n{body}\n```\n")


UPDATE = """
def flows.update(
    flow_id: str,
    *,
    name: str,
    mode: Literal['AUTO', 'MANUAL'] = 'AUTO',
) -> TaskFlow
"""


def changes(old: str, new: str) -> list[tuple[str, bool]]:
    return [(c.message, c.breaking) for c in compare(client(old), client(new))]


# --------------------------------------------------------------------------------------- round trip


def test_every_construct_reads_back_as_rendered() -> None:
    report = Report(
        (
            Entry(
                "commspec.x",
                "Client",
                "class",
                ("Generic[T]",),
                (
                    Method(
                        "__init__",
                        (
                            Param("a", POSITIONAL_ONLY, "int", None),
                            Param("b", POSITIONAL, "str | None", "'x = [1, (2]'"),
                            Param("args", VAR_POSITIONAL, "Any", None),
                            Param("c", KEYWORD, "Literal['a, b', \"it's\"]", "'a, b'"),
                            Param("kwargs", VAR_KEYWORD, None, None),
                        ),
                        None,
                    ),
                    Field("base_url", "str", None),
                    Field("records", "list[T]", None, read_only=True),
                    Method("close", (), "None", is_async=True, summary="Close the connections."),
                    Method("flows.update", (Param("d", KEYWORD, "int", "1"),), "Page[T]"),
                ),
            ),
            Entry(
                "commspec.x", "sign", "function", (), (Method("sign", (), "str", summary="Sign it: now."),)
            ),
            Entry("commspec.x", "LIMIT", "constant", (), (Field("LIMIT", "int", "5"),)),
            Entry("commspec.y", "Color", "class", ("Enum",), (EnumValue("RED", "'red'"),)),
            Entry(None, "Unset", "class"),
            Entry(None, "itnio_otp.Unset", "class", (), (Field("x", "int", None),)),
        )
    )
    assert parse(render(report)) == report
    summaries = [m.summary for e in parse(render(report)).entries for m in e.members if isinstance(m, Method)]
    assert summaries == ["", "Close the connections.", "", "Sign it: now."]


def test_a_hand_edited_report_is_refused_with_the_entry_named() -> None:
    text = "# commspec.x\n\n## Client\n\n```python\nclass Client:\n  def close() -> None\n```\n"
    with pytest.raises(ValueError, match="'Client'"):
        parse(text)


# ----------------------------------------------------------------------------------- classification


def test_same_report_has_no_changes_and_union_order_is_not_a_change() -> None:
    assert changes(UPDATE, UPDATE) == []
    assert changes("x: int | None = None", "x: None | int = None") == []


def test_removed_parameter_is_breaking() -> None:
    assert changes(UPDATE, UPDATE.replace("    name: str,\n", "")) == [
        ("parameter `name: str` removed", True)
    ]


def test_renamed_parameter_is_breaking() -> None:
    assert changes(UPDATE, UPDATE.replace("name: str", "title: str")) == [
        ("parameter `name` renamed to `title`", True)
    ]


def test_removed_and_renamed_methods_are_breaking() -> None:
    other = "def close() -> None"
    assert changes(f"{UPDATE}\n{other}", UPDATE) == [("method removed", True)]
    assert changes(UPDATE, UPDATE.replace("flows.update", "flows.edit")) == [("renamed to flows.edit", True)]


def test_added_method_is_not_breaking() -> None:
    assert compare(client(UPDATE), client(UPDATE, "def close() -> None")) == [
        Change("commspec.x.Client.close", "method added", False)
    ]


def test_narrowed_parameter_type_is_breaking_and_widened_is_not() -> None:
    narrowed = UPDATE.replace("Literal['AUTO', 'MANUAL']", "Literal['AUTO']")
    widened = UPDATE.replace("Literal['AUTO', 'MANUAL']", "Literal['AUTO', 'MANUAL', 'TEST']")
    assert changes(UPDATE, narrowed) == [
        ("parameter `mode` type narrowed: Literal['AUTO', 'MANUAL'] -> Literal['AUTO']", True)
    ]
    assert changes(UPDATE, widened) == [
        (
            "parameter `mode` type widened: Literal['AUTO', 'MANUAL'] -> Literal['AUTO', 'MANUAL', 'TEST']",
            False,
        )
    ]


def test_a_long_type_change_names_only_the_values_that_went_and_came() -> None:
    values = ", ".join(f"'{v}'" for v in ("BUSY", "CALL_LOSS", "NO_ANSWER", "POWER_OFF", "REFUSED"))
    long = f"def f(\n    x: Sequence[Literal[{values}, 'VACANT']] | Unset = UNSET,\n) -> None"
    assert changes(long, long.replace("'VACANT'", "'SPARE'")) == [
        ("parameter `x` type changed: removed Literal['VACANT']; added Literal['SPARE']", True)
    ]
    assert changes(long, long.replace(", 'VACANT'", "")) == [
        ("parameter `x` type narrowed: removed Literal['VACANT']", True)
    ]


def test_a_covariant_container_widens_but_an_invariant_one_changes() -> None:
    seq = "def f(\n    x: Sequence[A],\n) -> None"
    assert changes(seq, seq.replace("Sequence[A]", "Sequence[A | B]")) == [
        ("parameter `x` type widened: Sequence[A] -> Sequence[A | B]", False)
    ]
    lst = seq.replace("Sequence", "list")
    assert changes(lst, lst.replace("list[A]", "list[A | B]")) == [
        ("parameter `x` type changed: list[A] -> list[A | B]", True)
    ]


def test_unrelated_parameter_type_is_breaking() -> None:
    assert changes(UPDATE, UPDATE.replace("flow_id: str", "flow_id: int")) == [
        ("parameter `flow_id` type changed: str -> int", True)
    ]


def test_newly_required_parameters_are_breaking_optional_ones_are_not() -> None:
    with_required = UPDATE.replace("    name: str,\n", "    name: str,\n    app_id: str,\n")
    with_optional = UPDATE.replace("    name: str,\n", "    name: str,\n    app_id: str | None = None,\n")
    assert changes(UPDATE, with_required) == [("new required parameter `app_id: str`", True)]
    assert changes(UPDATE, with_optional) == [("parameter `app_id: str | None = None` added", False)]
    no_default = UPDATE.replace(" = 'AUTO'", "")
    assert changes(UPDATE, no_default) == [("parameter `mode` now required (was default 'AUTO')", True)]
    assert changes(no_default, UPDATE) == [("parameter `mode` now optional (default 'AUTO')", False)]
    assert changes(UPDATE, UPDATE.replace("= 'AUTO'", "= 'MANUAL'")) == [
        ("parameter `mode` default 'AUTO' -> 'MANUAL'", False)
    ]


def test_keyword_only_and_moved_parameters_are_breaking() -> None:
    keyword_only = UPDATE.replace("    flow_id: str,\n    *,\n", "    *,\n    flow_id: str,\n")
    assert changes(UPDATE, keyword_only) == [("parameter `flow_id` was positional, now keyword-only", True)]
    assert changes(keyword_only, UPDATE) == [("parameter `flow_id` was keyword-only, now positional", False)]
    two = "def f(\n    a: int,\n    b: int,\n) -> None"
    assert changes(two, "def f(\n    b: int,\n    a: int,\n) -> None") == [
        ("parameter `a` moved from position 0 -> 1", True),
        ("parameter `b` moved from position 1 -> 0", True),
    ]


def test_return_type_widened_is_breaking_and_narrowed_is_not() -> None:
    assert changes(UPDATE, UPDATE.replace("-> TaskFlow", "-> TaskFlow | None")) == [
        ("return type widened: TaskFlow -> TaskFlow | None", True)
    ]
    assert changes(UPDATE.replace("-> TaskFlow", "-> TaskFlow | None"), UPDATE) == [
        ("return type narrowed: TaskFlow | None -> TaskFlow", False)
    ]


def test_sync_to_async_is_breaking() -> None:
    assert changes("def close() -> None", "async def close() -> None") == [("now a coroutine (async)", True)]


def model(*fields: str) -> Report:
    body = "".join(f"    {f}\n" for f in fields)
    return parse(f"# Reached\n\n## TaskFlow\n\n```python\nclass TaskFlow:\n{body}```\n")


def model_changes(old: Report, new: Report) -> list[tuple[str, bool]]:
    return [(c.message, c.breaking) for c in compare(old, new)]


def test_model_fields_removed_or_newly_required_are_breaking_optional_additions_are_not() -> None:
    base = model("flow_id: int", "name: str | None = None")
    assert model_changes(base, model("flow_id: int")) == [("field removed", True)]
    assert model_changes(
        base, model("flow_id: int", "name: str | None = None", "tag: str | None = None")
    ) == [("field added", False)]
    assert model_changes(base, model("flow_id: int", "name: str | None = None", "tag: str")) == [
        ("new required field `tag: str`", True)
    ]
    assert model_changes(base, model("flow_id: int", "name: str | None")) == [
        ("now required (was default None)", True)
    ]


def test_any_model_field_type_change_is_breaking_a_property_narrowing_is_not() -> None:
    # A field is passed (narrowing breaks callers) and read (widening breaks readers).
    assert model_changes(model("a: int | None = None"), model("a: int | Unset = UNSET")) == [
        ("type changed: int | None -> int | Unset", True),
        ("default None -> UNSET", False),
    ]
    assert model_changes(model("a: int"), model("a: int | None")) == [
        ("type widened: int -> int | None", True)
    ]
    assert model_changes(model("@property a: int | None"), model("@property a: int")) == [
        ("type narrowed: int | None -> int", False)
    ]


def test_enum_members_removed_are_breaking_added_are_not() -> None:
    def enum(*members: str) -> Report:
        body = "".join(f"    {m}\n" for m in members)
        return parse(f"# commspec.x\n\n## Mode\n\n```python\nclass Mode(Enum):\n{body}```\n")

    assert model_changes(enum("A = 'a'", "B = 'b'"), enum("A = 'a'")) == [("enum member removed", True)]
    assert model_changes(enum("A = 'a'"), enum("A = 'a'", "B = 'b'")) == [("enum member added", False)]
    assert model_changes(enum("A = 'a'"), enum("A = 'x'")) == [("value 'a' -> 'x'", True)]


def test_entries_removed_are_breaking_and_newly_exported_is_not() -> None:
    reached = Report((Entry(None, "TaskFlow", "class"),))
    exported = Report((Entry("commspec.itnio", "TaskFlow", "class"),))
    assert compare(reached, exported) == [
        Change("commspec.itnio.TaskFlow", "now importable from commspec.itnio", False)
    ]
    assert compare(exported, reached) == [
        Change("commspec.itnio.TaskFlow", "no longer importable from commspec.itnio", True)
    ]
    assert compare(exported, Report(())) == [Change("commspec.itnio.TaskFlow", "class removed", True)]
    assert compare(Report(()), exported) == [Change("commspec.itnio.TaskFlow", "class added", False)]


def test_the_change_printer_marks_breaking_changes() -> None:
    printed = format_changes(
        [
            Change("commspec.x.Client.flows.update", "parameter `name: str` removed", True),
            Change("a", "b", False),
        ],
        "generated/API.md",
    )
    assert printed.splitlines() == [
        "generated/API.md: 2 public API change(s), 1 breaking",
        "  BREAKING  commspec.x.Client.flows.update: parameter `name: str` removed",
        "            a: b",
    ]
    assert format_changes([], "generated/API.md") == "generated/API.md: public API unchanged"


# ------------------------------------------------------------------------------------ the real report


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spec_arguments(spec: str, operation_id: str) -> tuple[list[str], list[str]]:
    """(path parameters, body fields) of an operation, as the generated method names them."""
    doc = yaml.safe_load((ROOT / spec).read_text(encoding="utf-8"))
    (operation,) = [op for _, _, op in operations(doc) if op["operationId"] == operation_id]
    path = [snake(p["name"]) for p in operation.get("parameters", []) if p["in"] == "path"]
    body = resolve(doc, operation["requestBody"]["content"]["application/json"]["schema"])
    return path, [snake(name) for name in flatten(doc, body)["properties"]]


@pytest.fixture(scope="module")
def fresh() -> str:
    return _render_in_subprocess(ROOT)


def test_committed_report_is_what_the_code_renders(fresh: str) -> None:
    """Also covered by `nox -s tests` (which regenerates generated/); this names the fix when only
    overrides/ changed: run `python -m generator` and commit generated/API.md."""
    assert REPORT.read_text(encoding="utf-8") == fresh


def test_the_report_shows_the_documented_surface(fresh: str) -> None:
    entries = {e.key: e for e in parse(fresh).entries}
    for vendor, name in [("itnio", "Itnio"), ("huawei", "Msgsms"), ("iovox", "Iovox")]:
        for prefix in ("", "Async"):
            members = {m.name for m in entries[f"commspec.{vendor}.{prefix}{name}Client"].members}
            assert {"__init__", "close", "with_options"} <= members
    itnio = {m.name: m for m in entries["commspec.itnio.ItnioClient"].members}
    update = itnio["flows.update"]
    assert isinstance(update, Method)
    # The mechanism, not today's parameter list: path parameters positional, body fields keyword-only,
    # as the spec of the operation has them (a compatible addition to the spec keeps this passing).
    path_params, body_fields = spec_arguments("specs/itnio/otp.openapi.yaml", "flows_update")
    assert [p.name for p in update.params if p.kind == POSITIONAL] == path_params
    options = {"extra_headers", "extra_query", "extra_body", "timeout"}  # every method's per-call options
    assert {p.name for p in update.params if p.kind == KEYWORD} - options == set(body_fields)
    assert update.returns == "TaskFlow"
    assert update.summary == "Update a task flow."  # the spec's summary, one line above the method
    init = itnio["__init__"]
    assert isinstance(init, Method)
    assert {p.name for p in init.params} >= {"api_key", "api_secret", "base_url", "timeout", "max_retries"}
    # Models are public, in commspec.<vendor>.types: snake_case fields, optional ones `X | None = None`.
    assert Field("flow_id", "int", None) in entries["commspec.itnio.types.TaskFlow"].members
    assert Field("status", "str | None", "None") in entries["commspec.itnio.types.Task"].members
    assert "commspec.itnio.types.FlowNodeParam" in entries
    # The testing helpers and the mock are public surface too, with the mock's behaviour per API.
    assert {
        "commspec.testing.mock_vendors",
        "commspec.testing.VendorMock",
        "commspec.mock.MockServer",
    } <= set(entries)
    assert "tasks_stop.effect.to_state = 'PAUSED'" in mock_surface.parse(fresh)[
        "itnio_aivoice"
    ].__repr__() or (mock_surface.parse(fresh)["itnio_aivoice"]["tasks_stop.effect.to_state"] == "'PAUSED'")
    assert "Unset" not in fresh and "UNSET" not in fresh
    assert (fresh.count("commspec_generated"), fresh.count(" at 0x")) == (0, 0)
