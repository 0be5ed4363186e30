"""Facts once (issue 18): every client's default retry count and default timeout are each written in one
place (``commspec._retry.DEFAULT_MAX_RETRIES``, ``commspec._pipeline.DEFAULT_TIMEOUT``), never again as
a literal in a constructor, a template or an auth flow (there were 7 and 2)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((ROOT / "overrides" / "commspec").rglob("*.py")),
    *sorted((ROOT / "generator" / "templates").rglob("*.jinja")),
]


def lines_matching(pattern: str) -> list[str]:
    found = re.compile(pattern)
    return [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in SOURCES
        for line in path.read_text().splitlines()
        if found.search(line)
    ]


def test_the_default_retry_count_is_written_once() -> None:
    assert lines_matching(r"max_retries: int = \d") == []
    assert files_of(lines_matching(r"^DEFAULT_MAX_RETRIES = \d")) == ["overrides/commspec/_retry.py"]


def test_the_default_timeout_is_written_once() -> None:
    assignments = lines_matching(r"^\s*\w+ = httpx\.Timeout\(\d|: httpx\.Timeout \| float = ")
    assert files_of(assignments) == ["overrides/commspec/_pipeline.py"]


def files_of(lines: list[str]) -> list[str]:
    return [line.split(":", 1)[0] for line in lines]
