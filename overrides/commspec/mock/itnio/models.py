"""ITNIO's state: OTP flows, applications and templates per account and AI voice tasks per application,
kept by the engine from the specs' ``mock-resources`` (moto-style backend, testable without HTTP); the
codes sent and their checks in ``verifications`` (``commspec.mock.itnio.otp``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from commspec._spec import ApiSpec
from commspec.mock._engine import Engine, Store, clock_text
from commspec.mock.itnio.otp import Verifications


class ItnioBackend(Store):
    """``flows`` (per account) and ``tasks`` (per appId), as ``x-commspec.mock-resources`` describes."""

    engine: Engine  # set by ``install``: seed state through the spec's operations (``engine.apply``)
    verifications: Verifications | None = None  # set by ``install``

    def reset(self) -> None:
        super().reset()
        if self.verifications is not None:
            self.verifications.reset()

    def auto_start(self, rule: Mapping[str, Any], now: float) -> None:
        """Tasks that start themselves (``x-commspec.mock.auto-start``): each item matching ``when``,
        in a ``from`` state, whose ``at`` time (``format``, UTC) has come, moves to ``to``."""
        resource = self.resources[rule["resource"]]
        assert resource.state is not None, f"{resource.name}: auto-start needs the resource's state"
        due = clock_text(now, rule["format"])
        for items in self.items[resource.name].values():
            for item in items.values():
                starts = str(item.get(rule["at"]) or "~")  # "~" sorts after every date: never due
                matches = all(item.get(name) == value for name, value in rule["when"].items())
                if matches and item.get(resource.state) in rule["from"] and starts <= due:
                    item[resource.state] = rule["to"]

    def snapshot(self) -> dict[str, Any]:
        codes = self.verifications.snapshot() if self.verifications is not None else {}
        return {**super().snapshot(), "verifications_sent": codes}

    def __init__(self, *apis: ApiSpec, clock: Callable[[], float] = time.time) -> None:
        super().__init__({name: r for api in apis for name, r in api.mock_resources.items()}, clock)
