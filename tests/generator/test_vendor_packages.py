"""Clients from the spec: each vendor package's face (``__init__.py``, ``types.py``, ``_client.py`` with
the sync and async clients) is what generator/vendor_package.py makes from specs/, and no hand-written
module of a vendor builds a client."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # `generator` is a top-level directory, not an installed package

from generator.vendor_package import render_vendor_packages, vendor_clients  # noqa: E402

PACKAGE = ROOT / "overrides" / "commspec"
FACES = ("__init__.py", "types.py", "_client.py")


def _specs() -> list[tuple[str, dict[str, object]]]:
    return [
        (path.relative_to(ROOT).as_posix(), yaml.safe_load(path.read_text(encoding="utf-8")))
        for path in sorted((ROOT / "specs").glob("*/*.openapi.yaml"))
    ]


def test_every_vendor_package_face_is_generated_from_its_specs(tmp_path: Path) -> None:
    written = render_vendor_packages(_specs(), ROOT / "generated" / "commspec_generated", tmp_path)
    vendors = sorted(p.name for p in tmp_path.iterdir())
    assert vendors and len(written) == 3 * len(vendors)
    for vendor in vendors:
        for face in FACES:
            made = (tmp_path / vendor / face).read_text()
            assert "`nox -s generate`" in made and "Do not edit by" in made
            assert made == (PACKAGE / vendor / face).read_text(), f"{vendor}/{face}: run `nox -s generate`"


def test_no_hand_written_vendor_module_builds_a_client() -> None:
    clients = {vendor for vendor, _ in vendor_clients(_specs()).items()}
    found = []
    for vendor in sorted(clients):
        for path in sorted((PACKAGE / vendor).glob("*.py")):
            if path.name in FACES:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ClassDef):
                    bases = {ast.unparse(base) for base in node.bases}
                    if bases & {"SyncClient", "AsyncClient"}:
                        found.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert not found, found
