"""Module attributes imported on first access (PEP 562), for the generated models of a vendor package.

Building every pydantic model of an API costs about as much as importing httpx: a program that only
sends requests should not pay it at ``import commspec.<vendor>``. The vendor package imports the same
modules under ``TYPE_CHECKING`` so that type checkers and IDEs see every name.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any


def lazy_getattr(package: str, modules: Sequence[str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that finds ``name`` in the first of ``modules`` defining it."""

    def __getattr__(name: str) -> Any:
        if not name.startswith("_"):
            for module in modules:
                value = getattr(importlib.import_module(module), name, None)
                if value is not None:
                    setattr(sys.modules[package], name, value)  # found once: later lookups skip this
                    return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
