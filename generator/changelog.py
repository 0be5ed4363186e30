"""CHANGELOG.md keeps the change record: every difference of the generated surface (generated/API.md,
the mock's behaviour included) from the last release's (releases/API.md), under "Unreleased".

`python -m generator` rewrites the block between the two markers below from the surfaces themselves,
so it lists exactly what changed since the release, however many branches contributed (a merge that
conflicts there: take either side and regenerate). Hand-written notes go outside the markers.
tests/generator/test_changelog.py fails when the committed surface differs from the release in a
way the block does not list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from generator import api_format, mock_surface
from generator.api_changes import Change, compare

CHANGELOG = "CHANGELOG.md"
RELEASED = Path("releases") / "API.md"
BEGIN = "<!-- API changes: written by `python -m generator` from releases/API.md and generated/API.md -->"
END = "<!-- end of API changes -->"
UNRELEASED = "## Unreleased"
COMMAND = "python -m generator"  # what `nox -s generate` runs


class ChangelogError(ValueError):
    pass


def surface_changes(released: str, current: str) -> list[Change]:
    """The API and mock changes from the released report to the current one."""
    api = compare(api_format.parse(released), api_format.parse(current))
    return api + mock_surface.compare(mock_surface.parse(released), mock_surface.parse(current))


def entry(change: Change) -> str:
    return f"- `{change.path}`: {change.message}"


def block(changes: Sequence[Change], release: str) -> list[str]:
    """The lines between the markers: breaking changes first, then additions, then other changes."""
    groups = {
        "BREAKING": [c for c in changes if c.breaking],
        "Added": [c for c in changes if not c.breaking and _is_addition(c)],
        "Changed": [c for c in changes if not c.breaking and not _is_addition(c)],
    }
    lines = [BEGIN, f"### API changes since {release}"]
    if not changes:
        lines += ["", "None."]
    for title, members in groups.items():
        if members:
            lines += ["", f"#### {title}", "", *(entry(c) for c in members)]
    return [*lines, END]


def _is_addition(change: Change) -> bool:
    return change.message.endswith(" added") or change.message.startswith(("added", "now importable"))


def last_release(text: str) -> str:
    """The version of the first release heading after "Unreleased" (`## 0.1.0`)."""
    found = re.search(r"^## (\d+\.\d+\.\d+)\b", text, flags=re.MULTILINE)
    if found is None:
        raise ChangelogError(f"{CHANGELOG}: no release heading (`## X.Y.Z`)")
    return found[1]


def updated(text: str, changes: Sequence[Change]) -> str:
    """CHANGELOG.md's text with the API-changes block of "Unreleased" rewritten."""
    lines = text.splitlines()
    new = block(changes, last_release(text))
    if BEGIN in lines and END in lines:
        start, end = lines.index(BEGIN), lines.index(END)
        lines[start : end + 1] = new
    elif UNRELEASED in lines:
        at = lines.index(UNRELEASED) + 1
        lines[at:at] = ["", *new]
    else:
        raise ChangelogError(f"{CHANGELOG}: no `{UNRELEASED}` heading to write the API changes under")
    return "\n".join(lines) + "\n"


def unreleased(text: str) -> str:
    """The "Unreleased" section of the changelog."""
    lines = text.splitlines()
    if UNRELEASED not in lines:
        return ""
    rest = lines[lines.index(UNRELEASED) + 1 :]
    end = next((i for i, line in enumerate(rest) if line.startswith("## ")), len(rest))
    return "\n".join(rest[:end])


def unlisted(root: Path) -> list[Change]:
    """The changes of the committed surface (generated/API.md) since the release that the
    "Unreleased" section of CHANGELOG.md does not list."""
    text = (root / CHANGELOG).read_text(encoding="utf-8")
    released = (root / RELEASED).read_text(encoding="utf-8")
    current = (root / "generated" / "API.md").read_text(encoding="utf-8")
    section = set(unreleased(text).splitlines())
    return [c for c in surface_changes(released, current) if entry(c) not in section]


def write(root: Path, report: str) -> str | None:
    """The new CHANGELOG.md text for the report just generated (None when root has no changelog or
    no released surface: nothing to record against)."""
    path, released = root / CHANGELOG, root / RELEASED
    if not path.exists() or not released.exists():
        return None
    changes = surface_changes(released.read_text(encoding="utf-8"), report)
    return updated(path.read_text(encoding="utf-8"), changes)
