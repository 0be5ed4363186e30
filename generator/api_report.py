"""generated/API.md: the public API report (the idea of Microsoft api-extractor's API report).

`python -m generator` calls `update_report` once all code is generated and formatted. The report is
built in a fresh interpreter (`python -m generator.api_report`) that imports this tree's overrides/
and the freshly generated tree (never an installed copy, never a module cached before generation), then
compared with the committed report (`git show HEAD:generated/API.md`; the file on disk outside git):
the changes are printed, breaking ones marked, and they stay printed until the change is committed.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import subprocess
import sys
from pathlib import Path

from generator import mock_surface
from generator.api_changes import Change, compare, format_changes
from generator.api_format import Entry, Report, ReportSyntaxError, parse, render
from generator.api_surface import Describer, exports, public_modules
from generator.api_types import Namer

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "generated" / "API.md"


class ReportFailed(RuntimeError):
    pass


def update_report(root: Path = ROOT, generated: Path | None = None) -> list[Change]:
    """Write `API.md` afresh into ``generated`` (default: root/generated) and return (and print) the
    changes against the committed report."""
    generated = generated or root / "generated"
    path = generated / "API.md"
    text = _render_in_subprocess(root, generated)
    previous, against = committed_report(root)
    path.write_text(text, encoding="utf-8")
    name = "generated/API.md"
    if previous is None:
        print(f"{name}: written (no previous report to compare with)")
        return []
    fresh = parse(text)  # our own rendering must read back: a failure here is a bug, raised
    try:
        old = parse(previous)
    except ReportSyntaxError as error:
        print(f"{name}: previous report unreadable ({error}); changes not listed")
        return []
    changes = compare(old, fresh) + mock_surface.compare(
        mock_surface.parse(previous), mock_surface.parse(text)
    )
    print(format_changes(changes, f"{name} against {against}"))
    return changes


def committed_report(root: Path = ROOT) -> tuple[str | None, str]:
    """(the report as last committed, where it was read): `HEAD:generated/API.md`, or the file on disk
    when root is not a git work tree or the report was never committed."""
    done = subprocess.run(  # noqa: S603
        ["git", "-C", str(root), "show", "HEAD:./generated/API.md"],  # noqa: S607 - git from PATH
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode == 0:
        return done.stdout, "HEAD"
    path = root / "generated" / "API.md"
    return (path.read_text(encoding="utf-8") if path.exists() else None), "the file on disk"


def _render_in_subprocess(root: Path, generated: Path | None = None) -> str:
    generated = generated or root / "generated"
    paths = [root / "overrides", generated, root]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(p) for p in paths),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "generator.api_report", str(root), str(generated)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode != 0:
        raise ReportFailed(f"API report: introspection failed:\n{done.stderr}")
    if done.stderr:
        sys.stderr.write(done.stderr)
    return done.stdout


# ------------------------------------------------------------------------------ in the fresh interpreter


def build_report() -> Report:
    """Every export of the public modules, then every class of commspec's that they reach."""
    exported = [
        (module, name, value)
        for module in public_modules()
        for name, value in exports(module)
        if not inspect.ismodule(value)
    ]
    provisional = _describe(exported, {})
    names = _display_names(exported, provisional)
    entries, reached = _describe(exported, names)
    taken = {names.get(v, v.__qualname__) for _, _, v in exported if isinstance(v, type)}
    unique: dict[str, Entry] = {}
    for entry in reached.values():
        if entry.name not in taken:
            unique.setdefault(entry.name, entry)
    return Report((*entries, *(unique[name] for name in sorted(unique))))


def _describe(
    exported: list[tuple[str, str, object]], names: dict[type, str]
) -> tuple[list[Entry], dict[type, Entry]]:
    namer = Namer(names)
    exported_classes = frozenset(value for _, _, value in exported if isinstance(value, type))
    describer = Describer(namer, exported_classes)
    entries = [describer.entry(module, name, value) for module, name, value in exported]
    reached: dict[type, Entry] = {}
    while pending := [c for c in namer.seen if c not in exported_classes and c not in reached]:
        for cls in pending:
            reached[cls] = describer.entry(None, names.get(cls, cls.__qualname__), cls)
    return entries, reached


def _display_names(
    exported: list[tuple[str, str, object]], provisional: tuple[list[Entry], dict[type, Entry]]
) -> dict[type, str]:
    """Names for classes that share a qualname: identical ones share it too (each generated package
    has its own `Unset`); otherwise the exported one keeps it and the others are qualified by package."""
    entries, reached = provisional
    shape: dict[type, tuple[object, ...]] = {c: (e.bases, e.members) for c, e in reached.items()}
    for (_, _, value), entry in zip(exported, entries, strict=True):
        if isinstance(value, type):
            shape.setdefault(value, (entry.bases, entry.members))
    groups: dict[str, list[type]] = {}
    for cls in sorted(shape, key=lambda c: (c.__module__, c.__qualname__)):
        groups.setdefault(cls.__qualname__, []).append(cls)
    public = {value for _, _, value in exported if isinstance(value, type)}
    names: dict[type, str] = {}
    for qualname, classes in groups.items():
        kinds: dict[tuple[object, ...], list[type]] = {}
        for cls in classes:
            kinds.setdefault(shape[cls], []).append(cls)
        if len(kinds) == 1:
            continue
        plain = [k for k, members in kinds.items() if public.intersection(members)]
        for kind, members in kinds.items():
            if len(plain) != 1 or kind != plain[0]:
                names.update(dict.fromkeys(members, f"{_qualifier(members[0])}.{qualname}"))
    return names


def _qualifier(cls: type) -> str:
    """`itnio_otp` for commspec_generated.itnio_otp.types; the public path for commspec's own."""
    parts = cls.__module__.split(".")
    if parts[0] == "commspec_generated":
        return ".".join(parts[1:2])
    return ".".join(p for p in parts if not p.startswith("_"))


def main(argv: list[str]) -> int:
    root = Path(argv[0]).resolve() if argv else ROOT
    generated = Path(argv[1]).resolve() if len(argv) > 1 else root / "generated"
    with contextlib.redirect_stdout(sys.stderr):  # an import that prints must not corrupt the report
        import commspec
        import commspec_generated

        for package, tree in ((commspec, root), (commspec_generated, generated)):
            if not Path(package.__file__ or "").resolve().is_relative_to(tree):
                raise ReportFailed(f"{package.__name__} imported from {package.__file__}, not from {tree}")
        report = build_report()
        mock = mock_surface.render(mock_surface.describe())
    sys.stdout.write(render(report) + mock)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
