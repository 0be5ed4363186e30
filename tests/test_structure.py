"""Names say what they hold and dead code stays gone (issue 18).

Read from the source (``ast`` and file names), so nothing here depends on what happens to be imported.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from commspec import _pipeline

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "overrides" / "commspec"


def _defined_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_dead_code_is_gone() -> None:
    dead = {
        PACKAGE / "_resource.py": "require",
        PACKAGE / "_retry.py": "IDEMPOTENT_METHODS",
        PACKAGE / "mock" / "huawei" / "models.py": "HuaweiError",
        ROOT / "generator" / "preprocess.py": "_allow_additional_properties",
    }
    alive = [
        f"{path.relative_to(ROOT)}: {name}" for path, name in dead.items() if name in _defined_names(path)
    ]
    assert not alive, alive
    options = inspect.signature(_pipeline._Pipeline.__init__).parameters
    assert "validate" not in options and "content_type" not in options


def test_module_names_say_what_they_hold() -> None:
    # A vendor fake is a whole fake, not a module of responses; the IOVOX module holding the body
    # encoder and the response envelope is no module of errors; the XML binding names its role.
    fakes = sorted(path.parent.name for path in (PACKAGE / "mock").glob("*/fake.py"))
    assert fakes and not list((PACKAGE / "mock").glob("*/responses.py")), fakes
    assert not (PACKAGE / "iovox" / "_errors.py").exists()
    assert not (PACKAGE / "_xml_fast.py").exists()


def test_generated_resources_call_their_pipeline_a_pipeline() -> None:
    resources = sorted((ROOT / "generated" / "commspec_generated").glob("*/api/*/__init__.py"))
    assert resources
    for path in resources:
        text = path.read_text()
        assert "self._client" not in text, path
        assert "self._pipeline." in text, path
