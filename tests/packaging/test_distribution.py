"""What a user installs: the clients need no server stack, every request names commspec, and the mock's
console script says how to get the server when it is missing."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

import commspec
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import ItnioClient
from commspec.mock import MockServer
from commspec.mock._config import DEMO

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated"))}


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=120, check=False
    )


def test_clients_and_the_in_process_mock_import_no_server_stack() -> None:
    result = run_python(
        "import json, sys\n"
        "import commspec.itnio, commspec.huawei, commspec.iovox, commspec.mock\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'uvicorn', 'httptools', 'uvloop',"
        " 'starlette', 'yaml', 'xmltodict', 'dateutil', 'attrs'})))"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_mock_command_explains_how_to_get_the_server_when_uvicorn_is_missing() -> None:
    result = run_python(
        "import sys\n"
        "sys.modules['uvicorn'] = None  # as if `pip install commspec` without the extra\n"
        "from commspec.mock.__main__ import main\n"
        "main(['--port', '0'])\n"
    )
    assert result.returncode == 2
    assert "pip install 'commspec[mock]'" in result.stderr


def test_version_and_user_agent_on_every_request_and_the_iam_fetch() -> None:
    assert commspec.__version__ == importlib.metadata.version("commspec")  # one source: _version.py
    expected = f"commspec/{commspec.__version__}"
    server = MockServer()
    seen: list[str] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return server.httpx_transport().handle_request(request)

    http = httpx.Client(transport=httpx.MockTransport(recording))
    ItnioClient(
        DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], base_url="http://mock", http_client=http
    ).flows.list()
    credentials = IamPasswordCredentials(
        DEMO["HUAWEICLOUD_IAM_USER"], DEMO["HUAWEICLOUD_IAM_PASSWORD"], DEMO["HUAWEICLOUD_IAM_DOMAIN"]
    )
    msgsms = MsgsmsClient(
        DEMO["HUAWEICLOUD_PROJECT_ID"],
        credentials=credentials,
        base_url="http://mock",
        iam_url="http://mock",
        http_client=http,
    )
    list(msgsms.templates.list())
    IovoxClient(
        DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], base_url="http://mock", http_client=http
    ).call_flows.list()
    assert len(seen) == 4  # ITNIO, the IAM token, MSGSMS, IOVOX
    assert set(seen) == {expected}


def test_every_runtime_dependency_is_one_the_clients_import() -> None:
    """`pip install commspec` pulls what the clients use, nothing for the generator, tests or the server."""
    declared = {
        requirement.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip().lower()
        for requirement in importlib.metadata.requires("commspec") or ()
        if "extra ==" not in requirement
    }
    import_names = {"pyyaml": "yaml", "python-dateutil": "dateutil"}
    result = run_python(
        "import json, sys\n"
        "import commspec.itnio, commspec.huawei\n"
        "from commspec.iovox import CallFlow, Play, SoundFile, to_xml, schema_errors, secure_parse\n"
        "flow = CallFlow(name='f', rules=[Play(id='1', label='p',"
        " sound_file=[SoundFile(sound_label='a')])])\n"
        "document = to_xml(flow)\n"
        "schema_errors(secure_parse(document))\n"
        "client = commspec.itnio.ItnioClient('key', 'secret', base_url='http://127.0.0.1:9')\n"
        "try:\n"
        "    client.flows.create(name='', flow=[])  # refused before sending, by the pydantic model\n"
        "except commspec.errors.ValidationError:\n"
        "    pass\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    assert result.returncode == 0, result.stderr
    imported = set(json.loads(result.stdout))
    unused = {name for name in declared if import_names.get(name, name).replace("-", "_") not in imported}
    assert not unused, f"declared runtime dependencies the clients never import: {sorted(unused)}"
