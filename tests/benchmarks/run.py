"""`nox -s bench`: commspec against its physical floor, each baseline measured in the same run.

Prints one table (medians, ratio = commspec / baseline) and writes it to .bench/latest.md.
Not part of `nox -s tests`: speed targets live here, never in timed tests.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from commspec.itnio import AsyncItnioClient, ItnioClient, sign
from commspec.mock import MockConfig, MockServer
from commspec.mock._serve import running_server

KEY, SECRET = "demo-itnio-key", "demo-itnio-secret"
ROOT = Path(__file__).resolve().parents[2]
ROWS: list[tuple[str, str, float, str, float, str]] = []

FLOW = {"name": "name", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0}]}
TASK = {
    "appId": "LILIN888",
    "jobId": 1000,
    "name": "lilinname2",
    "dialogFlowId": 8663,
    "mode": "AUTO",
    "dailyStartDateTime": "09:00",
    "dailyEndDateTime": "20:00",
    "robotCount": 1,
    "jobPhoneNumberId": 2959,
    "redial": False,
    "startDateTime": "2022-09-16 08:00:00",
    "endDateTime": "2023-02-07 10:00:00",
}
LIST = {"current": 1, "size": 10, "params": {"appId": "LILIN888"}}


def median_time(fn: Callable[[], Any], repeat: int, inner: int = 1) -> float:
    fn()  # warm up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(inner):
            fn()
        samples.append((time.perf_counter() - started) / inner)
    return statistics.median(samples)


def row(name: str, ours: float, base_name: str, base: float, unit: str = "µs", scale: float = 1e6) -> None:
    ROWS.append((name, f"{ours * scale:,.1f} {unit}", ours, base_name, base, f"{base * scale:,.1f} {unit}"))


def signed_headers() -> dict[str, str]:
    ts = str(int(time.time()))
    return {
        "Api-Key": KEY,
        "Timestamp": ts,
        "Sign": sign(KEY, SECRET, ts),
        "Content-Type": "application/json;charset=UTF-8",
    }


def raw_call(http: httpx.Client, method: str, path: str, body: Any) -> Any:
    content = json.dumps(body, separators=(",", ":")).encode() if body is not None else None
    response = http.request(method, path, content=content, headers=signed_headers())
    payload = response.json()
    assert payload["status"] == "0", payload
    return payload["data"]


def bench_loopback(base_url: str, server: MockServer) -> None:
    with ItnioClient(KEY, SECRET, base_url=base_url) as itnio, httpx.Client(base_url=base_url) as http:
        flow_id = str(itnio.flows.create(name="bench-flow", flow=FLOW["flow"]).flow_id)
        job = itnio.tasks.create(
            **{  # snake_case kwargs of the seed task
                "app_id": "LILIN888",
                "name": "bench-task",
                "dialog_flow_id": 8663,
                "mode": "MANUAL",
                "daily_start_date_time": "09:00",
                "daily_end_date_time": "20:00",
                "robot_count": 1,
                "job_phone_number_id": 2959,
                "redial": False,
            }
        )
        task = {**TASK, "jobId": job, "name": "bench-task"}
        ops: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
            (
                "flows.update (seed 000)",
                lambda: itnio.flows.update(flow_id, **FLOW),
                lambda: raw_call(http, "PUT", f"/otp/flow/update/{flow_id}", FLOW),
            ),
            (
                "tasks.edit (seed 001)",
                lambda: itnio.tasks.edit(**_snake(task)),
                lambda: raw_call(http, "POST", "/aivoice/taskEdit", task),
            ),
            (
                "tasks.list (seed 003)",
                lambda: itnio.tasks.list(app_id="LILIN888", size=10),
                lambda: raw_call(http, "POST", "/aivoice/taskList", LIST),
            ),
        ]
        for name, ours, raw in ops:
            # Interleave to share whatever the machine is doing; medians of 15 x 40 calls.
            samples_ours, samples_raw = [], []
            for _ in range(15):
                samples_ours.append(median_time(ours, 1, 40))
                samples_raw.append(median_time(raw, 1, 40))
            row(
                f"loopback sync {name}",
                statistics.median(samples_ours),
                "raw httpx",
                statistics.median(samples_raw),
            )


async def bench_async_loopback(base_url: str) -> None:
    async with (
        AsyncItnioClient(KEY, SECRET, base_url=base_url) as itnio,
        httpx.AsyncClient(base_url=base_url) as http,
    ):

        async def ours() -> None:
            await asyncio.gather(*(itnio.tasks.list(app_id="LILIN888", size=10) for _ in range(100)))

        async def raw_one() -> None:
            response = await http.post(
                "/aivoice/taskList", content=json.dumps(LIST).encode(), headers=signed_headers()
            )
            assert response.json()["status"] == "0"

        async def raw() -> None:
            await asyncio.gather(*(raw_one() for _ in range(100)))

        a, b = [], []
        for _ in range(7):
            started = time.perf_counter()
            await ours()
            a.append((time.perf_counter() - started) / 100)
            started = time.perf_counter()
            await raw()
            b.append((time.perf_counter() - started) / 100)
        row(
            "loopback async tasks.list, 100 concurrent (per call)",
            statistics.median(a),
            "raw httpx",
            statistics.median(b),
        )


def _snake(task: dict[str, Any]) -> dict[str, Any]:
    import re

    return {re.sub(r"(?<!^)(?=[A-Z])", "_", k).lower(): v for k, v in task.items()}


def bench_cpu_path() -> None:
    """No network: httpx.MockTransport answering a canned envelope."""
    canned = json.dumps({"status": "0", "reason": "success", "data": {"flowId": 1, **FLOW}}).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=canned)

    transport = httpx.MockTransport(answer)
    itnio = ItnioClient(KEY, SECRET, base_url="http://x", http_client=httpx.Client(transport=transport))
    http = httpx.Client(transport=transport, base_url="http://x")
    ours = median_time(lambda: itnio.flows.update("1", **FLOW), 9, 300)
    raw = median_time(lambda: raw_call(http, "PUT", "/otp/flow/update/1", FLOW), 9, 300)
    row("cpu path flows.update (MockTransport)", ours, "raw httpx", raw)

    from commspec._validation import preflight
    from commspec_generated.itnio_otp.models import FlowEnvelope
    from commspec_generated.itnio_otp.spec import FLOWS_UPDATE

    parsed = json.loads(canned)
    parts = {
        "validation (pydantic + rules)": lambda: preflight(FLOWS_UPDATE, {"flowId": "1"}, FLOW),
        "serialisation (json.dumps)": lambda: json.dumps(FLOW, separators=(",", ":")).encode(),
        "signing (md5)": lambda: sign(KEY, SECRET, "1700000000"),
        "parsing (json + typed model)": lambda: FlowEnvelope.from_dict(json.loads(canned)).data,
        "parsing baseline (json only)": lambda: json.loads(canned),
    }
    for name, fn in parts.items():
        ROWS.append((f"  breakdown: {name}", f"{median_time(fn, 9, 2000) * 1e6:,.1f} µs", 0.0, "", 0.0, ""))
    del parsed


def bench_pagination() -> None:
    server = MockServer(MockConfig(itnio_apps=("LILIN888",)))
    backend = server.itnio
    for i in range(10_000):
        backend.tasks_create({**TASK, "name": f"t{i:05d}", "mode": "MANUAL"})
    with (
        running_server(server) as base_url,
        ItnioClient(KEY, SECRET, base_url=base_url) as itnio,
        httpx.Client(base_url=base_url) as http,
    ):

        def ours() -> int:
            return sum(1 for _ in itnio.tasks.list(app_id="LILIN888", size=100))

        def raw() -> int:
            count, current = 0, 1
            while True:
                data = raw_call(http, "POST", "/aivoice/taskList", {**LIST, "size": 100, "current": current})
                count += len(data["records"])
                if current >= data["pages"]:
                    return count
                current += 1

        assert ours() == raw() == 10_000
        row(
            "iterate 10,000 tasks (100/page)",
            median_time(ours, 5),
            "raw httpx page loop",
            median_time(raw, 5),
            "ms",
            1e3,
        )
        tracemalloc.start()
        ours()
        peak_ours = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        sum(1 for _ in itnio.tasks.list(app_id="LILIN888", size=100, name="t0"))  # 1,000 records
        peak_small = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ROWS.append(
            (
                "  peak memory iterating 10,000 vs 1,000 records",
                f"{peak_ours / 1e3:,.0f} kB",
                0.0,
                "",
                0.0,
                f"{peak_small / 1e3:,.0f} kB",
            )
        )


def bench_imports() -> None:
    def fresh(statement: str) -> float:
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    base = fresh("import httpx")
    for module in ("commspec.itnio", "commspec.huawei", "commspec.iovox"):
        row(f"import {module} (fresh process)", fresh(f"import {module}"), "import httpx", base, "ms", 1e3)


def bench_generate() -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator"], check=True, cwd=ROOT, capture_output=True)
    ours = time.perf_counter() - started
    bare = 0.0
    for spec in sorted((ROOT / "specs").glob("*/*.openapi.yaml")):
        out = ROOT / ".bench" / "bare" / spec.stem
        started = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).parent / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--overwrite",
            ],
            capture_output=True,
            check=False,
        )
        subprocess.run(
            [
                str(Path(sys.executable).parent / "datamodel-codegen"),
                "--input",
                str(spec),
                "--input-file-type",
                "openapi",
                "--output",
                str(out) + ".py",
            ],
            capture_output=True,
            check=False,
        )
        bare += time.perf_counter() - started
    row("nox -s generate (python -m generator)", ours, "bare generator commands", bare, "s", 1)


def bench_mock_throughput(base_url: str) -> None:
    prism = os.environ.get("PRISM_BIN")

    def throughput(url: str, headers: dict[str, str]) -> float:
        async def run() -> float:
            async with httpx.AsyncClient(base_url=url) as http:
                body = json.dumps(LIST).encode()

                async def worker(n: int) -> None:
                    for _ in range(n):
                        await http.post("/aivoice/taskList", content=body, headers=headers)

                started = time.perf_counter()
                await asyncio.gather(*(worker(50) for _ in range(20)))
                return 1000 / (time.perf_counter() - started)

        return asyncio.run(run())

    ours = statistics.median(throughput(base_url, signed_headers()) for _ in range(3))
    if prism:
        from tests.contract.prism import prism_mock

        with prism_mock("itnio/aivoice.openapi.yaml") as prism_url:
            theirs = statistics.median(throughput(prism_url, signed_headers()) for _ in range(3))
        # ratio = ours / Prism's: higher is better here.
        ROWS.append(
            (
                "mock throughput taskList (higher is better)",
                f"{ours:,.0f} req/s",
                ours,
                "Prism mock",
                theirs,
                f"{theirs:,.0f} req/s",
            )
        )
    else:
        ROWS.append(
            ("mock throughput taskList (req/s)", f"{ours:,.0f} req/s", 0.0, "Prism: PRISM_BIN unset", 0.0, "")
        )


def render() -> str:
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "",
        "| measurement | commspec | baseline | baseline value | ratio |",
        "|---|---|---|---|---|",
    ]
    for name, ours_text, ours, base_name, base, base_text in ROWS:
        ratio = f"{ours / base:.2f}×" if base else ""
        lines.append(f"| {name} | {ours_text} | {base_name} | {base_text} | {ratio} |")
    return "\n".join(lines)


def main() -> None:
    bench_cpu_path()
    server = MockServer()
    with running_server(server) as base_url:
        bench_loopback(base_url, server)
        asyncio.run(bench_async_loopback(base_url))
        bench_mock_throughput(base_url)
    bench_pagination()
    bench_imports()
    if "--with-generate" in sys.argv:
        bench_generate()
    table = render()
    print(table)
    (ROOT / ".bench").mkdir(exist_ok=True)
    (ROOT / ".bench" / "latest.md").write_text(table + "\n")


if __name__ == "__main__":
    main()
