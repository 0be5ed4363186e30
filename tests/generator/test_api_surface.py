"""The report describes models the same way whatever implements them (pydantic, dataclasses, attrs),
and renders types and defaults without module paths or memory addresses."""

from __future__ import annotations

import sys
import textwrap
import types
from collections.abc import Iterator

import pytest

from generator.api_format import KEYWORD, POSITIONAL, Field, Method, Param
from generator.api_surface import Describer
from generator.api_types import Namer

SOURCE = """
from __future__ import annotations

import dataclasses
from typing import Literal, TypedDict, NotRequired

import attrs
import pydantic


class Unset:
    pass


UNSET = Unset()


class Node(pydantic.BaseModel):
    a: int
    b: Kind | None = None
    c: list[Node] = pydantic.Field(default_factory=list)


@dataclasses.dataclass
class NodeDataclass:
    a: int
    b: Kind | None = None
    c: list[Node] = dataclasses.field(default_factory=list)


@attrs.define
class NodeAttrs:
    a: int
    b: Kind | None = None
    c: list[Node] = attrs.field(factory=list)


class NodeDict(TypedDict):
    a: int
    b: NotRequired[Kind | None]


Kind = Literal["x", "y"]


class Resource:
    def update(self, node_id: str, *, node: Node | dict[str, object], mode: str | Unset = UNSET) -> Node:
        raise NotImplementedError
"""


@pytest.fixture
def fixture_module() -> Iterator[types.ModuleType]:
    name = "commspec_generated._api_report_fixture"  # an "own" module: its classes are reported
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(textwrap.dedent(SOURCE), module.__dict__)
        yield module
    finally:
        del sys.modules[name]


EXPECTED = [
    Field("a", "int", None),
    Field("b", "Literal['x', 'y'] | None", "None"),
    Field("c", "list[Node]", "list()"),
]


@pytest.mark.parametrize("model", ["Node", "NodeDataclass", "NodeAttrs"])
def test_models_are_described_alike_whatever_implements_them(
    fixture_module: types.ModuleType, model: str
) -> None:
    entry = Describer(Namer()).entry(None, model, getattr(fixture_module, model))
    assert [m for m in entry.members if isinstance(m, Field)] == EXPECTED


def test_typed_dict_optional_keys_have_an_elided_default(fixture_module: types.ModuleType) -> None:
    entry = Describer(Namer()).entry(None, "NodeDict", fixture_module.NodeDict)
    assert entry.bases == ("TypedDict",)
    assert list(entry.members) == [Field("a", "int", None), Field("b", "Literal['x', 'y'] | None", "...")]


def test_methods_keep_parameter_kinds_types_and_sentinel_defaults(fixture_module: types.ModuleType) -> None:
    namer = Namer()
    entry = Describer(namer).entry("commspec.x", "Resource", fixture_module.Resource)
    assert entry.members == (
        Method(
            "update",
            (
                Param("node_id", POSITIONAL, "str", None),
                Param("node", KEYWORD, "Node | dict[str, object]", None),
                Param("mode", KEYWORD, "str | Unset", "UNSET"),
            ),
            "Node",
        ),
    )
    assert set(namer.seen) == {fixture_module.Node, fixture_module.Unset}  # what the signature reaches


def test_third_party_types_by_public_module_and_no_addresses() -> None:
    import httpx

    namer = Namer()
    assert namer.type(httpx.Client | None) == "httpx.Client | None"
    assert namer.type(types.TracebackType) == "TracebackType"
    assert namer.value(object()) == "<object>"
    assert namer.value(frozenset({"b", "a"})) == "frozenset({'a', 'b'})"
