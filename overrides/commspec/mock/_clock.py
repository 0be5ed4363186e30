"""The mock's one clock: the wall clock plus an offset that ``advance()`` grows, so a test moves time
(code expiry, send-rate periods, flow waiting times, IAM token lifetimes) without sleeping.

Every vendor fake reads ``MockServer.clock`` for the state it keeps. The one exception is the check of a
client's signed request time (ITNIO's ``Timestamp``): clients sign with the real clock, so that window
is measured against ``wall()``; advancing the mock never makes a correctly signed request "expired".
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class MockClock:
    """``clock()`` is the mock's now (Unix seconds); ``advance(seconds)`` moves it forward."""

    def __init__(self, wall: Callable[[], float] = time.time) -> None:
        self.wall = wall
        self._offset = 0.0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[float], None]] = []

    def __call__(self) -> float:
        return self.wall() + self._offset

    @property
    def offset(self) -> float:
        """Seconds the mock is ahead of the wall clock."""
        return self._offset

    def advance(self, seconds: float) -> float:
        """Move the mock's time forward by ``seconds`` (finite, >= 0: time never runs backwards, which
        would revive expired codes); returns the new now."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise TypeError(f"seconds must be a number, not {type(seconds).__name__}")
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds must be finite and >= 0, not {seconds!r}")
        with self._lock:
            self._offset += seconds
        now = self()
        for listener in self._listeners:
            listener(now)
        return now

    def on_advance(self, listener: Callable[[float], None]) -> None:
        """Call ``listener(now)`` after every ``advance()``: what a fake does when time passes (ITNIO
        walks its flows to their next channel)."""
        self._listeners.append(listener)

    def reset(self) -> None:
        """Back to the wall clock (``MockServer.reset``)."""
        with self._lock:
            self._offset = 0.0

    def snapshot(self) -> dict[str, float]:
        return {"now": self(), "offset": self._offset}
