"""`nox -s bench`: commspec against its physical floor, each baseline measured in the same run.

Prints one table (medians, ratio = commspec / baseline) and writes it to .bench/latest.md.
Not part of `nox -s tests`: speed targets live here, never in timed tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import xmltodict

from commspec import errors
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.huawei._iam_token import build_token_request
from commspec.iovox import (
    Call,
    CallFlow,
    IovoxClient,
    MessageParts,
    Play,
    SendSms,
    SoundFile,
    parse_xml,
    schema_errors,
    secure_parse,
    to_xml,
)
from commspec.itnio import AsyncItnioClient, ItnioClient, sign
from commspec.mock import MockConfig, MockServer
from commspec.mock._config import DEMO
from commspec.mock._engine import Call as EngineCall
from commspec.mock._serve import running_server
from commspec_generated.iovox_callflow_xml import Request
from commspec_generated.itnio_aivoice import spec as aivoice_spec

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
PROJECT = DEMO["HUAWEICLOUD_PROJECT_ID"]
IAM = IamPasswordCredentials(
    user_name=DEMO["HUAWEICLOUD_IAM_USER"],
    password=DEMO["HUAWEICLOUD_IAM_PASSWORD"],
    domain_name=DEMO["HUAWEICLOUD_IAM_DOMAIN"],
)
# Seed 002's templates.update body; flow_status Pending keeps the template modifiable call after call
# (without it the mock moves it to Reviewing, where the next update is refused, as the vendor does).
TEMPLATE: dict[str, Any] = {
    "app_id": "******9c-1a6b-4ee5-9651-5bca450694b3",
    "brackets": "GB",
    "region": "cn",
    "sign_id": "******58-e866-4b30-9ca5-a476a00e8775",
    "template_content": "Test",
    "template_name": "auto_test000",
    "template_type": "NOTIFY_TYPE",
    "universal_template": 0,
    "flow_status": "Pending",
}
# Seed 004's updateCallFlow, without newName so that it can be repeated.
SEED_CALL_FLOW = CallFlow(
    name="Call Agent",
    notes="Will Call the agent, can be used for every agent in my account.",
    rules=[
        Call(
            id="call_1",
            label="Call",
            destination_phone_number="?",
            destination_contact_id="?",
            record=True,
            send_call_alert="NONE",
            called_message=MessageParts(sound_file=[SoundFile(sound_label="Lead brought by IOVOX")]),
        )
    ],
)


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


def bench_loopback(base_url: str) -> None:
    with ItnioClient(KEY, SECRET, base_url=base_url) as itnio, httpx.Client(base_url=base_url) as http:
        flow_id = itnio.flows.create(name="bench-flow", flow=FLOW["flow"]).flow_id
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
            *vendor_ops(base_url, http),
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


def captured(call: Callable[[httpx.Client], Any]) -> httpx.Request:
    """The request a typed client sends for ``call`` (answered 599 by a MockTransport, never sent)."""
    seen: list[httpx.Request] = []

    def keep(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    # The canned 599 is an error by design: only the request matters.
    with httpx.Client(transport=httpx.MockTransport(keep)) as http, contextlib.suppress(errors.APIError):
        call(http)
    assert seen, "the typed client sent nothing"
    return seen[0]


def vendor_ops(base_url: str, http: httpx.Client) -> list[tuple[str, Callable[[], Any], Callable[[], Any]]]:
    """Huawei templates.update (seed 002) and IOVOX call_flows.update (seed 004): typed vs raw bytes.

    The raw side replays the very bytes the typed client sends (captured once), with the same auth
    headers: an X-Auth-Token fetched once from the mock's IAM, IOVOX's username/secureKey.
    """
    msgsms = MsgsmsClient(PROJECT, credentials=IAM, base_url=base_url, iam_url=base_url, max_retries=0)
    iovox = IovoxClient(DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], base_url=base_url, max_retries=0)
    template_id = msgsms.templates.create(
        app_id=TEMPLATE["app_id"],
        region="cn",
        template_content="Draft",
        template_name="bench-tpl",
        flow_status="Pending",
    ).id
    iovox.call_flows.create(SEED_CALL_FLOW)

    login = build_token_request(
        base_url,
        user_name=IAM.user_name,
        password=IAM.password,
        domain_name=IAM.domain_name,
        project_id=PROJECT,
    )
    token = http.request(**login).headers["X-Subject-Token"]
    huawei = captured(
        lambda c: MsgsmsClient(
            PROJECT, token="captured", base_url=base_url, http_client=c, max_retries=0
        ).templates.update(template_id, **TEMPLATE)
    )
    huawei_headers = {"Content-Type": huawei.headers["Content-Type"], "X-Auth-Token": token}
    callflow = captured(
        lambda c: IovoxClient(
            DEMO["IOVOX_USERNAME"], DEMO["IOVOX_SECURE_KEY"], base_url=base_url, http_client=c, max_retries=0
        ).call_flows.update(SEED_CALL_FLOW)
    )
    iovox_headers = {k: callflow.headers[k] for k in ("Content-Type", "username", "secureKey")}

    def raw_template() -> Any:
        response = http.request(
            huawei.method, huawei.url.raw_path.decode(), content=huawei.content, headers=huawei_headers
        )
        assert response.status_code == 200, response.text
        return response.json()

    def raw_call_flow() -> bytes:
        response = http.request(
            callflow.method, callflow.url.raw_path.decode(), content=callflow.content, headers=iovox_headers
        )
        assert response.status_code == 204, response.text  # the mock's answer to a good update
        return response.content

    return [
        (
            "templates.update (Huawei seed 002)",
            lambda: msgsms.templates.update(template_id, **TEMPLATE),
            raw_template,
        ),
        (
            "call_flows.update (IOVOX seed 004)",
            lambda: iovox.call_flows.update(SEED_CALL_FLOW),
            raw_call_flow,
        ),
    ]


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
    ours = median_time(lambda: itnio.flows.update(1, **FLOW), 9, 300)
    raw = median_time(lambda: raw_call(http, "PUT", "/otp/flow/update/1", FLOW), 9, 300)
    row("cpu path flows.update (MockTransport)", ours, "raw httpx", raw)

    from commspec._response import parse
    from commspec._validation import preflight
    from commspec_generated.itnio_otp.models import FlowsUpdateResponse
    from commspec_generated.itnio_otp.spec import FLOWS_UPDATE

    parsed = json.loads(canned)
    parts = {
        "validation (pydantic + rules)": lambda: preflight(FLOWS_UPDATE, {"flowId": 1}, FLOW),
        "serialisation (json.dumps)": lambda: json.dumps(FLOW, separators=(",", ":")).encode(),
        "signing (md5)": lambda: sign(KEY, SECRET, "1700000000"),
        "parsing (json + spec check + typed model)": lambda: (
            parse(FLOWS_UPDATE, json.loads(canned), FlowsUpdateResponse).data
        ),
        "parsing baseline (json only)": lambda: json.loads(canned),
    }
    for name, fn in parts.items():
        ROWS.append((f"  breakdown: {name}", f"{median_time(fn, 9, 2000) * 1e6:,.1f} µs", 0.0, "", 0.0, ""))
    del parsed


def bench_pagination() -> None:
    server = MockServer(MockConfig(itnio_apps=("LILIN888",)))
    backend = server.backend("itnio")
    for i in range(10_000):
        body = {**TASK, "name": f"t{i:05d}", "mode": "MANUAL"}
        backend.engine.apply(
            aivoice_spec.TASKS_CREATE, EngineCall(body, body)
        )  # seeded through the spec's effect
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


RULES = 1_000


def typed_call_flow(rules: int = RULES) -> Request:
    """A call flow of ``rules`` rules from the typed classes: a third each Play, Call, SendSms.

    Grouped by type: xmltodict keeps repeated children in one list per tag, so a dict can only
    describe the same document when same-named siblings are adjacent.
    """
    n = [len(range(k, rules, 3)) for k in range(3)]
    plays = [
        Play(
            id=f"play_{i}",
            label=f"Play {i}",
            sound_file=[SoundFile(sound_label=f"Welcome {i}"), SoundFile(sound_label="?")],
        )
        for i in range(n[0])
    ]
    calls = [
        Call(
            id=f"call_{i}",
            label=f"Call {i}",
            destination_phone_number="447700900123",
            destination_contact_id="?",
            record=False,
            send_call_alert="NONE",
            caller_message=MessageParts(sound_file=[SoundFile(sound_label=f"Connecting {i}")]),
        )
        for i in range(n[1])
    ]
    texts = [
        SendSms(
            id=f"sms_{i}",
            label=f"Sms {i}",
            message=f"Lead {i}",
            destination_phone_number="?",
            destination_contact_id="?",
        )
        for i in range(n[2])
    ]
    return Request(call_flow=CallFlow(name="Bench flow", notes="1,000 rules", rules=[*plays, *calls, *texts]))


def dict_call_flow(rules: int = RULES) -> dict[str, Any]:
    """The same document as ``typed_call_flow`` as an xmltodict dict (attributes as ``@name``)."""
    n = [len(range(k, rules, 3)) for k in range(3)]
    return {
        "request": {
            "callFlow": {
                "@name": "Bench flow",
                "@notes": "1,000 rules",
                "play": [
                    {
                        "@id": f"play_{i}",
                        "@label": f"Play {i}",
                        "soundFile": [{"@soundLabel": f"Welcome {i}"}, {"@soundLabel": "?"}],
                    }
                    for i in range(n[0])
                ],
                "call": [
                    {
                        "@id": f"call_{i}",
                        "@label": f"Call {i}",
                        "@destinationPhoneNumber": "447700900123",
                        "@destinationContactId": "?",
                        "@record": "false",
                        "@sendCallAlert": "NONE",
                        "callerMessage": {"soundFile": {"@soundLabel": f"Connecting {i}"}},
                    }
                    for i in range(n[1])
                ],
                "sendSms": [
                    {
                        "@id": f"sms_{i}",
                        "@label": f"Sms {i}",
                        "@from": "$_partnerName",  # the XSD default that the typed class writes out
                        "@message": f"Lead {i}",
                        "@destinationPhoneNumber": "?",
                        "@destinationContactId": "?",
                    }
                    for i in range(n[2])
                ],
            }
        }
    }


def bench_call_flow() -> None:
    """1,000-rule call flow: typed build + XSD validation + serialise, and parse back, vs xmltodict."""
    ours_xml = to_xml(typed_call_flow())
    base_xml = xmltodict.unparse(dict_call_flow(), short_empty_elements=True).encode()
    # Same document both ways, else the comparison means nothing.
    assert xmltodict.parse(ours_xml) == xmltodict.parse(base_xml)
    assert len(parse_xml(ours_xml, Request).call_flow.rules) == RULES

    def build_ours() -> bytes:
        return to_xml(typed_call_flow())

    def build_base() -> bytes:
        text: str = xmltodict.unparse(dict_call_flow(), short_empty_elements=True)
        return text.encode()

    row(
        f"call flow {RULES:,} rules: build + validate + serialise",
        median_time(build_ours, 7),
        "xmltodict.unparse (no validation)",
        median_time(build_base, 7),
        "ms",
        1e3,
    )
    row(
        f"call flow {RULES:,} rules: parse into typed classes",
        median_time(lambda: parse_xml(ours_xml, Request), 7),
        "xmltodict.parse",
        median_time(lambda: xmltodict.parse(ours_xml), 7),
        "ms",
        1e3,
    )
    root = secure_parse(ours_xml)
    assert schema_errors(root) == []
    ROWS.append(
        (
            "  breakdown: XSD validation alone (xmlschema, parsed tree)",
            f"{median_time(lambda: schema_errors(root), 7) * 1e3:,.1f} ms",
            0.0,
            "",
            0.0,
            f"{len(ours_xml) / 1e3:,.0f} kB document",
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


@contextlib.contextmanager
def mock_process() -> Iterator[str]:
    """`commspec-mock` in its own process, as a user runs it (and as Prism runs): no shared GIL."""
    from tests.contract.prism import _free_port

    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "commspec.mock", "--port", str(port)], stdout=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/_mock/state")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)  # waiting for a subprocess to listen
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def bench_mock_throughput() -> None:
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

    with mock_process() as url:
        ours = statistics.median(throughput(url, signed_headers()) for _ in range(3))
    # The vendor logic alone (auth, validation, state, envelope), without HTTP: shows what bounds the
    # figure above (uvicorn and the single-process httpx load generator, shared by both servers).
    from commspec.mock._http import Headers, MockRequest

    server = MockServer()
    request = MockRequest(
        "POST", "/aivoice/taskList", {}, Headers.of(signed_headers()), json.dumps(LIST).encode()
    )
    handled = median_time(lambda: server.handle(request), 9, 500)
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
        ROWS.append(
            (
                "  breakdown: mock vendor logic per request, no HTTP",
                f"{handled * 1e6:,.1f} µs",
                0.0,
                "",
                0.0,
                "",
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
    bench_call_flow()
    with mock_process() as base_url:  # the server in its own process: the client pays only its own CPU
        bench_loopback(base_url)
        asyncio.run(bench_async_loopback(base_url))
    bench_mock_throughput()
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
