"""Load: 200 concurrent clients (100 threads, 100 asyncio tasks) against the mock as a real uvicorn server.

Each client owns its ITNIO, Huawei MSGSMS and IOVOX clients (so its own connection pools and its own IAM
token cache) and makes the same fixed set of calls, every name prefixed with its index. Checked: every
call returns (nothing lost), every response carries what that client sent (nothing cross-wired), the
mock's state afterwards holds exactly what was created, the mock counted exactly the requests sent (no
retry, no duplicate) and exactly one IAM token fetch per Huawei client.

Bounded: 200 clients x REQUESTS_PER_CLIENT requests, retries off, every wait has a timeout. The sync
clients call one after another; each async client sends its calls in three concurrent phases (creates,
updates, reads), so its two template creates race for the one IAM token.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from commspec.huawei import AsyncMsgsmsClient, IamPasswordCredentials, MsgsmsClient
from commspec.iovox import AsyncIovoxClient, CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import MockServer
from commspec.mock._config import DEMO
from commspec.mock._serve import running_server
from commspec_generated.huawei_msgsms import spec as huawei_msgsms

THREADS = 100
TASKS = 100
CLIENTS = THREADS + TASKS
# 5 creates, 4 updates and 4 reads per client, plus its one IAM token request.
OPS_PER_CLIENT = 13
REQUESTS_PER_CLIENT = OPS_PER_CLIENT + 1
DEADLINE = 90.0  # seconds: a hang fails the test instead of blocking the suite
APP_ID = "LILIN888"
# Templates name an existing MSGSMS application: the one each demo project starts with (the spec's seed).
HUAWEI_APP_ID = huawei_msgsms.API.mock["settings"]["huawei_demo_apps"][0]["id"]
PROJECT = DEMO["HUAWEICLOUD_PROJECT_ID"]
TIMEOUT = 60.0  # per request: under load on 2 cores a request can queue for seconds, never for a minute

CREDENTIALS = IamPasswordCredentials(
    user_name=DEMO["HUAWEICLOUD_IAM_USER"],
    password=DEMO["HUAWEICLOUD_IAM_PASSWORD"],
    domain_name=DEMO["HUAWEICLOUD_IAM_DOMAIN"],
)


def tag(index: int) -> str:
    # Fixed width: the taskList name filter matches substrings, and "c001" is no substring of "c010".
    return f"c{index:03d}"


def waiting(index: int) -> int:
    return 30 + index % 91  # waitingTime is 30..120: distinct between neighbouring clients


def flow_nodes(index: int) -> list[dict[str, Any]]:
    return [{"waitingTime": waiting(index), "status": 1, "channel": "sms"}]


def task_fields(index: int, **extra: Any) -> dict[str, Any]:
    return {
        "app_id": APP_ID,
        "name": f"{tag(index)}-task",
        "dialog_flow_id": 8000 + index,
        "mode": "MANUAL",
        "daily_start_date_time": "09:00",
        "daily_end_date_time": "20:00",
        "robot_count": 1,
        "job_phone_number_id": 2959,
        "redial": False,
        **extra,
    }


def template_fields(index: int, which: str, **extra: Any) -> dict[str, Any]:
    return {
        "app_id": HUAWEI_APP_ID,
        "region": "cn",
        "template_content": f"{tag(index)} {which} code ${{NUM_6}}",
        "template_name": f"{tag(index)}-tpl-{which}",
        "flow_status": "Pending",  # modifiable: the update below is allowed
        **extra,
    }


def call_flow(index: int, notes: str) -> CallFlow:
    return CallFlow(
        name=f"{tag(index)} flow",
        notes=notes,
        rules=[
            Play(id="play_1", label=tag(index), sound_file=[SoundFile(sound_label=f"{tag(index)} {notes}")])
        ],
    )


@dataclass
class Created:
    flow_id: int = 0
    job_id: int = 0
    template_a: str = ""
    template_b: str = ""


class Checks:
    """What one client saw; a mismatch is recorded (with the client's tag), never raised mid-run."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.problems: list[str] = []
        self.calls = 0

    def returned(self) -> None:
        """A call with no response body returned (no exception, no timeout)."""
        self.calls += 1

    def expect(self, what: str, got: object, want: object) -> None:
        self.calls += 1
        if got != want:
            self.problems.append(f"{tag(self.index)} {what}: got {got!r}, want {want!r}")


# -- one blocking client per thread --------------------------------------------------------------------


def run_sync_client(base_url: str, index: int, barrier: threading.Barrier) -> Checks:
    check, created = Checks(index), Created()
    with (
        ItnioClient(
            DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], base_url=base_url, max_retries=0, timeout=TIMEOUT
        ) as itnio,
        MsgsmsClient(
            PROJECT,
            credentials=CREDENTIALS,
            base_url=base_url,
            iam_url=base_url,
            max_retries=0,
            timeout=TIMEOUT,
        ) as msgsms,
        IovoxClient(
            DEMO["IOVOX_USERNAME"],
            DEMO["IOVOX_SECURE_KEY"],
            base_url=base_url,
            max_retries=0,
            timeout=TIMEOUT,
        ) as iovox,
    ):
        barrier.wait()
        # creates
        flow = itnio.flows.create(name=f"{tag(index)}-flow", flow=flow_nodes(index))
        check.expect("flows.create name", flow.name, f"{tag(index)}-flow")
        created.flow_id = flow.flow_id
        created.job_id = itnio.tasks.create(**task_fields(index))
        check.expect("tasks.create job id", isinstance(created.job_id, int), True)
        ref = msgsms.templates.create(**template_fields(index, "a"))
        check.expect("templates.create name a", ref.template_name, f"{tag(index)}-tpl-a")
        created.template_a = ref.id
        ref = msgsms.templates.create(**template_fields(index, "b"))
        check.expect("templates.create name b", ref.template_name, f"{tag(index)}-tpl-b")
        created.template_b = ref.id
        iovox.call_flows.create(call_flow(index, "first"))
        check.returned()
        # updates: flows.update, tasks.edit, templates.update, call_flows.update
        flow = itnio.flows.update(created.flow_id, name=f"{tag(index)}-flow2", flow=flow_nodes(index))
        check.expect("flows.update", (flow.flow_id, flow.name), (created.flow_id, f"{tag(index)}-flow2"))
        itnio.tasks.edit(**task_fields(index, job_id=created.job_id, robot_count=2))
        ref = msgsms.templates.update(created.template_a, **template_fields(index, "a2"))
        check.expect(
            "templates.update", (ref.id, ref.template_name), (created.template_a, f"{tag(index)}-tpl-a2")
        )
        iovox.call_flows.update(call_flow(index, "second"))
        check.returned()
        # reads
        flow = itnio.flows.retrieve(created.flow_id)
        check.expect(
            "flows.retrieve", (flow.name, flow.flow[0].waiting_time), (f"{tag(index)}-flow2", waiting(index))
        )
        page = itnio.tasks.list(app_id=APP_ID, name=f"{tag(index)}-task", size=5)
        check.expect(
            "tasks.list",
            [(t.job_id, t.name, t.robot_count) for t in page.records],
            [(created.job_id, f"{tag(index)}-task", 2)],
        )
        template = msgsms.templates.retrieve(created.template_b)
        check.expect(
            "templates.retrieve",
            (template.id, template.template_name, template.template_content),
            (created.template_b, f"{tag(index)}-tpl-b", f"{tag(index)} b code ${{NUM_6}}"),
        )
        got = iovox.call_flows.retrieve(f"{tag(index)} flow")
        check.expect(
            "call_flows.retrieve",
            (got.name, got.notes, got.rules),
            (f"{tag(index)} flow", "second", call_flow(index, "second").rules),
        )
    return check


# -- one async client per task, all tasks in one event loop on its own thread -----------------------------


async def run_async_client(base_url: str, index: int) -> Checks:
    check, created = Checks(index), Created()
    async with (
        AsyncItnioClient(
            DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"], base_url=base_url, max_retries=0, timeout=TIMEOUT
        ) as itnio,
        AsyncMsgsmsClient(
            PROJECT,
            credentials=CREDENTIALS,
            base_url=base_url,
            iam_url=base_url,
            max_retries=0,
            timeout=TIMEOUT,
        ) as msgsms,
        AsyncIovoxClient(
            DEMO["IOVOX_USERNAME"],
            DEMO["IOVOX_SECURE_KEY"],
            base_url=base_url,
            max_retries=0,
            timeout=TIMEOUT,
        ) as iovox,
    ):
        flow, job_id, ref_a, ref_b, none = await gather(
            itnio.flows.create(name=f"{tag(index)}-flow", flow=flow_nodes(index)),
            itnio.tasks.create(**task_fields(index)),
            msgsms.templates.create(**template_fields(index, "a")),  # these two race for the IAM token
            msgsms.templates.create(**template_fields(index, "b")),
            iovox.call_flows.create(call_flow(index, "first")),
        )
        check.expect("flows.create name", flow.name, f"{tag(index)}-flow")
        check.expect("tasks.create job id", isinstance(job_id, int), True)
        check.expect("templates.create name a", ref_a.template_name, f"{tag(index)}-tpl-a")
        check.expect("templates.create name b", ref_b.template_name, f"{tag(index)}-tpl-b")
        check.expect("call_flows.create", none, None)
        created = Created(flow.flow_id, job_id, ref_a.id, ref_b.id)
        flow, _, ref, none = await gather(
            itnio.flows.update(created.flow_id, name=f"{tag(index)}-flow2", flow=flow_nodes(index)),
            itnio.tasks.edit(**task_fields(index, job_id=created.job_id, robot_count=2)),
            msgsms.templates.update(created.template_a, **template_fields(index, "a2")),
            iovox.call_flows.update(call_flow(index, "second")),
        )
        check.expect("flows.update", (flow.flow_id, flow.name), (created.flow_id, f"{tag(index)}-flow2"))
        check.expect(
            "templates.update", (ref.id, ref.template_name), (created.template_a, f"{tag(index)}-tpl-a2")
        )
        check.expect("call_flows.update", none, None)
        flow, page, template, got = await gather(
            itnio.flows.retrieve(created.flow_id),
            itnio.tasks.list(app_id=APP_ID, name=f"{tag(index)}-task", size=5),
            msgsms.templates.retrieve(created.template_b),
            iovox.call_flows.retrieve(f"{tag(index)} flow"),
        )
        check.expect(
            "flows.retrieve", (flow.name, flow.flow[0].waiting_time), (f"{tag(index)}-flow2", waiting(index))
        )
        check.expect(
            "tasks.list",
            [(t.job_id, t.name, t.robot_count) for t in page.records],
            [(created.job_id, f"{tag(index)}-task", 2)],
        )
        check.expect(
            "templates.retrieve",
            (template.id, template.template_name, template.template_content),
            (created.template_b, f"{tag(index)}-tpl-b", f"{tag(index)} b code ${{NUM_6}}"),
        )
        check.expect(
            "call_flows.retrieve",
            (got.name, got.notes, got.rules),
            (f"{tag(index)} flow", "second", call_flow(index, "second").rules),
        )
    return check


async def gather(*calls: Awaitable[Any]) -> list[Any]:
    return list(await asyncio.gather(*calls))


def run_async_clients(base_url: str, barrier: threading.Barrier) -> list[Checks]:
    async def main() -> list[Checks]:
        return list(await asyncio.gather(*(run_async_client(base_url, THREADS + i) for i in range(TASKS))))

    barrier.wait()
    return asyncio.run(main())


# -- the test ------------------------------------------------------------------------------------------------


def test_200_concurrent_clients_mixing_every_vendor() -> None:
    server = MockServer()
    with running_server(server) as base_url:
        barrier = threading.Barrier(THREADS + 1, timeout=DEADLINE)  # the sync threads + the event loop's
        pool = ThreadPoolExecutor(max_workers=THREADS + 1)
        try:
            futures = [pool.submit(run_sync_client, base_url, i, barrier) for i in range(THREADS)]
            async_future = pool.submit(run_async_clients, base_url, barrier)
            everything: list[Future[Any]] = [*futures, async_future]
            _, not_done = wait(everything, timeout=DEADLINE)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)  # a stuck worker must not hang the suite
        assert not not_done, f"{len(not_done)} workers still running after {DEADLINE} s"
        # .result() re-raises any exception a client hit (a lost response: timeout, reset, error).
        results = [f.result() for f in futures] + async_future.result()
        state = server.state()
        request_count = server.request_count

    # Nothing lost, nothing cross-wired.
    assert sorted(c.index for c in results) == list(range(CLIENTS))
    assert [c.problems for c in results if c.problems] == []
    assert {c.calls for c in results} == {OPS_PER_CLIENT - 1}  # tasks.edit returns nothing to check

    # Exactly the requests sent reached the mock (no retry, no duplicate), and one IAM login per client.
    assert request_count == CLIENTS * REQUESTS_PER_CLIENT
    assert server.backend("huawei").token_fetches == CLIENTS
    huawei = state["huawei"]
    assert huawei["token_fetches"] == CLIENTS
    assert len(huawei["tokens"]) == CLIENTS and all(t["valid"] for t in huawei["tokens"])

    # State holds exactly what the clients created and changed.
    itnio = state["itnio"]
    flows = itnio["flows"][DEMO["ITNIO_API_KEY"]]
    assert sorted((f["name"], f["flow"][0]["waitingTime"]) for f in flows.values()) == sorted(
        (f"{tag(i)}-flow2", waiting(i)) for i in range(CLIENTS)
    )
    assert len(set(flows)) == CLIENTS
    tasks = itnio["tasks"][APP_ID]
    assert sorted((t["name"], t["robotCount"], t["dialogFlowId"]) for t in tasks.values()) == sorted(
        (f"{tag(i)}-task", 2, 8000 + i) for i in range(CLIENTS)
    )
    templates = huawei["templates"][PROJECT]
    assert sorted((t["template_name"], t["template_content"]) for t in templates) == sorted(
        [(f"{tag(i)}-tpl-a2", f"{tag(i)} a2 code ${{NUM_6}}") for i in range(CLIENTS)]
        + [(f"{tag(i)}-tpl-b", f"{tag(i)} b code ${{NUM_6}}") for i in range(CLIENTS)]
    )
    assert len({t["id"] for t in templates}) == 2 * CLIENTS
    call_flows = state["iovox"]["call_flows"]
    assert call_flows == {
        f"{tag(i)} flow": {"notes": "second", "rules": ["Play"], "links": []} for i in range(CLIENTS)
    }
