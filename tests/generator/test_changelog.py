"""The change record survives: the report compares against the committed surface, and CHANGELOG.md
lists every change of the generated surface (the mock's behaviour included) since the last release."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

from generator import changelog, mock_surface
from generator.api_report import ROOT, committed_report

CHANGELOG_TEXT = textwrap.dedent(
    """\
    # Changelog

    ## Unreleased

    A hand-written note stays.

    ## 0.1.0
    """
)
UPDATE = "def flows.update(\n        flow_id: str,\n        *,\n        name: str,\n    ) -> None"


def report(method: str, mock_fact: str = "tasks_stop.effect.to_state = 'PAUSED'") -> str:
    return (
        f"# commspec.x\n\n## Client\n\n```python\nclass Client:\n    {method}\n```\n"
        f"\n# Mock behaviour\n\n## itnio_aivoice\n\n```text\n{mock_fact}\n```\n"
    )


def project(tmp_path: Path, released: str, current: str, text: str = CHANGELOG_TEXT) -> Path:
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "API.md").write_text(released)
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "API.md").write_text(current)
    (tmp_path / "CHANGELOG.md").write_text(text)
    return tmp_path


def test_the_committed_changelog_lists_every_change_since_the_last_release() -> None:
    missing = changelog.unlisted(ROOT)
    assert not missing, (
        f"CHANGELOG.md does not list {len(missing)} change(s) of generated/API.md since the last release "
        "(releases/API.md). Run `python -m generator` (or `nox -s generate`): it writes them under "
        "'Unreleased'; then commit CHANGELOG.md with generated/. First missing:\n"
        + "\n".join(changelog.entry(c) for c in missing[:10])
    )


def test_an_unlisted_breaking_rename_fails_and_the_generator_lists_it(tmp_path: Path) -> None:
    renamed = UPDATE.replace("name: str", "title: str")
    root = project(tmp_path, report(UPDATE), report(renamed))
    (missing,) = changelog.unlisted(root)
    assert (missing.path, missing.breaking) == ("commspec.x.Client.flows.update", True)
    written = changelog.write(root, report(renamed))
    assert written is not None
    (root / "CHANGELOG.md").write_text(written)
    assert changelog.unlisted(root) == []
    section = changelog.unreleased(written)
    assert (
        "#### BREAKING\n\n- `commspec.x.Client.flows.update`: parameter `name` renamed to `title`" in section
    )
    assert "A hand-written note stays." in section
    # Rewritten, not appended twice; a compatible addition lands under Added.
    added = renamed.replace("    ) -> None", "        tag: str | None = None,\n    ) -> None")
    again = changelog.updated(written, changelog.surface_changes(report(UPDATE), report(added)))
    assert again.count("renamed to `title`") == 1
    assert (
        "#### Added\n\n- `commspec.x.Client.flows.update`: parameter `tag: str | None = None` added" in again
    )


def test_a_change_of_the_mocks_behaviour_is_listed_like_an_api_change(tmp_path: Path) -> None:
    root = project(tmp_path, report(UPDATE), report(UPDATE, "tasks_stop.effect.to_state = 'STOPPED'"))
    (missing,) = changelog.unlisted(root)
    assert missing.path == "mock itnio_aivoice: tasks_stop.effect.to_state"
    assert (missing.message, missing.breaking) == ("changed: 'PAUSED' -> 'STOPPED'", True)
    assert mock_surface.compare({}, {"a": {"x.codes['1']": "('m', 'k')"}})[0].breaking is False
    # A mapping that changed names only the keys that did.
    (default,) = mock_surface.compare(
        {"a": {"op.effect.defaults": "{'status': '1', 'x': 1}"}},
        {"a": {"op.effect.defaults": "{'status': '1', 'type': 'N'}"}},
    )
    assert default.message == "changed: 'x' removed (was 1); 'type' added: 'N'"


def test_the_report_compares_against_the_committed_surface_not_the_file_on_disk(tmp_path: Path) -> None:
    """A second run must still mark a breaking change that is not committed yet."""
    repo, plain = tmp_path / "repo", tmp_path / "plain"
    for root, text in ((repo, "committed\n"), (plain, "on disk\n")):
        (root / "generated").mkdir(parents=True)
        (root / "generated" / "API.md").write_text(text)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", "generated/API.md")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "report")
    (repo / "generated" / "API.md").write_text("written by a first run\n")
    assert committed_report(repo) == ("committed\n", "HEAD")
    assert committed_report(plain) == ("on disk\n", "the file on disk")
