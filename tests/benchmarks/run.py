"""`nox -s bench`: commspec against its physical floor, each baseline measured in the same run.

Prints one table (medians, ratio = commspec / baseline) and writes it to .bench/latest.md; ``--readme``
also replaces the table in README.md. Every ratio comes from interleaved rounds (commspec, baseline,
commspec, ...), so both sides share whatever else the machine is doing.

``--only=call_flow,imports``: only those groups of rows (names as in ``GROUPS``), e.g. while profiling.

``--quick``: a smoke run of every row with a few iterations (``nox -s tests`` runs it so the harness
cannot rot); its figures mean nothing and nothing is asserted about time, in either mode.

Optional baselines, from the environment (``nox -s bench`` sets them all): ``PRISM_BIN`` (Prism, the
mock comparison), ``AUTOCANNON_BIN`` (the load generator of the mock throughput rows), and
``HUAWEI_SDK_PYTHON`` (a Python whose environment has Huawei's official ``huaweicloudsdkmsgsms``).
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
from commspec._xml_schema import Xsd
from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.huawei._iam_auth import password_login
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
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec_generated.iovox_callflow_xml import Request

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
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "brackets": "GB",
    "region": "cn",
    "sign_id": "6f1d0000-e866-4b30-9ca5-a476a00e8775",
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


QUICK = "--quick" in sys.argv


def scaled(full: int, quick: int) -> int:
    """An iteration count: ``quick`` in a smoke run."""
    return quick if QUICK else full


def interleaved(
    ours: Callable[[], Any], base: Callable[[], Any], rounds: int, inner: int = 1
) -> tuple[float, float, float, float]:
    """Medians over ``rounds`` alternating rounds of ``inner`` calls each, per call: wall time of ours
    and base, then process (CPU) time of ours and base (this process only: what the client costs)."""
    ours()  # warm up both
    base()
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for side, fn in enumerate((ours, base)):
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(inner):
                fn()
            cpus[side].append((time.process_time() - cpu) / inner)
            walls[side].append((time.perf_counter() - wall) / inner)
    m = statistics.median
    return m(walls[0]), m(walls[1]), m(cpus[0]), m(cpus[1])


def note(name: str, value: str, base_text: str = "") -> None:
    """A row without a ratio (a breakdown, a ceiling, a skipped measurement)."""
    ROWS.append((name, value, 0.0, "", 0.0, base_text))


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
            wall_ours, wall_raw, cpu_ours, cpu_raw = interleaved(ours, raw, scaled(15, 2), scaled(40, 3))
            row(f"loopback sync {name}", wall_ours, "raw httpx", wall_raw)
            # The client's own CPU per call (the server runs in another process): what commspec adds.
            ROWS.append(
                (
                    "  breakdown: client CPU per call (process time)",
                    f"{cpu_ours * 1e6:,.1f} µs",
                    cpu_ours,
                    "raw httpx",
                    cpu_raw,
                    f"{cpu_raw * 1e6:,.1f} µs",
                )
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
        await ours()  # warm up: a pool of connections for both
        await raw()
        for _ in range(scaled(9, 2)):
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

    login = {"auth": password_login(IAM, PROJECT)}
    token = http.post(f"{base_url}/v3/auth/tokens", json=login).headers["X-Subject-Token"]
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


def bench_huawei_sdk(base_url: str) -> None:
    """templates.update (seed 002) by commspec, by Huawei's official SDK (its own virtual environment,
    a persistent worker process) and by raw httpx, against the same mock, in alternating rounds."""
    python = os.environ.get("HUAWEI_SDK_PYTHON")
    if not python:
        note("Huawei SDK templates.update", "skipped: HUAWEI_SDK_PYTHON unset (nox -s bench sets it)")
        return
    # Its own template and name: the loopback rows' update took seed 002's name (names are unique).
    fields = {**TEMPLATE, "template_name": "bench_sdk_update"}
    msgsms = MsgsmsClient(PROJECT, credentials=IAM, base_url=base_url, iam_url=base_url, max_retries=0)
    template_id = msgsms.templates.create(
        app_id=TEMPLATE["app_id"],
        region="cn",
        template_content="Draft",
        template_name="bench-sdk",
        flow_status="Pending",
    ).id
    login = {"auth": password_login(IAM, PROJECT)}
    with httpx.Client(base_url=base_url) as http:
        token = http.post("/v3/auth/tokens", json=login).headers["X-Subject-Token"]
        sent = captured(
            lambda c: MsgsmsClient(
                PROJECT, token="captured", base_url=base_url, http_client=c, max_retries=0
            ).templates.update(template_id, **fields)
        )
        headers = {"Content-Type": sent.headers["Content-Type"], "X-Auth-Token": token}
        worker = subprocess.Popen(
            [
                python,
                str(Path(__file__).with_name("huawei_sdk_worker.py")),
                base_url,
                PROJECT,
                token,
                template_id,
                json.dumps(fields),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdin is not None and worker.stdout is not None
        to_worker, from_worker = worker.stdin, worker.stdout
        try:
            if from_worker.readline().strip() != "ready":
                raise RuntimeError("the Huawei SDK worker did not start (see its error above)")

            def sdk_round(calls: int) -> float:
                to_worker.write(f"{calls}\n")
                to_worker.flush()
                return float(from_worker.readline()) / calls

            def timed(fn: Callable[[], Any], calls: int) -> float:
                started = time.perf_counter()
                for _ in range(calls):
                    fn()
                return (time.perf_counter() - started) / calls

            def raw() -> None:
                response = http.request(
                    sent.method, sent.url.raw_path.decode(), content=sent.content, headers=headers
                )
                assert response.status_code == 200, response.text

            def ours() -> None:
                msgsms.templates.update(template_id, **fields)

            calls = scaled(40, 3)
            per_call: tuple[list[float], list[float], list[float]] = ([], [], [])
            for _ in range(scaled(9, 2)):
                per_call[0].append(timed(ours, calls))
                per_call[1].append(sdk_round(calls))
                per_call[2].append(timed(raw, calls))
        finally:
            to_worker.close()
            worker.wait(timeout=30)
    ours_rate, sdk_rate, raw_rate = (1 / statistics.median(samples) for samples in per_call)
    # ratio = ours / the SDK's calls per second: higher is better here.
    ROWS.append(
        (
            "Huawei templates.update, calls/s (higher is better)",
            f"{ours_rate:,.0f} calls/s",
            ours_rate,
            "huaweicloudsdkmsgsms (official SDK)",
            sdk_rate,
            f"{sdk_rate:,.0f} calls/s",
        )
    )
    note("  ceiling: raw httpx, same bytes", f"{raw_rate:,.0f} calls/s")


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
    ours, raw, _, _ = interleaved(
        lambda: itnio.flows.update(1, **FLOW),
        lambda: raw_call(http, "PUT", "/otp/flow/update/1", FLOW),
        scaled(15, 2),
        scaled(200, 3),
    )
    row("cpu path flows.update (MockTransport)", ours, "raw httpx", raw)

    from commspec._pipeline import SyncPipeline
    from commspec._response import parse
    from commspec._validation import preflight
    from commspec_generated.itnio_otp.models import FlowsUpdateResponse
    from commspec_generated.itnio_otp.spec import FLOWS_UPDATE

    pipeline = itnio._pipeline
    assert isinstance(pipeline, SyncPipeline)
    params, body = pipeline.prepare(FLOWS_UPDATE, {"flowId": 1}, FLOW)
    answered = pipeline.send(
        FLOWS_UPDATE, pipeline.build_request(pipeline.http_client, FLOWS_UPDATE, params, body)
    )
    payload = pipeline.handler(FLOWS_UPDATE, answered)
    parts = {
        "validation (pydantic + rules)": lambda: preflight(FLOWS_UPDATE, {"flowId": 1}, FLOW),
        "serialisation (json.dumps)": lambda: json.dumps(FLOW, separators=(",", ":")).encode(),
        "signing (md5)": lambda: sign(KEY, SECRET, "1700000000"),
        "parsing (json + spec check + typed model)": lambda: (
            parse(FLOWS_UPDATE, json.loads(canned), FlowsUpdateResponse).data
        ),
        "parsing baseline (json only)": lambda: json.loads(canned),
        # The stages of one call, as the pipeline runs them.
        "stage: arguments to wire + pre-flight (prepare)": lambda: pipeline.prepare(
            FLOWS_UPDATE, {"flowId": 1}, FLOW
        ),
        "stage: httpx.Request (path, headers, body)": lambda: pipeline.build_request(
            pipeline.http_client, FLOWS_UPDATE, params, body
        ),
        "stage: httpx.Request + send (auth, redirect refusal, capped body)": lambda: pipeline.send(
            FLOWS_UPDATE, pipeline.build_request(pipeline.http_client, FLOWS_UPDATE, params, body)
        ),
        "stage: envelope check": lambda: pipeline.handler(FLOWS_UPDATE, answered),
        "stage: typed parse": lambda: parse(FLOWS_UPDATE, payload, FlowsUpdateResponse),
    }
    for name, fn in parts.items():
        note(f"  breakdown: {name}", f"{median_time(fn, scaled(9, 2), scaled(2000, 3)) * 1e6:,.1f} µs")


def bench_otp() -> None:
    """A test's send + verify of an OTP: the typed client through the in-process stateful mock (the code
    read from its outbox) against raw httpx answered canned bodies by path (what respx does; respx is not
    a dependency, httpx.MockTransport is its mechanism)."""
    from commspec.testing import mock_vendors

    phone = "8613800000000"
    sent = {"verificationId": "22206051443051000003", "to": phone, "channel": "sms", "snaUrl": None}
    checked = {"verificationId": sent["verificationId"], "to": phone, "channel": "sms", "matched": 0}
    canned = {
        "/otp/verification/send": json.dumps({"status": "0", "reason": "success", "data": sent}).encode(),
        "/otp/verification/verify": json.dumps(
            {"status": "0", "reason": "success", "data": checked}
        ).encode(),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=canned[request.url.path])

    http = httpx.Client(transport=httpx.MockTransport(answer), base_url="http://x")
    with mock_vendors() as mock, ItnioClient(max_retries=0) as itnio:
        app = itnio.apps.create(name="bench-login")
        template = itnio.templates.create(app_id=app.app_id, name="bench-code", text="Code ##code##")

        def ours() -> None:
            verification = itnio.verifications.send(
                app_id=app.app_id, template_id=template.template_id, to=phone
            )
            code = mock.outbox(to=phone)[-1].code
            assert code is not None
            check = itnio.verifications.verify(verification_id=verification.verification_id, code=code)
            assert check.matched == 0

        def raw() -> None:
            body = {"appId": app.app_id, "templateId": template.template_id, "to": phone}
            verification = raw_call(http, "POST", "/otp/verification/send", body)
            check = {"verificationId": verification["verificationId"], "code": "1234"}
            assert raw_call(http, "POST", "/otp/verification/verify", check)["matched"] == 0

        wall, base, _, _ = interleaved(ours, raw, scaled(15, 2), scaled(100, 3))
        row(
            "OTP send + verify, in-process stateful mock",
            wall,
            "raw httpx + canned answers (respx-like)",
            base,
        )
        # The same typed calls answered canned bodies: what the stateful mock itself adds.
        canned_client = ItnioClient(KEY, SECRET, base_url="http://x", http_client=http, max_retries=0)

        def typed_canned() -> None:
            verification = canned_client.verifications.send(app_id=app.app_id, template_id=1, to=phone)
            check = canned_client.verifications.verify(
                verification_id=verification.verification_id, code="1234"
            )
            assert check.matched == 0

        wall, base, _, _ = interleaved(ours, typed_canned, scaled(15, 2), scaled(100, 3))
        row("  breakdown: the same typed calls", wall, "typed client + canned answers", base)


def bench_sms() -> None:
    """Huawei SMS through the served mock: messages.send to 500 numbers (X-WSSE signed, form body, 500
    typed results) against raw httpx posting the same bytes; then how many status reports per second the
    served mock pushes to a loopback webhook (each in its own background POST)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from commspec.huawei import SmsClient
    from tests.benchmarks.sms_mock import TEMPLATE

    key, secret = DEMO["HUAWEICLOUD_SMS_APP_KEY"], DEMO["HUAWEICLOUD_SMS_APP_SECRET"]
    numbers = [f"+86138{i:08d}" for i in range(500)]
    arguments = {"sender": "isms1", "to": numbers, "template_id": TEMPLATE, "template_params": ["424242"]}
    with mock_process(module="tests.benchmarks.sms_mock") as base_url:
        sent = captured(
            lambda http: SmsClient(key, secret, base_url=base_url, http_client=http).messages.send(
                **arguments
            )
        )
        with SmsClient(key, secret, base_url=base_url) as sms, httpx.Client(base_url=base_url) as http:
            headers = {name: sent.headers[name] for name in ("authorization", "x-wsse", "content-type")}

            def ours() -> None:
                answer = sms.messages.send(**arguments)  # type: ignore[arg-type]
                assert answer.result is not None and len(answer.result) == 500

            def raw() -> None:  # the same bytes (the mock does not refuse a repeated nonce)
                answer = http.post("/sms/batchSendSms/v1", content=sent.content, headers=headers).json()
                assert len(answer["result"]) == 500

            wall, base, _, _ = interleaved(ours, raw, scaled(15, 2), scaled(5, 1))
            row(
                "SMS messages.send to 500 numbers, served mock",
                wall,
                "raw httpx, same bytes",
                base,
                "ms",
                1e3,
            )

            received = threading.Semaphore(0)

            class Hook(BaseHTTPRequestHandler):
                disable_nagle_algorithm = True

                def do_POST(self) -> None:
                    self.rfile.read(int(self.headers["content-length"]))
                    self.send_response(200)
                    self.send_header("content-length", "0")
                    self.end_headers()
                    received.release()

                def log_message(self, *args: Any) -> None:
                    pass

            hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
            threading.Thread(target=hook.serve_forever, daemon=True).start()
            try:
                callback = f"http://127.0.0.1:{hook.server_address[1]}/hook"
                sends = scaled(4, 1)
                started = time.perf_counter()
                for _ in range(sends):
                    sms.messages.send(**arguments, status_callback=callback)  # type: ignore[arg-type]
                for _ in range(sends * len(numbers)):
                    assert received.acquire(timeout=60), "a status report never came"
                elapsed = time.perf_counter() - started
            finally:
                hook.shutdown()
                hook.server_close()
            note(
                "SMS status reports pushed by the served mock (500 per send)",
                f"{sends * len(numbers) / elapsed:,.0f} reports/s",
            )


def bench_pagination() -> None:
    # 10,000 in a smoke run too: the memory row compares 100 pages with 10, both past the three pages
    # that are alive at once (the first, the previous, the one being read).
    records = 10_000
    # The server in its own process: tracemalloc then sees the client's memory only.
    with (
        mock_process(seeded_tasks=records) as base_url,
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

        assert ours() == raw() == records
        wall_ours, wall_raw, _, _ = interleaved(ours, raw, scaled(7, 1))
        row(f"iterate {records:,} tasks (100/page)", wall_ours, "raw httpx page loop", wall_raw, "ms", 1e3)
        # A tenth of the records: the name filter matches a substring, and "t00" only t00000-t00999.
        tenth = "t" + "0" * (5 - len(str(records // 10 - 1)))

        def small() -> int:
            return sum(1 for _ in itnio.tasks.list(app_id="LILIN888", size=100, name=tenth))

        tracemalloc.start()
        assert small() == records // 10  # traced once first: what stays allocated is not a peak
        tracemalloc.reset_peak()
        ours()
        peak_ours = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        small()
        peak_small = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ROWS.append(
            (
                f"  peak memory iterating {records:,} vs {records // 10:,} records",
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

    ours, base, _, _ = interleaved(build_ours, build_base, scaled(9, 1))
    row(
        f"call flow {RULES:,} rules: build + validate + serialise",
        ours,
        "xmltodict.unparse (no validation)",
        base,
        "ms",
        1e3,
    )
    ours, base, _, _ = interleaved(
        lambda: parse_xml(ours_xml, Request), lambda: xmltodict.parse(ours_xml), scaled(9, 1)
    )
    row(f"call flow {RULES:,} rules: parse into typed classes", ours, "xmltodict.parse", base, "ms", 1e3)
    xsd = Xsd.of(Request)
    note(
        "  breakdown: XSD check of the build row (libxml2 + the XSD's asserts)",
        f"{median_time(lambda: xsd.fast_valid(ours_xml), scaled(7, 1)) * 1e3:,.1f} ms",
    )
    note(
        "  breakdown: safe parse alone (defusedxml, depth check), of the parse row",
        f"{median_time(lambda: secure_parse(ours_xml), scaled(7, 1)) * 1e3:,.1f} ms",
    )
    root = secure_parse(ours_xml)
    assert schema_errors(root) == []
    ROWS.append(
        (
            "  breakdown: XSD validation alone (xmlschema, parsed tree)",
            f"{median_time(lambda: schema_errors(root), scaled(7, 1)) * 1e3:,.1f} ms",
            0.0,
            "",
            0.0,
            f"{len(ours_xml) / 1e3:,.0f} kB document",
        )
    )


def bench_imports() -> None:
    # As installed packages are: compiled to bytecode (pip does it at install; here the warm-up round
    # writes it), whatever PYTHONDONTWRITEBYTECODE says, or commspec would be timed compiling itself.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def fresh(statement: str) -> Callable[[], Any]:
        return lambda: subprocess.run([sys.executable, "-c", statement], check=True, env=env)

    for module in ("commspec.itnio", "commspec.huawei", "commspec.iovox"):
        ours, base, _, _ = interleaved(fresh(f"import {module}"), fresh("import httpx"), scaled(9, 1))
        row(f"import {module} (fresh process)", ours, "import httpx", base, "ms", 1e3)
    # Python itself, for scale: both sides pay it.
    note(
        "  breakdown: python -c pass (fresh process)",
        f"{median_time(fresh('pass'), scaled(7, 1)) * 1e3:,.1f} ms",
    )


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
def mock_process(seeded_tasks: int | None = None, module: str | None = None) -> Iterator[str]:
    """`commspec-mock` in its own process, as a user runs it (and as Prism runs): no shared GIL; with
    ``seeded_tasks`` ITNIO tasks already created (tests/benchmarks/seeded_mock.py)."""
    from tests.contract.prism import _free_port

    port = _free_port()
    command = [sys.executable, "-m", "commspec.mock", "--port", str(port)]
    if seeded_tasks is not None:
        command = [sys.executable, "-m", "tests.benchmarks.seeded_mock", str(port), str(seeded_tasks)]
    if module is not None:  # another prepared mock (tests/benchmarks/sms_mock.py)
        command = [sys.executable, "-m", module, str(port)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60  # seeding 10,000 tasks takes a while on a busy machine
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


TRIVIAL_NODE_SERVER = """
const http = require("http");
const body = '{"status":"0","reason":"success","data":null}';
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {"Content-Type": "application/json", "Content-Length": body.length});
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
"""


@contextlib.contextmanager
def trivial_node_server() -> Iterator[str]:
    """The load generator's ceiling: Node's own http server answering a constant, no work at all."""
    process = subprocess.Popen(["node", "-e", TRIVIAL_NODE_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def trivial_asgi_server() -> Iterator[str]:
    """The server stack's ceiling: a constant ASGI answer on the mock's own uvicorn configuration."""
    from tests.contract.prism import _free_port

    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.trivial_asgi", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)  # waiting for a subprocess to listen


def autocannon(url: str, body: bytes, headers: dict[str, str]) -> float:
    """Requests per second that autocannon (Node, 20 connections) gets from ``POST url``; every answer
    must be a 2xx, or the figure would measure errors."""
    command = [
        os.environ["AUTOCANNON_BIN"],
        "--json",
        "--connections",
        "20",
        "--duration",
        str(scaled(5, 1)),
        "--method",
        "POST",
        "--body",
        body.decode(),
    ]
    for name, value in headers.items():
        command += ["--headers", f"{name}={value}"]
    result = json.loads(subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout)
    if result["non2xx"] or result["errors"] or not result["requests"]["total"]:
        raise RuntimeError(f"autocannon against {url}: {result['non2xx']} non-2xx, {result['errors']} errors")
    return float(result["requests"]["average"])


def bench_mock_throughput() -> None:
    """The mock served by `commspec-mock` vs Prism serving the same operation, under autocannon (a
    load generator that is not the bottleneck: its own ceiling, and uvicorn's, are rows beside)."""
    from commspec.mock._http import Headers, MockRequest

    body = json.dumps(LIST).encode()
    # The vendor logic alone (auth, validation, state, envelope), without HTTP.
    server = MockServer()
    request = MockRequest("POST", "/aivoice/taskList", {}, Headers.of(signed_headers()), body)
    handled = median_time(lambda: server.handle(request), scaled(9, 2), scaled(500, 10))
    if not os.environ.get("AUTOCANNON_BIN"):
        note("mock throughput taskList", "skipped: AUTOCANNON_BIN unset (nox -s bench sets it)")
        note("  breakdown: mock vendor logic per request, no HTTP", f"{handled * 1e6:,.1f} µs")
        return
    prism = os.environ.get("PRISM_BIN")
    with mock_process() as url:
        # A signed request the mock accepts (else the figure would measure refusals).
        assert (
            httpx.post(url + "/aivoice/taskList", content=body, headers=signed_headers()).json()["status"]
            == "0"
        )
        ours = [autocannon(url + "/aivoice/taskList", body, signed_headers())]
        if prism:
            from tests.contract.prism import prism_mock

            with prism_mock("itnio/aivoice.openapi.yaml") as prism_url:
                theirs = []
                for _ in range(scaled(3, 1)):  # alternating rounds
                    theirs.append(autocannon(prism_url + "/aivoice/taskList", body, signed_headers()))
                    ours.append(autocannon(url + "/aivoice/taskList", body, signed_headers()))
    rate = statistics.median(ours)
    if prism:
        rival = statistics.median(theirs)
        # ratio = ours / Prism's: higher is better here.
        ROWS.append(
            (
                "mock throughput taskList, autocannon -c 20 (higher is better)",
                f"{rate:,.0f} req/s",
                rate,
                "Prism mock",
                rival,
                f"{rival:,.0f} req/s",
            )
        )
    else:
        note("mock throughput taskList, autocannon -c 20", f"{rate:,.0f} req/s", "Prism: PRISM_BIN unset")
    with trivial_node_server() as node_url:
        note(
            "  ceiling: autocannon vs a trivial Node http server",
            f"{autocannon(node_url, body, {}):,.0f} req/s",
        )
    with trivial_asgi_server() as asgi_url:
        note(
            "  ceiling: a trivial ASGI app on the mock's uvicorn",
            f"{autocannon(asgi_url, body, {}):,.0f} req/s",
        )
    note("  breakdown: mock vendor logic per request, no HTTP", f"{handled * 1e6:,.1f} µs")


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


def write_readme(table: str) -> None:
    """Replace the table of README.md's Performance section (from its Machine line to the table's end)."""
    readme = ROOT / "README.md"
    text = readme.read_text()
    start = text.index("Machine: ", text.index("## Performance"))
    lines = text[start:].split("\n")
    kept = 2  # the Machine line and the blank line, then the table's rows
    while kept < len(lines) and lines[kept].startswith("|"):
        kept += 1
    end = start + len("\n".join(lines[:kept]))
    readme.write_text(text[:start] + table + text[end:])


def bench_served() -> None:
    with mock_process() as base_url:  # the server in its own process: the client pays only its own CPU
        bench_loopback(base_url)
        asyncio.run(bench_async_loopback(base_url))
        bench_huawei_sdk(base_url)


GROUPS: dict[str, Callable[[], None]] = {
    "cpu_path": bench_cpu_path,
    "call_flow": bench_call_flow,
    "loopback": bench_served,
    "mock_throughput": bench_mock_throughput,
    "pagination": bench_pagination,
    "otp": bench_otp,
    "sms": bench_sms,
    "imports": bench_imports,
}


def selected_groups() -> list[str]:
    only = [arg.removeprefix("--only=") for arg in sys.argv if arg.startswith("--only=")]
    names = [name for arg in only for name in arg.split(",") if name] or list(GROUPS)
    unknown = sorted(set(names) - set(GROUPS))
    if unknown:
        sys.exit(f"--only: unknown group(s) {', '.join(unknown)}; known: {', '.join(GROUPS)}")
    return names


def main() -> None:
    names = selected_groups()
    for name in GROUPS:
        if name in names:
            GROUPS[name]()
    if "--with-generate" in sys.argv:
        bench_generate()
    table = render()
    if QUICK:
        table = "Smoke run (--quick): a few iterations per row, figures not meaningful.\n\n" + table
    print(table)
    if len(names) < len(GROUPS):
        return  # a partial table replaces neither the last full one nor the README's
    (ROOT / ".bench").mkdir(exist_ok=True)
    (ROOT / ".bench" / "latest.md").write_text(table + "\n")
    if "--readme" in sys.argv and not QUICK:
        write_readme(table)


if __name__ == "__main__":
    main()
