"""Route requests to operations using the generated operation tables (the specs), not hand-kept URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from commspec._spec import Operation


@dataclass(frozen=True, slots=True)
class Route:
    operation: Operation
    pattern: re.Pattern[str]
    methods: frozenset[str]


def _compile(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    return re.compile(f"^{regex}$")


class Router:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self.routes = [
            Route(op, _compile(op.path), frozenset((op.method, *op.also_accepts))) for op in operations
        ]
        # Routes without path parameters by path (position, route), so that a request is not matched
        # against every regex; the ones with parameters are still tried in order.
        self._literal: dict[str, list[tuple[int, Route]]] = {}
        self._templated: list[tuple[int, Route]] = []
        for position, route in enumerate(self.routes):
            if "{" in route.operation.path:
                self._templated.append((position, route))
            else:
                self._literal.setdefault(route.operation.path, []).append((position, route))

    def match(self, method: str, path: str, query: dict[str, str]) -> tuple[Operation, dict[str, str]] | None:
        """The operation and its path parameters (the first route in order that takes the request);
        ``None`` when no route has this path."""
        literal = next(
            (p for p, r in self._literal.get(path, ()) if _takes(r, method, query)), len(self.routes)
        )
        for position, route in self._templated:
            if position > literal:
                break
            found = route.pattern.match(path)
            if found and _takes(route, method, query):
                return route.operation, found.groupdict()
        return (self.routes[literal].operation, {}) if literal < len(self.routes) else None

    def knows_path(self, path: str) -> bool:
        return any(route.pattern.match(path) for route in self.routes)


def _takes(route: Route, method: str, query: dict[str, str]) -> bool:
    fixed = route.operation.fixed_query
    return method in route.methods and all(query.get(k) == v for k, v in fixed.items())
