"""IOVOX call flow state and vendor rules over typed flows, testable without HTTP (moto-style).

Flows are keyed by name (unique per account). Links and sound files are not part of the CallFlow
interface; tests attach flows to links with ``attach`` (so that deleteCallFlows' ``detach_from_links``
is observable) and upload sounds with ``upload_sound`` (so that play rules naming another sound are
refused). Every error string, limit and default comes from the spec (``callflow_spec.API.mock``).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from commspec_generated.iovox_callflow import spec as callflow_spec
from commspec_generated.iovox_callflow_xml import CallFlow, Play

API: Final = callflow_spec.API
MOCK: Final[Mapping[str, Any]] = API.mock
LIST: Final = callflow_spec.CALL_FLOWS_LIST
EPOCH: Final = datetime.datetime(2026, 1, 1, 9)  # the mock's clock; `created` is undocumented text
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


class IovoxVendorError(Exception):
    """One IOVOX failure response: every error string, with the HTTP status of the first."""

    def __init__(self, *messages: str, status: int | None = None) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)
        self.status = status_of(messages[0]) if status is None else status

    @classmethod
    def of(cls, check: str, /, **values: object) -> IovoxVendorError:
        """The string the spec's mock table gives ``check``, filled with ``values``."""
        return cls(API.message(MOCK[check], **values))


@dataclass(slots=True)
class StoredFlow:
    flow: CallFlow
    created: int  # the mock's clock: a counter
    links: set[str] = field(default_factory=set)
    created_at: str = ""  # getCallFlows' `created`, sortable as text

    def __post_init__(self) -> None:
        self.created_at = (EPOCH + datetime.timedelta(seconds=self.created)).strftime("%Y-%m-%d %H:%M:%S")


@functools.cache
def list_defaults() -> dict[str, Any]:
    """getCallFlows' optional parameters at their spec defaults (the validation model's)."""
    model = LIST.params_model
    assert model is not None  # the spec declares its query parameters
    return {name: info.default for name, info in model.model_fields.items() if not info.is_required()}


class IovoxBackend:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.flows: dict[str, StoredFlow] = {}
        # (soundGroup, soundLabel) uploaded; None: no sound uploaded yet, so every label is accepted.
        self.sounds: set[tuple[str, str]] | None = None
        self._clock = itertools.count(0)

    # -- CallFlow interface -------------------------------------------------------------------------
    def create(self, flow: CallFlow) -> None:
        if not flow.name:
            raise IovoxVendorError.of("name-empty")
        if len(flow.name) > MOCK["name-max-length"]:
            raise IovoxVendorError.of("name-too-long")
        self._check_sounds(flow)
        if flow.name in self.flows:
            raise IovoxVendorError.of("name-exists")
        self.flows[flow.name] = StoredFlow(dataclasses.replace(flow, new_name=None), next(self._clock))

    def update(self, flow: CallFlow) -> None:
        """Replace the rule set (and notes when given); rename to ``newName`` when given."""
        stored = self.flows.get(flow.name)
        if stored is None:
            raise IovoxVendorError.of("name-not-found")
        new_name = flow.new_name
        if new_name is not None and len(new_name) > MOCK["name-max-length"]:
            raise IovoxVendorError.of("new-name-too-long")
        self._check_sounds(flow)
        if new_name is not None and new_name != flow.name and new_name in self.flows:
            raise IovoxVendorError.of("new-name-exists")
        name = new_name or flow.name
        notes = flow.notes if flow.notes is not None else stored.flow.notes
        del self.flows[flow.name]
        stored.flow = dataclasses.replace(flow, name=name, new_name=None, notes=notes)
        self.flows[name] = stored

    def retrieve(self, name: str) -> CallFlow:
        stored = self.flows.get(name)
        if stored is None:
            raise IovoxVendorError.of("flow-not-found")
        return stored.flow

    def list_flows(self, **query: Any) -> dict[str, Any]:
        """getCallFlows: ``query`` holds its parameters by wire name (valid values; each one absent or
        ``None`` at the spec's default). A parameter named like a summary field filters on it."""
        args = {**list_defaults(), **{name: value for name, value in query.items() if value is not None}}
        stored_flow = MOCK["stored-flow"]
        rows = [
            {
                "template_name": name,
                "template_notes": stored.flow.notes,
                "created": stored.created_at,
                **stored_flow,
            }
            for name, stored in self.flows.items()
        ]
        for name, wanted in args.items():
            if name in MOCK["field-codes"].values() and wanted is not None and wanted != MOCK["select-all"]:
                rows = [row for row in rows if row[name] == wanted]
        code, _, direction = args["order"].rpartition("_")
        key = MOCK["field-codes"][code]
        # Missing values sort last; the sort is stable, so equal values keep creation order.
        rows.sort(key=lambda row: (row[key] is None, row[key] or ""), reverse=direction == "DESC")
        wanted_fields = [MOCK["field-codes"][code] for code in args["req_fields"].split(",")]
        page, limit = args["page"], args["limit"]
        start = (page - 1) * limit
        pagination = LIST.pagination
        assert pagination is not None and pagination.pages_field and pagination.total_field
        answer: dict[str, Any] = {}
        put(
            answer,
            pagination.items,
            [{k: row[k] for k in wanted_fields} for row in rows[start : start + limit]],
        )
        put(answer, pagination.pages_field, math.ceil(len(rows) / limit))
        put(answer, pagination.total_field, len(rows))
        put(answer, pagination.items.rsplit(".", 1)[0] + ".current_page", page)
        return answer

    def delete(self, names: list[str], *, detach_from_links: bool) -> None:
        """All or nothing: every name is checked (in order) before any flow is deleted."""
        problems = []
        for index, name in enumerate(names, start=1):
            stored = self.flows.get(name)
            if stored is None:
                problems.append(API.message(MOCK["delete-not-found"], position=index, count=len(names)))
            elif stored.links and not detach_from_links:
                problems.append(API.message(MOCK["delete-attached"], position=index, count=len(names)))
        if problems:
            raise IovoxVendorError(*problems)
        for name in names:
            self.flows.pop(name, None)

    # -- outside the CallFlow interface (tests and demos) -------------------------------------------
    def attach(self, name: str, link: str) -> None:
        """Attach a flow to a Link."""
        self.flows[name].links.add(link)

    def upload_sound(self, label: str, group: str = "") -> None:
        """Upload a sound: from then on a play rule may name only uploaded sounds."""
        if self.sounds is None:
            self.sounds = set()
        self.sounds.add((group, label))

    def snapshot(self) -> dict[str, Any]:
        return {
            "call_flows": {
                name: {
                    "notes": stored.flow.notes,
                    "rules": [type(rule).__name__ for rule in stored.flow.rules],
                    "links": sorted(stored.links),
                }
                for name, stored in self.flows.items()
            }
        }

    def _check_sounds(self, flow: CallFlow) -> None:
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


def put(target: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a dotted ``path`` (the spec's pagination paths), making the objects on the way."""
    *parents, last = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


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
