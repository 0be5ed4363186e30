"""What the mock delivered to phones: one vendor-neutral record per message (an ITNIO verification code
by SMS or call, a Huawei SMS), in delivery order, so a test reads the code a user would have received.

A ``Delivery`` is::

    vendor   "itnio", "huawei", ...: the fake that delivered it
    channel  how it reached the phone: "sms", "call", ... (the vendor's own channel name)
    to       the receiving number as the request gave it
    text     the message as the phone shows it (a call: the text spoken)
    code     the verification code it carries, or None for a message that carries none
    time     the mock clock's Unix seconds at delivery (``MockClock``, moved by ``advance()``)

The code is a secret while it is valid: ``repr`` masks it (in ``text`` too); read ``.code``.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

# Deliveries kept; the oldest go first (a long-running served mock stays bounded).
OUTBOX_LIMIT = 10_000
_MASK = "******"


@dataclass(frozen=True, slots=True)
class Delivery:
    vendor: str
    channel: str
    to: str
    text: str
    code: str | None
    time: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __repr__(self) -> str:
        text = self.text.replace(self.code, _MASK) if self.code else self.text
        code = None if self.code is None else _MASK
        return (
            f"Delivery(vendor={self.vendor!r}, channel={self.channel!r}, to={self.to!r}, text={text!r}, "
            f"code={code!r}, time={self.time!r})"
        )


class Outbox:
    """Deliveries in order, and by number (a test reads one number's messages without a scan)."""

    def __init__(self, limit: int = OUTBOX_LIMIT) -> None:
        self._limit = limit
        self._deliveries: deque[Delivery] = deque()
        self._by_number: dict[str, deque[Delivery]] = {}
        self._lock = threading.Lock()

    def deliver(self, delivery: Delivery) -> None:
        with self._lock:
            if len(self._deliveries) >= self._limit:  # the oldest goes, from both views
                oldest = self._deliveries.popleft()
                same_number = self._by_number[oldest.to]
                same_number.popleft()
                if not same_number:
                    del self._by_number[oldest.to]
            self._deliveries.append(delivery)
            self._by_number.setdefault(delivery.to, deque()).append(delivery)

    def messages(self, to: str | None = None) -> list[Delivery]:
        """Every delivery (to ``to`` only, when given), oldest first."""
        with self._lock:
            return list(self._deliveries if to is None else self._by_number.get(to, ()))

    def clear(self) -> None:
        with self._lock:
            self._deliveries.clear()
            self._by_number.clear()
