"""Resource classes from one OpenAPI spec (openapi-python-client 0.29.1, pinned).

openapi-python-client reads the endpoints; it renders only our templates (generator/templates/openapi/):
the API package, one resource module per tag. Nothing else it would write is wanted (its own httpx
client, per-operation modules, attrs models, ``Unset``): a second client that sends requests unsigned
and unvalidated must not be importable. We drive its ``Project`` directly instead of the CLI so the
templates can read the raw spec (our ``x-commspec`` extensions) through the ``spec`` global; the parsed
model it builds drops extensions. Signature types come from the raw schemas too (generator/signatures.py),
naming the pydantic models and TypedDicts of generator/validation_models.py.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, safe_for_docstring

from generator import preprocess
from generator.docstrings import DocstringError, SpecDocs, wordwrap
from generator.signatures import Signatures

TEMPLATES = Path(__file__).parent / "templates" / "openapi"


def ruff_command() -> str:
    """The pinned ruff of the running interpreter's environment (never whatever is on PATH)."""
    return str(Path(sys.executable).parent / "ruff")


def post_hooks() -> list[str]:
    ruff = ruff_command()
    # An explicit rule selection: ruff's defaults rewrite generated code so that mypy --strict fails.
    return [
        f"{ruff} check --isolated --no-cache --select F,I,UP --fix-only --quiet .",
        f"{ruff} format --isolated --no-cache --quiet .",
    ]


def _code(value: Any) -> str:
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def _doc(value: Any) -> str:
    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    return safe_for_docstring(value or "").strip()


class GenerationFailed(RuntimeError):
    pass


class _ResourcesOnly(Project):
    """The package ``__init__``, ``api/__init__.py`` and ``api/<tag>/__init__.py``: nothing else."""

    def _create_package(self) -> None:
        self.package_dir.mkdir(exist_ok=True)
        template = self.env.get_template("package_init.py.jinja")
        (self.package_dir / "__init__.py").write_text(template.render(), encoding=self.config.file_encoding)

    def _build_models(self) -> None:
        pass

    def _build_api(self) -> None:
        api_dir = self.package_dir / "api"
        shutil.rmtree(api_dir, ignore_errors=True)
        api_dir.mkdir()
        encoding = self.config.file_encoding
        (api_dir / "__init__.py").write_text(
            self.env.get_template("api_init.py.jinja").render(), encoding=encoding
        )
        template = self.env.get_template("endpoint_init.py.jinja")
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            (api_dir / tag).mkdir()
            text = template.render(endpoint_collection=collection)
            (api_dir / tag / "__init__.py").write_text(text, encoding=encoding)


def generate_client(doc: dict[str, Any], out_dir: Path, validation: dict[str, Any] | None = None) -> None:
    """``validation``: ``preprocess.for_validation(doc)``, when the caller has it already."""
    validation = validation if validation is not None else preprocess.for_validation(doc)
    client_doc = preprocess.for_client(doc)
    config_file = ConfigFile(
        literal_enums=True,
        content_type_overrides={"application/xml": "application/octet-stream"},
        post_hooks=post_hooks(),
    )
    config = Config.from_sources(config_file, MetaType.NONE, out_dir, "utf-8", True, out_dir)
    openapi = GeneratorData.from_dict(client_doc, config=config)
    if not isinstance(openapi, GeneratorData):
        raise GenerationFailed(f"{out_dir.name}: {openapi.header}: {openapi.detail}")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    project = _ResourcesOnly(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["spec"] = client_doc
    project.env.globals["pascal_case"] = preprocess.pascal_case
    project.env.globals["argument_name"] = preprocess.argument_name
    project.env.globals["operations_by_name"] = {
        op["operationId"]: op for _, _, op in preprocess.operations(client_doc)
    }
    project.env.filters["code"] = _code
    project.env.filters["doc"] = _doc
    # Docstrings never break inside a word (jinja's wordwrap does by default, URLs included).
    project.env.filters["wordwrap"] = wordwrap
    project.env.globals["method_docstring"] = SpecDocs(client_doc).method
    # A fresh one per tag module: it records the model names that module's signatures use.
    project.env.globals["signatures"] = lambda: Signatures(doc, validation)
    try:
        errors = project.build()
    except DocstringError as error:
        raise GenerationFailed(f"{out_dir.name}: {error}") from None
    # Any warning fails generation: an operation silently skipped is a bug, not a notice.
    if errors:
        details = "\n".join(f"{e.level}: {e.header}: {e.detail}" for e in errors)
        raise GenerationFailed(f"{out_dir.name}: openapi-python-client reported:\n{details}")
