"""The environment variables a client needs to reach a mock: every base URL and credential variable the
specs name (``x-commspec.environment``), with the values this mock accepts. The start banner prints them
as ``export`` lines; ``commspec.testing`` hands them to the clients it points at the mock."""

from __future__ import annotations

from commspec.mock._config import MockConfig
from commspec.mock._specs import spec_modules


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
