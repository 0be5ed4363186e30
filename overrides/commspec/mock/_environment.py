"""The environment variables a client needs to reach a mock: every base URL and credential variable the
specs name (``x-commspec.environment``), with the values this mock accepts. The start banner prints them
as ``export`` lines; ``commspec.testing`` hands them to the clients it points at the mock."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import commspec_generated
from commspec.mock._config import MockConfig


def spec_modules() -> Iterator[ModuleType]:
    """Every generated ``commspec_generated.<api>.spec`` module."""
    for module in pkgutil.iter_modules(commspec_generated.__path__):
        try:
            yield importlib.import_module(f"commspec_generated.{module.name}.spec")
        except ModuleNotFoundError:
            continue  # the XSD bindings package has no spec module


def client_environment(config: MockConfig, url: str) -> dict[str, str]:
    """Variable -> value for every base URL (``url``) and credential (``config``) a client reads."""
    environment: dict[str, str] = {}
    for module in spec_modules():
        for argument, variable in module.API.environment.items():
            if argument == "base_url":
                environment[variable] = url
            elif variable in config.credentials:
                environment[variable] = config.credentials[variable]
    return dict(sorted(environment.items()))
