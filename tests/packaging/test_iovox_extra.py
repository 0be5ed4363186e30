"""Install what you use: IOVOX's XML stack is the ``commspec[iovox]`` extra (the mock extra includes it);
without it ``commspec.iovox`` raises an ImportError naming the extra, while ITNIO, Huawei and the mock
of their APIs work. The missing stack is simulated in a fresh interpreter (``sys.modules[name] = None``
makes an import fail as an uninstalled module does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from commspec._extras import XML_STACK

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _names(requirements: list[str]) -> set[str]:
    return {
        r.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip() for r in requirements
    }


def test_the_xml_stack_is_the_iovox_extra_and_the_mock_extra_includes_it() -> None:
    assert not _names(PROJECT["dependencies"]) & set(XML_STACK)
    assert _names(PROJECT["optional-dependencies"]["iovox"]) == set(XML_STACK)
    assert "commspec[iovox]" in PROJECT["optional-dependencies"]["mock"][0]


def run_without(missing: str, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    prelude = f"import sys\nsys.modules[{missing!r}] = None\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("missing", XML_STACK)
def test_without_the_extra_iovox_names_it_and_the_json_vendors_work(missing: str) -> None:
    result = run_without(
        missing,
        "import json\n"
        "from commspec._extras import MissingExtraError\n"
        "from commspec.itnio import ItnioClient\n"
        "from commspec.huawei import MsgsmsClient\n"
        "from commspec.mock import MockServer\n"
        "ItnioClient('key', 'secret', base_url='http://127.0.0.1:9').close()\n"
        "backends = sorted(MockServer().backends)\n"
        "try:\n"
        "    import commspec.iovox\n"
        "except MissingExtraError as error:\n"
        "    print(json.dumps({'error': str(error), 'import_error': isinstance(error, ImportError),"
        " 'backends': backends}))\n",
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert "pip install 'commspec[iovox]'" in outcome["error"] and missing in outcome["error"]
    assert outcome["import_error"]
    assert "iovox" not in outcome["backends"] and "itnio" in outcome["backends"]
