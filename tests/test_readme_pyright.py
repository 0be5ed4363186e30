"""pyright in strict mode accepts the README's Python blocks and examples/ as written: every name they
import is public (in the package's ``__all__``), and the surface they use is typed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.test_readme import BLOCKS

ROOT = Path(__file__).resolve().parents[1]


def test_pyright_strict_accepts_the_readme_blocks_and_examples(tmp_path: Path) -> None:
    for index, block in enumerate(BLOCKS, start=1):
        (tmp_path / f"readme_block_{index}.py").write_text(block, encoding="utf-8")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    # This checkout's packages, found as an installed library is (on the interpreter's path, not as
    # extraPaths): pyright applies the library rules (a name not in __all__ is private) only to those.
    paths = [str(ROOT / "overrides"), str(ROOT / "generated")]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    report = json.loads(result.stdout)
    errors = [
        f"{Path(d['file']).relative_to(tmp_path)}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] == len(BLOCKS) + len(list((ROOT / "examples").glob("*.py")))
    assert errors == []
