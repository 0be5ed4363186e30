"""What the mock accepts: the same environment variables as the clients, demo values when unset."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from commspec._spec import ApiSpec
from commspec.mock._specs import default_settings, demo_credentials

# Keyed by the environment variables the specs name for the clients' credentials (x-commspec.environment),
# the values from each spec's x-commspec.mock.demo.
DEMO = demo_credentials()
# Request bodies above this answer 413 before any vendor sees them (every route, /_mock/ too).
# 2 MiB: above the IOVOX fake's 1 MiB XML limit, so that limit keeps its vendor error string.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
# Requests the journal keeps: a test's calls many times over, a few MB at most for typical bodies.
DEFAULT_MAX_RECORDED_REQUESTS = 10_000
# What the mock shows in place of a credential that is not a demo value (start banner, /_mock/state).
NOT_SHOWN = "<not shown: taken from the mock's environment>"
# Host header values the control API answers besides the loopback names (webpack-dev-server's
# `allowedHosts`): a comma-separated list, "*" for any; `commspec-mock --allow-host NAME` adds one.
ALLOW_HOSTS_VARIABLE = "COMMSPEC_MOCK_ALLOW_HOSTS"


@dataclass(slots=True)
class MockConfig:
    credentials: dict[str, str] = field(default_factory=demo_credentials)
    # The vendor fakes' settings, by name (x-commspec.mock.settings of the specs): partitions that exist
    # (ITNIO's appIds), account ceilings, clock windows.
    settings: dict[str, Any] = field(default_factory=default_settings)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger request bodies get 413
    # Requests kept for tests to read (mock.requests); past it the oldest go (Journal.dropped counts them).
    max_recorded_requests: int = DEFAULT_MAX_RECORDED_REQUESTS
    # Credential sets (argument -> value) of the clients a test built with its own credentials, accepted
    # besides the configured ones (commspec.testing admits them); never shown or served.
    admitted: list[dict[str, str]] = field(default_factory=list, init=False, repr=False, compare=False)
    # Host names (no port) the served control API answers besides localhost/127.0.0.1/[::1]; "*": any.
    allowed_hosts: tuple[str, ...] = ()

    @classmethod
    def from_env(cls) -> MockConfig:
        hosts = tuple(h.strip() for h in os.environ.get(ALLOW_HOSTS_VARIABLE, "").split(",") if h.strip())
        return cls(
            credentials={name: os.environ.get(name) or demo for name, demo in demo_credentials().items()},
            allowed_hosts=hosts,
        )

    def credential(self, name: str) -> str:
        """The value expected for the environment variable ``name``."""
        return self.credentials[name]

    def argument(self, api: ApiSpec, argument: str) -> str:
        """The value expected for a client's credential ``argument`` (named as in its constructor)."""
        return self.credentials[api.environment[argument]]

    def accounts(self, api: ApiSpec, *arguments: str) -> list[tuple[str, ...]]:
        """Every accepted combination of the credential ``arguments`` of ``api`` (constructor names):
        the configured one first, then those admitted from a test's clients."""
        found = [tuple(self.argument(api, name) for name in arguments)]
        for admitted in list(self.admitted):
            values = tuple(admitted.get(name) for name in arguments)
            if all(value is not None for value in values) and values not in found:
                found.append(values)  # type: ignore[arg-type]  # no None left
        return found

    def admit(self, credentials: Mapping[str, str]) -> None:
        """Accept ``credentials`` (a client's, argument -> value) besides the configured ones."""
        if credentials and dict(credentials) not in self.admitted:
            self.admitted.append(dict(credentials))

    def shown_credentials(self) -> dict[str, str]:
        """The credentials as the mock may show them (banner, ``/_mock/state``): a demo value as it is,
        any other value (a real secret in the environment, a test's own) as ``NOT_SHOWN``."""
        return {
            name: value if is_demo(name, value) else NOT_SHOWN for name, value in self.credentials.items()
        }

    def hidden_values(self) -> frozenset[str]:
        """The credential values that must not be shown (every one that is not a demo value)."""
        configured = {v for n, v in self.credentials.items() if v and not is_demo(n, v)}
        # A test's clients' own credentials too (a failed assert on state() must not print a real key),
        # except values too short to be a real secret, whose replacement would garble the state.
        admitted = {
            v
            for accepted in self.admitted
            for v in accepted.values()
            if len(v) >= 8 and v not in DEMO.values()
        }
        return frozenset(configured | admitted)

    def to_dict(self) -> dict[str, Any]:
        shown = {name: value for name, value in asdict(self).items() if name != "admitted"}
        return {**shown, "credentials": self.shown_credentials()}


def is_demo(variable: str, value: str) -> bool:
    """Whether ``value`` is the demo value of the credential variable ``variable`` (safe to show)."""
    return demo_credentials().get(variable) == value
