"""The mock with ``N`` ITNIO tasks already created, served in its own process, so that the pagination
rows time and trace the client alone (``python -m tests.benchmarks.seeded_mock PORT N``)."""

from __future__ import annotations

import sys

from commspec.mock import MockConfig, MockServer
from commspec.mock._engine import Call
from commspec.mock._serve import serve_forever
from commspec.mock._specs import default_settings
from commspec_generated.itnio_aivoice import spec as aivoice_spec

# The seed 001 task, named t00000, t00001, ... (the benchmark filters on those names).
TASK = {
    "appId": "LILIN888",
    "jobId": 1000,
    "name": "",
    "dialogFlowId": 8663,
    "mode": "MANUAL",
    "dailyStartDateTime": "09:00",
    "dailyEndDateTime": "20:00",
    "robotCount": 1,
    "jobPhoneNumberId": 2959,
    "redial": False,
    "startDateTime": "2022-09-16 08:00:00",
    "endDateTime": "2023-02-07 10:00:00",
}


def main() -> None:
    port, records = int(sys.argv[1]), int(sys.argv[2])
    server = MockServer(MockConfig(settings={**default_settings(), "itnio_apps": ("LILIN888",)}))
    engine = server.backend("itnio").engine
    for i in range(records):
        body = {**TASK, "name": f"t{i:05d}"}
        engine.apply(aivoice_spec.TASKS_CREATE, Call(body, body))  # seeded through the spec's effect
    serve_forever(server, "127.0.0.1", port)


if __name__ == "__main__":
    main()
