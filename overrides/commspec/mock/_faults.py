"""Fault injection for the mock (``/_mock/faults``): make an operation misbehave on purpose."""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass
from typing import Any

FAULT_KINDS = frozenset({"status", "reset", "slow", "malformed_json", "html", "truncated"})


@dataclass(slots=True)
class Fault:
    kind: str  # one of FAULT_KINDS
    operation: str | None = None  # operationId, or None for every operation
    status: int = 500
    retry_after: float | None = None
    delay: float = 0.0  # seconds, for "slow"
    count: int | None = 1  # remaining injections; None = unlimited
    probability: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class FaultBook:
    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 - reproducible test faults

    def add(self, fault: Fault) -> None:
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; expected one of {sorted(FAULT_KINDS)}")
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, operation: str) -> Fault | None:
        """The fault to apply to this request, consuming one of its counts."""
        with self._lock:
            for fault in self._faults:
                if fault.operation not in (None, operation):
                    continue
                if self._random.random() >= fault.probability:
                    continue
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                return fault
        return None

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.to_dict() for f in self._faults]
