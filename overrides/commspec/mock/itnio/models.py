"""ITNIO's state: OTP flows, applications and templates per account and AI voice tasks per application,
kept by the engine from the specs' ``mock-resources`` (moto-style backend, testable without HTTP); the
codes sent and their checks in ``verifications`` (``commspec.mock.itnio.otp``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from commspec._spec import ApiSpec
from commspec.mock._engine import Engine, Store
from commspec.mock.itnio.otp import Verifications


class ItnioBackend(Store):
    """``flows`` (per account) and ``tasks`` (per appId), as ``x-commspec.mock-resources`` describes."""

    engine: Engine  # set by ``install``: seed state through the spec's operations (``engine.apply``)
    verifications: Verifications | None = None  # set by ``install``

    def reset(self) -> None:
        super().reset()
        if self.verifications is not None:
            self.verifications.reset()

    def snapshot(self) -> dict[str, Any]:
        codes = self.verifications.snapshot() if self.verifications is not None else {}
        return {**super().snapshot(), "verifications_sent": codes}

    def __init__(self, *apis: ApiSpec, clock: Callable[[], float] = time.time) -> None:
        super().__init__({name: r for api in apis for name, r in api.mock_resources.items()}, clock)
