"""The one set of models per API, from its spec (datamodel-code-generator 0.89.0, pinned).

- ``models.py``: pydantic v2 models for every schema, snake_case fields with the wire names as aliases
  (``task.job_id``; ``FlowNode(waiting_time=60)`` or ``FlowNode.model_validate({"waitingTime": 60})``).
  The same classes check arguments before sending (strict), check the mock's requests, and are what
  calls return (commspec._response parses answers into them, keeping fields a vendor adds).
- ``param_types.py``: ``TypedDict`` twins (``FlowNodeParam``, wire-name keys) of the objects nested in
  request bodies, so a plain dict argument is type checked too (``flow=[{"waitingTime": 60, ...}]``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import preprocess
from generator.openapi_client import GenerationFailed, ruff_command

# Explicit on purpose: the defaults change between releases and would change the output.
ARGS = [
    "--input-file-type",
    "openapi",
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
    "--field-extra-keys",  # a secret field's `repr: false` (preprocess: format password) -> Field(repr=False)
    "repr",
]
MODEL_ARGS = [
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--snake-case-field",
    "--allow-population-by-field-name",
]
# Wire names as keys; closed (PEP 728) where the schema refuses other keys, so a misspelt key fails
# type checking.
TYPED_DICT_ARGS = [
    "--output-model-type",
    "typing.TypedDict",
    "--use-closed-typed-dict",
    "--class-name-suffix",
    "Param",
]


def generate_models(doc: dict[str, Any], out_dir: Path, validation: dict[str, Any] | None = None) -> None:
    spec = validation if validation is not None else preprocess.for_validation(doc)
    # Public (``__all__``, re-exported by commspec.<vendor>.types): the spec's own schemas, not the
    # <Operation>Params / <Operation>Response schemas derived for validation (generator/preprocess.py).
    public = set(preprocess.schema_names(doc))
    _codegen(spec, out_dir / "models.py", MODEL_ARGS, public.__contains__)
    _codegen(nested_request_spec(spec), out_dir / "param_types.py", TYPED_DICT_ARGS, lambda _: True)


def nested_request_spec(spec: dict[str, Any]) -> dict[str, Any]:
    schemas = spec.get("components", {}).get("schemas", {})
    names = preprocess.nested_request_schemas(spec)
    keep: dict[str, Any] = {}

    def add(name: str) -> None:
        if name in keep:
            return
        keep[name] = schemas[name]
        for ref in _refs(schemas[name]):
            add(ref)

    for name in names:
        add(name)
    return {"openapi": spec["openapi"], "info": spec["info"], "paths": {}, "components": {"schemas": keep}}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        own = [ref.rsplit("/", 1)[-1]] if isinstance(ref, str) else []
        return own + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def _codegen(spec: dict[str, Any], out_file: Path, args: list[str], public: Callable[[str], bool]) -> None:
    if not spec.get("components", {}).get("schemas"):
        out_file.unlink(missing_ok=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "spec.json"
        source.write_text(json.dumps(spec, indent=1, sort_keys=True))
        command = [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input",
            str(source),
            "--output",
            str(out_file),
            *ARGS,
            *args,
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0 or result.stderr.strip():
        raise GenerationFailed(f"{out_file}: datamodel-codegen failed:\n{result.stderr}{result.stdout}")
    text = out_file.read_text()
    # The header names a temporary file; keep the output byte-identical between runs.
    lines = [line for line in text.splitlines() if not line.startswith("#   filename:")]
    names = sorted(n for n in re.findall(r"^class (\w+)\(", text, flags=re.MULTILINE) if public(n))
    lines.append(f"__all__ = {names!r}")
    out_file.write_text("\n".join(lines) + "\n")
    subprocess.run(  # noqa: S603
        [ruff_command(), "format", "--isolated", "--no-cache", "--quiet", str(out_file)], check=True
    )
