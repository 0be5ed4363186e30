"""Facts once: a parameter's Python argument name is derived in one place (``preprocess.argument_name``),
which both the resource template (the method's signature) and the spec module (``Operation.arguments``,
how the mock and the pipeline map wire names) use."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # `generator` is a top-level directory, not an installed package

from generator import preprocess  # noqa: E402
from generator.__main__ import generate_all  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "acme" / "notes.openapi.yaml"


def test_the_template_and_the_spec_module_name_arguments_with_one_function(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preprocess, "argument_name", lambda operation, wire: f"renamed_{wire}")
    (tmp_path / "specs" / "acme").mkdir(parents=True)
    shutil.copyfile(FIXTURE, tmp_path / "specs" / "acme" / FIXTURE.name)
    out = tmp_path / "generated" / "commspec_generated"
    generate_all(root=tmp_path, out=out, faces=tmp_path / "faces")
    resource = (out / "acme_notes" / "api" / "notes" / "__init__.py").read_text()
    spec = (out / "acme_notes" / "spec.py").read_text()
    assert "renamed_id: str" in resource and '"id": renamed_id' in resource
    assert "arguments={'id': 'renamed_id'}" in spec.replace('"', "'")
