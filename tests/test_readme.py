"""The README's Python examples run as written, against the mock served on 127.0.0.1 and selected
through the documented environment variables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from commspec.mock import MockConfig, MockServer
from commspec.mock._config import DEMO
from commspec.mock._serve import running_server

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
# The Huawei example names its IAM user inline; the mock accepts it, everything else as the demo.
CREDENTIALS = {
    **DEMO,
    "HUAWEICLOUD_IAM_USER": "user",
    "HUAWEICLOUD_IAM_PASSWORD": "password",
    "HUAWEICLOUD_IAM_DOMAIN": "domain",
}


def test_readme_has_examples_for_every_vendor() -> None:
    text = "\n".join(BLOCKS)
    for client in ("ItnioClient", "MsgsmsClient", "IovoxClient", "MockServer"):
        assert client in text


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = MockServer(MockConfig(credentials=dict(CREDENTIALS)))
    with running_server(server) as url:
        for name, value in CREDENTIALS.items():
            monkeypatch.setenv(name, value)
        for variable in ("ITNIO_BASE_URL", "HUAWEICLOUD_MSGSMS_URL", "HUAWEICLOUD_IAM_URL", "IOVOX_BASE_URL"):
            monkeypatch.setenv(variable, url)
        exec(compile(BLOCKS[index], f"README.md example {index + 1}", "exec"), {})
    assert server.request_count > 0 or "MockServer()" in BLOCKS[index]
