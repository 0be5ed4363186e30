"""commspec.mock has no import circle (issue 18): the adapters (ASGI app, in-process transport) are typed
against a ``Handle`` callable, the control routes against the ``Controlled`` protocol, the fault types sit
in ``_faults.py``, and dispatch lives in the server it belongs to. Imports are read from the source
(``TYPE_CHECKING`` and function-level ones included), as ``tests/test_layers.py`` reads them."""

from __future__ import annotations

from pathlib import Path

from tests.test_layers import ROOT, _module_of, imports

MOCK = ROOT / "overrides" / "commspec" / "mock"


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports."""
    modules = {_module_of(path): path for path in sorted(package.rglob("*.py"))}
    return {name: {m for m in imports(path) if m in modules and m != name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, each as the path that closes it (depth-first search, three colours)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                found.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_the_mock_has_no_import_circle() -> None:
    assert cycles(import_graph(MOCK)) == []


def test_the_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


def test_the_adapters_know_no_server() -> None:
    graph = import_graph(MOCK)
    for adapter in ("commspec.mock._asgi", "commspec.mock._transport", "commspec.mock._control"):
        assert "commspec.mock._server" not in graph[adapter], adapter
