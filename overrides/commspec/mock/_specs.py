"""The specs the mock serves, found rather than listed: every generated ``commspec_generated.<api>.spec``
module, the vendors they name, and what they say the mock starts with (``x-commspec.mock``: ``demo``
credentials by constructor argument, ``settings`` by name)."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

import commspec_generated
from commspec._spec import ApiSpec


def spec_modules() -> list[ModuleType]:
    """Every generated ``commspec_generated.<api>.spec`` module (a package of XML bindings has none)."""
    found = []
    for module in sorted(pkgutil.iter_modules(commspec_generated.__path__), key=lambda m: m.name):
        try:
            found.append(importlib.import_module(f"commspec_generated.{module.name}.spec"))
        except ModuleNotFoundError:
            continue
    return found


def vendors() -> dict[str, list[ModuleType]]:
    """Vendor -> the spec modules of its APIs (``API``, ``OPERATIONS``), in a stable order."""
    out: dict[str, list[ModuleType]] = {}
    for module in spec_modules():
        out.setdefault(module.API.vendor, []).append(module)
    return dict(sorted(out.items()))


def apis() -> list[ApiSpec]:
    return [module.API for modules in vendors().values() for module in modules]


def demo_credentials() -> dict[str, str]:
    """Environment variable -> the demo value the mock accepts when the variable is unset."""
    out: dict[str, str] = {}
    for api in apis():
        for argument, value in api.mock.get("demo", {}).items():
            out[api.environment[argument]] = str(value)
    return out


def default_settings() -> dict[str, Any]:
    """The mock's settings (``MockConfig.settings``) as the specs set them: partitions that exist,
    account ceilings, token lifetimes, clock windows."""
    out: dict[str, Any] = {}
    for api in apis():
        for name, value in api.mock.get("settings", {}).items():
            out[name] = tuple(value) if isinstance(value, list) else value
    return out
