"""`import commspec.iovox` stays light: the call flow classes and xsdata load on first use, and every
public name still resolves (the import is about a fifth of its cost heavier otherwise)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_import_loads_neither_xsdata_nor_the_call_flow_classes_until_used() -> None:
    code = (
        "import json, sys\n"
        "import commspec.iovox\n"
        "heavy = ('xsdata', 'xmlschema', 'lxml', 'commspec_generated.iovox_callflow_xml')\n"
        "before = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "from commspec.iovox import CallFlow, Play, SoundFile, to_xml, parse_xml\n"
        "play = Play(id='1', label='p', sound_file=[SoundFile(sound_label='a')])\n"
        "flow = CallFlow(name='f', rules=[play])\n"
        "assert parse_xml(to_xml(flow), CallFlow) == flow\n"
        "print(json.dumps([before, 'xsdata' in sys.modules]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    before, xsdata_after_use = json.loads(result.stdout)
    assert before == []
    assert xsdata_after_use  # the metadata of the classes comes from xsdata, once used
