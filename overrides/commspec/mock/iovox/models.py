"""IOVOX call flow state, kept by the engine from the spec's ``mock-resources`` (moto-style backend,
testable without HTTP), and what is IOVOX's own around it.

Flows are keyed by name (unique per account), stored under getCallFlows' field names with their typed
rules (``rules``). Links and sound files are not part of the CallFlow interface; tests attach flows to
links with ``attach`` (so that deleteCallFlows' ``detach_from_links`` is observable) and upload sounds
with ``upload_sound`` (so that play rules naming another sound are refused). Every error string, limit
and default comes from the spec (``callflow_spec.API``).
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final, TypeVar

from commspec.mock._clock import MockClock
from commspec.mock._engine import Engine, Item, MockError, Store
from commspec_generated.iovox_callflow import spec as callflow_spec
from commspec_generated.iovox_callflow_xml import CallFlow, Play

API: Final = callflow_spec.API
MOCK: Final[Mapping[str, Any]] = API.mock
FIELDS: Final[Mapping[str, str]] = MOCK["flow-fields"]  # callFlow attribute -> stored field
(RESOURCE,) = API.mock_resources.values()
# IOVOX's clock: a second per flow created, so `created` orders flows even when made at once, plus the
# mock clock's offset (``MockServer.clock``), so advance() moves it as it moves every vendor's time.
EPOCH: Final = datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.UTC).timestamp()
T = TypeVar("T")


def status_of(message: str) -> int:
    """The HTTP status the spec gives the code of ``message``; a string the vendor does not document
    (the mock's ``XML Invalid. …``) gets the status of the documented invalid-parameter strings."""
    if message in API.code_statuses:
        return API.code_statuses[message]
    for code, pattern in API.code_patterns.items():
        if re.fullmatch(pattern, message):
            return API.code_statuses[code]
    return next(
        API.code_statuses[code] for code, (_, kind) in API.codes.items() if kind == "invalid_parameter"
    )


class IovoxVendorError(MockError):
    """One IOVOX failure response: every error string (as sent), with the HTTP status of the first."""

    def __init__(self, *messages: str, status: int | None = None) -> None:
        super().__init__(messages[0], status=status_of(messages[0]) if status is None else status)
        self.messages = list(messages)

    @classmethod
    def of(cls, check: str, /, **values: object) -> IovoxVendorError:
        """The string the spec's mock table gives ``check``, filled with ``values``."""
        return cls(API.message(MOCK[check], **values))


def messages_of(error: MockError) -> list[str]:
    """The error strings of ``error`` as IOVOX sends them (parameterised codes filled in)."""
    if isinstance(error, IovoxVendorError):
        return error.messages
    return [API.message(each.code, **each.values) for each in error.every]


class IovoxBackend(Store):
    engine: Engine  # set by ``install``

    def __init__(self, mock_clock: MockClock | None = None) -> None:
        self._mock_clock = mock_clock or MockClock()
        super().__init__(API.mock_resources, clock=self._tick)

    def reset(self) -> None:
        super().reset()
        # (soundGroup, soundLabel) uploaded; None: no sound uploaded yet, so every label is accepted.
        self.sounds: set[tuple[str, str]] | None = None
        self._ticks = itertools.count(0)

    def _tick(self) -> float:
        return EPOCH + next(self._ticks) + self._mock_clock.offset

    @property
    def flows(self) -> dict[Any, Item]:
        """name -> stored flow (getCallFlows' fields, ``rules``, ``links``)."""
        return self.partition(RESOURCE.name, "")

    # -- outside the CallFlow interface (tests and demos) -------------------------------------------
    def attach(self, name: str, link: str) -> None:
        """Attach a flow to a Link."""
        self.flows[name].setdefault("links", set()).add(link)

    def upload_sound(self, label: str, group: str = "") -> None:
        """Upload a sound: from then on a play rule may name only uploaded sounds."""
        if self.sounds is None:
            self.sounds = set()
        self.sounds.add((group, label))

    def snapshot(self) -> dict[str, Any]:
        return {
            RESOURCE.name: {
                name: {
                    "notes": item.get(FIELDS["notes"]),
                    "rules": [type(rule).__name__ for rule in item[FIELDS["rules"]]],
                    "links": sorted(item.get("links", ())),
                }
                for name, item in self.flows.items()
            }
        }

    def check_sounds(self, flow: CallFlow) -> None:
        """``unknown-sound`` for a play rule naming a sound not uploaded (once any sound is)."""
        sounds = self.sounds
        if sounds is None:
            return
        for play in nodes_of(flow, Play):
            for sound in play.sound_file:
                label, group = sound.sound_label, sound.sound_group
                if label == MOCK["variable-value"]:
                    continue
                if not any(label == known and group in (None, in_group) for in_group, known in sounds):
                    raise IovoxVendorError.of("unknown-sound")


def nodes_of(node: object, cls: type[T]) -> Iterator[T]:
    """Every ``cls`` instance in a typed flow, nested rules included (depth first, document order)."""
    stack = [node]
    while stack:  # a loop, not recursion: flows nest deeply
        current = stack.pop()
        if isinstance(current, cls):
            yield current
        if isinstance(current, list):
            stack.extend(reversed(current))
        elif dataclasses.is_dataclass(current) and not isinstance(current, type):
            stack.extend(reversed([getattr(current, f.name) for f in dataclasses.fields(current)]))
