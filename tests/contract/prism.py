"""Run Stoplight Prism (npm, pinned by noxfile.py) in mock mode on one spec, on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def prism_binary() -> str:
    found = os.environ.get("PRISM_BIN") or shutil.which("prism")
    if not found:
        raise RuntimeError(
            "Prism is not installed: run the suite with `nox -s tests` (it installs @stoplight/prism-cli) "
            "or set PRISM_BIN to a prism executable"
        )
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_mock(spec: str) -> Iterator[str]:
    """Prism validating requests against ``specs/<spec>``; yields its base URL."""
    port = _free_port()
    command = [prism_binary(), "mock", "-h", "127.0.0.1", "-p", str(port), str(ROOT / "specs" / spec)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"prism exited: {process.stdout.read() if process.stdout else ''}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("prism did not start within 60 s") from None
                time.sleep(0.1)  # polling a starting subprocess, not synchronising a race under test
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
