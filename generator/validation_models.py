"""Pydantic v2 validation models from one OpenAPI spec (datamodel-code-generator 0.89.0, pinned)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator import preprocess
from generator.openapi_client import GenerationFailed, ruff_command

# Explicit on purpose: the defaults change between releases and would change the output.
ARGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--field-constraints",
    "--use-annotated",
    "--formatters",
    "ruff-format",
    "--disable-timestamp",
    "--target-python-version",
    "3.11",
    "--enum-field-as-literal",
    "all",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-double-quotes",
    "--collapse-root-models",
    "--strict-nullable",
]


def generate_validation_models(doc: dict[str, Any], out_file: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "spec.json"
        source.write_text(json.dumps(preprocess.for_validation(doc), indent=1, sort_keys=True))
        command = [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input",
            str(source),
            "--output",
            str(out_file),
            *ARGS,
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0 or result.stderr.strip():
        raise GenerationFailed(f"{out_file}: datamodel-codegen failed:\n{result.stderr}{result.stdout}")
    text = out_file.read_text()
    # The header names a temporary file; keep the output byte-identical between runs.
    lines = [line for line in text.splitlines() if not line.startswith("#   filename:")]
    out_file.write_text("\n".join(lines) + "\n")
    subprocess.run(  # noqa: S603
        [ruff_command(), "format", "--isolated", "--no-cache", "--quiet", str(out_file)], check=True
    )
