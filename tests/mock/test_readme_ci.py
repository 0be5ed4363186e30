"""The README's "served mock beside a CI job" recipe runs as written (bash, curl), with the commands a
checkout has: ``python -m commspec.mock`` for the installed ``commspec-mock``, a free port for 8080, and
in place of the job's ``pytest`` a program that checks what the job would see."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("### The served mock beside a CI job", 1)[1]
RECIPE = re.search(r"```bash\n(.*?)```", SECTION, flags=re.DOTALL)
SEED = [
    {
        "operation": "flows_create",
        "arguments": {"name": "ci-flow", "flow": [{"waitingTime": 60, "status": 2, "channel": "call"}]},
    }
]
# What the job's tests would do: a client built from the exported variables alone, and the fixture's URL.
JOB = """
import os
from commspec.itnio import ItnioClient
assert os.environ["COMMSPEC_MOCK_URL"] == os.environ["ITNIO_BASE_URL"], os.environ["COMMSPEC_MOCK_URL"]
print("flows:", [flow.name for flow in ItnioClient().flows.list()])
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_the_ci_recipe_runs(tmp_path: Path) -> None:
    assert RECIPE is not None, "the README lost its CI recipe"
    assert shutil.which("curl") is not None, "the recipe waits with curl: install it"
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "seed.json").write_text(json.dumps(SEED))
    (tmp_path / "job.py").write_text(JOB)
    port = str(free_port())
    script = (
        RECIPE[1]
        .replace("commspec-mock ", f"{sys.executable} -m commspec.mock ", 1)
        .replace("8080", port)
        .replace("\npytest\n", f"\n{sys.executable} job.py\n")
    )
    assert "job.py" in script and "-m commspec.mock" in script
    paths = os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))
    done = subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": paths},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "flows: ['ci-flow']" in done.stdout
