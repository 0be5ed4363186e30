"""ITNIO's state: OTP flows per account and AI voice tasks per application, kept by the engine from the
specs' ``mock-resources`` (moto-style backend, testable without HTTP)."""

from __future__ import annotations

import time
from collections.abc import Callable

from commspec._spec import ApiSpec
from commspec.mock._engine import Engine, Store


class ItnioBackend(Store):
    """``flows`` (per account) and ``tasks`` (per appId), as ``x-commspec.mock-resources`` describes."""

    engine: Engine  # set by ``install``: seed state through the spec's operations (``engine.apply``)

    def __init__(self, *apis: ApiSpec, clock: Callable[[], float] = time.time) -> None:
        super().__init__({name: r for api in apis for name, r in api.mock_resources.items()}, clock)
