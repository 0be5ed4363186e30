"""Fault injection for the mock (``/_mock/faults``): make an operation misbehave on purpose.

A fault speaks the vendor: a "status" fault answers with the injected HTTP status and the vendor's own
error body for it (Huawei ``error_code``/``error_msg``, IOVOX ``<error status=...>``, the ITNIO envelope),
and a "vendor_error" fault answers the vendor's documented error for one of the codes the operation
documents (``vendor_code``), with the status and body the vendor gives it.

Every fault is checked before it is stored (``FaultError`` names the field): a misspelt operation would
never fire and let a test pass without testing anything; a mistyped count or probability used to make a
fault permanent, and an unbounded delay hung the next request.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Final

FAULT_KINDS = frozenset({"status", "vendor_error", "reset", "slow", "malformed_json", "html", "truncated"})
MAX_DELAY: Final = 60.0  # seconds a "slow" fault may hold a response: beyond any client timeout under test
STATUSES: Final = range(400, 600)  # what an injected error status may be


class ConnectionResetFault(Exception):
    """Raised to make the transport drop the connection instead of answering (the "reset" fault)."""


class FaultError(ValueError):
    """An ill-formed fault; ``field`` names the offending field (``"(body)"`` for the whole fault)."""

    def __init__(self, field: str, message: str, valid: Iterable[str] = ()) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.valid = sorted(valid)


@dataclass(slots=True)
class Fault:
    kind: str  # one of FAULT_KINDS
    operation: str | None = None  # operationId, or None for every operation
    status: int = 500
    retry_after: float | None = None
    delay: float = 0.0  # seconds, for "slow" (0 to MAX_DELAY)
    count: int | None = 1  # remaining injections (>= 1); None = unlimited
    probability: float = 1.0  # 0 to 1
    vendor_code: str | None = None  # "vendor_error": one of the codes the operation documents

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Fault:
        """A fault from the control API's JSON object (types are checked by ``check``)."""
        if not isinstance(data, Mapping):
            raise FaultError("(body)", "expected a JSON object")
        known = {f.name for f in fields(cls)}
        for name in data:
            if name not in known:
                raise FaultError(str(name), f"unknown field; expected some of {sorted(known)}")
        if "kind" not in data and "vendor_code" in data:
            return cls(**{"kind": "vendor_error", **data})
        if "kind" not in data:
            raise FaultError("kind", f"required; one of {sorted(FAULT_KINDS)}")
        return cls(**data)

    def check(self, operations: Mapping[str, tuple[str, ...] | None]) -> None:
        """``FaultError`` unless every field is well-formed, ``operation`` is one of ``operations`` and
        a ``vendor_code`` is one that ``operations[operation]`` (the codes it documents) lists
        (``None``: a name several vendors use, which a vendor_error must qualify)."""
        if not isinstance(self.kind, str) or self.kind not in FAULT_KINDS:
            raise FaultError(
                "kind", f"unknown fault kind {self.kind!r}; expected one of {sorted(FAULT_KINDS)}"
            )
        if self.operation is not None and (
            not isinstance(self.operation, str) or self.operation not in operations
        ):
            raise FaultError(
                "operation",
                f"unknown operation {self.operation!r}; expected null (every operation) or one of "
                f"{', '.join(sorted(operations))}",
                operations,
            )
        if not _is_int(self.status) or self.status not in STATUSES:
            raise FaultError(
                "status", f"must be an integer HTTP status from {STATUSES.start} to {STATUSES.stop - 1}"
            )
        if self.retry_after is not None and not _number_within(self.retry_after, 0, math.inf):
            raise FaultError("retry_after", "must be null or a finite number of seconds >= 0")
        if not _number_within(self.delay, 0, MAX_DELAY):
            raise FaultError("delay", f"must be a number of seconds from 0 to {MAX_DELAY:g}")
        self._check_vendor_code(operations)
        if self.count is not None and not (_is_int(self.count) and self.count >= 1):
            raise FaultError("count", "must be null (unlimited) or an integer >= 1")
        if not _number_within(self.probability, 0, 1):
            raise FaultError("probability", "must be a number from 0 to 1")

    def _check_vendor_code(self, operations: Mapping[str, tuple[str, ...] | None]) -> None:
        if self.kind != "vendor_error":
            if self.vendor_code is not None:
                raise FaultError("vendor_code", f"only for kind 'vendor_error', not {self.kind!r}")
            return
        if self.operation is None:
            raise FaultError("operation", "required for a vendor_error: the code must be one it documents")
        documented = operations[self.operation]
        if documented is None:
            choices = sorted(name for name in operations if name.endswith(f".{self.operation}"))
            raise FaultError(
                "operation",
                f"{self.operation!r} names an operation of several vendors: name one of {', '.join(choices)}",
                choices,
            )
        if not isinstance(self.vendor_code, str) or self.vendor_code not in documented:
            raise FaultError(
                "vendor_code",
                f"{self.vendor_code!r} is not a code {self.operation} documents; expected one of "
                f"{', '.join(repr(c) for c in documented)}",
                documented,
            )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number_within(value: object, low: float, high: float) -> bool:
    """A real number (not a bool, not NaN or infinite) in [low, high]."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and low <= value <= high
    )


class FaultBook:
    def __init__(self, operations: Callable[[], Mapping[str, tuple[str, ...] | None]], seed: int = 0) -> None:
        # What faults may target: every operation the mock serves -> the vendor codes it documents.
        self._operations = operations
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 - reproducible test faults

    def add(self, fault: Fault) -> None:
        """Store ``fault``; ``FaultError`` (a ``ValueError``) naming the field when it is ill-formed."""
        fault.check(self._operations())
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, operation: str, qualified: str | None = None) -> Fault | None:
        """The fault to apply to a request of ``operation`` (its operationId; ``qualified``: with its
        vendor, ``itnio.templates_create``), consuming one of its counts."""
        with self._lock:
            for fault in self._faults:
                if fault.operation not in (None, operation, qualified):
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
