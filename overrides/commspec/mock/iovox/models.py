"""IOVOX call flow state and vendor rules over typed flows, testable without HTTP (moto-style).

Flows are keyed by name (unique per account). Links are not part of the CallFlow interface; tests
attach flows to links with ``attach`` so that deleteCallFlows' ``detach_from_links`` is observable.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass, field
from typing import Any, Final

from commspec_generated.iovox_callflow_xml import CallFlow

MAX_NAME_LENGTH: Final = 255  # undocumented by IOVOX; mock choice (iovox.md Q13)
ORDER_KEYS: Final = {"tna": "template_name", "tno": "template_notes", "tt": "template_type", "c": "created"}
FIELD_CODES: Final = {
    "tna": "template_name",
    "tno": "template_notes",
    "tt": "template_type",
    "c": "created",
    "a": "advanced",
}


class IovoxVendorError(Exception):
    """One IOVOX failure response: every error string, with the HTTP status they come with."""

    def __init__(self, *messages: str, status: int = 400) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)
        self.status = status


@dataclass(slots=True)
class StoredFlow:
    flow: CallFlow
    created: int
    links: set[str] = field(default_factory=set)


class IovoxBackend:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.flows: dict[str, StoredFlow] = {}
        self._clock = itertools.count(0)

    # -- CallFlow interface -------------------------------------------------------------------------
    def create(self, flow: CallFlow) -> None:
        if not flow.name:
            raise IovoxVendorError("CallFlow Name Empty")
        if len(flow.name) > MAX_NAME_LENGTH:
            raise IovoxVendorError("CallFlow Name too long")
        if flow.name in self.flows:
            raise IovoxVendorError("CallFlow Name already exists")
        self.flows[flow.name] = StoredFlow(dataclasses.replace(flow, new_name=None), next(self._clock))

    def update(self, flow: CallFlow) -> None:
        """Replace the rule set (and notes when given); rename to ``newName`` when given."""
        stored = self.flows.get(flow.name)
        if stored is None:
            raise IovoxVendorError("CallFlow Name does not exist")
        new_name = flow.new_name
        if new_name is not None and len(new_name) > MAX_NAME_LENGTH:
            raise IovoxVendorError("New CallFlow Name too long")
        if new_name is not None and new_name != flow.name and new_name in self.flows:
            raise IovoxVendorError("New CallFlow Name already exists")
        name = new_name or flow.name
        notes = flow.notes if flow.notes is not None else stored.flow.notes
        del self.flows[flow.name]
        stored.flow = dataclasses.replace(flow, name=name, new_name=None, notes=notes)
        self.flows[name] = stored

    def retrieve(self, name: str) -> CallFlow:
        stored = self.flows.get(name)
        if stored is None:
            raise IovoxVendorError("Call Flow Doesn't exist")
        return stored.flow

    def list_flows(
        self,
        *,
        page: int = 1,
        limit: int = 20000,
        order: str = "c_DESC",
        req_fields: str = "tna,tno,tt,c,a",
        template_name: str | None = None,
        template_type: str = "ALL",
    ) -> dict[str, Any]:
        rows = [
            {
                "template_name": name,
                "template_notes": stored.flow.notes,
                "template_type": "CUSTOM",
                "created": f"2026-01-01 09:{stored.created // 60 % 60:02d}:{stored.created % 60:02d}",
                "advanced": "NO",
                "_created": stored.created,
            }
            for name, stored in self.flows.items()
            if template_name is None or name == template_name
        ]
        if template_type == "DEFAULT":
            rows = []  # the mock account has no built-in templates
        key, _, direction = order.partition("_")
        sort_key = "_created" if key == "c" else ORDER_KEYS.get(key, "_created")
        # Missing values sort last; `or ""` would turn the first flow's created 0 into "" beside ints.
        rows.sort(
            key=lambda row: (row[sort_key] is None, "" if row[sort_key] is None else row[sort_key]),
            reverse=direction == "DESC",
        )
        wanted = [FIELD_CODES[code] for code in req_fields.split(",")]
        start = (page - 1) * limit
        return {
            "response": {
                "current_page": page,
                "total_pages": math.ceil(len(rows) / limit),
                "total_results": len(rows),
                "results": [{k: row[k] for k in wanted} for row in rows[start : start + limit]],
            }
        }

    def delete(self, names: list[str], *, detach_from_links: bool) -> None:
        """All or nothing: every name is checked (in order) before any flow is deleted."""
        problems = []
        for index, name in enumerate(names, start=1):
            stored = self.flows.get(name)
            if stored is None:
                problems.append(f"Call Flow {index} of {len(names)} does not exist")
            elif stored.links and not detach_from_links:
                problems.append(f"Call Flow {index} of {len(names)} is attached to a Link")
        if problems:
            raise IovoxVendorError(*problems)
        for name in names:
            self.flows.pop(name, None)

    # -- test hooks ---------------------------------------------------------------------------------
    def attach(self, name: str, link: str) -> None:
        """Attach a flow to a Link (outside the CallFlow interface; for tests and demos)."""
        self.flows[name].links.add(link)

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
