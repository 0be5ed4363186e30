"""The bindings in generated/ are exactly what generator/xsd.py makes from specs/ (and it is strict)."""

from __future__ import annotations

import filecmp
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # `generator` is a top-level directory, not an installed package

from generator.xsd import XsdGenerationError, generate_xsd_bindings  # noqa: E402

XSD = ROOT / "specs" / "iovox" / "callflow.xsd"
CHECKED_IN = ROOT / "generated" / "commspec_generated" / "iovox_callflow_xml"


def same_tree(left: Path, right: Path) -> bool:
    names = sorted(p.name for p in left.iterdir() if p.name != "__pycache__")
    if names != sorted(p.name for p in right.iterdir() if p.name != "__pycache__"):
        return False
    return all(filecmp.cmp(left / name, right / name, shallow=False) for name in names)


def test_generated_bindings_are_up_to_date_and_deterministic(tmp_path: Path) -> None:
    # The package is named after its folder, as `python -m generator` places it.
    first, second = tmp_path / "first" / CHECKED_IN.name, tmp_path / "second" / CHECKED_IN.name
    generate_xsd_bindings(XSD, first)
    generate_xsd_bindings(XSD, second)
    assert same_tree(first, second)
    assert same_tree(first, CHECKED_IN), "run `python -m generator` and commit generated/"
    assert (first / "callflow.xsd").read_bytes() == XSD.read_bytes()


def test_generator_fails_on_xsdata_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xsd"
    broken.write_text(
        XSD.read_text(encoding="utf-8").replace(
            '<xs:simpleType name="nonEmptyString">',
            '<xs:include schemaLocation="missing-part.xsd"/>\n  <xs:simpleType name="nonEmptyString">',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    with pytest.raises(XsdGenerationError, match=r"missing-part\.xsd"):
        generate_xsd_bindings(broken, out)
    assert not out.exists()
