"""The mock with one approved SMS template (``bench``, one variable), served in its own process, for the
SMS rows of tests/benchmarks/run.py (``python -m tests.benchmarks.sms_mock PORT``)."""

from __future__ import annotations

import sys

from commspec.mock import MockConfig, MockServer
from commspec.mock._serve import serve_forever

TEMPLATE = "bench"


def main() -> None:
    server = MockServer(MockConfig())
    server.backend("huawei_sms").add_template(TEMPLATE, "Your code is ${NUM_6}")
    serve_forever(server, "127.0.0.1", int(sys.argv[1]))


if __name__ == "__main__":
    main()
