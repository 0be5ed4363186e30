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

    def match(self, method: str, path: str, query: dict[str, str]) -> tuple[Operation, dict[str, str]] | None:
        """The operation and its path parameters; ``None`` when no route has this path."""
        for route in self.routes:
            found = route.pattern.match(path)
            fixed = route.operation.fixed_query
            if found and method in route.methods and all(query.get(k) == v for k, v in fixed.items()):
                return route.operation, found.groupdict()
        return None

    def knows_path(self, path: str) -> bool:
        return any(route.pattern.match(path) for route in self.routes)
