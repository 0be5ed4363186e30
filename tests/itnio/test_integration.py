"""The three seed operations through the typed clients against the mock over real HTTP (uvicorn)."""

from __future__ import annotations

import asyncio

import pytest

from commspec import errors
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.mock import MockServer
from tests.itnio.conftest import KEY, SECRET, task_fields


def test_seed_operations_sync(live_server: tuple[str, MockServer]) -> None:
    base_url, _ = live_server
    with ItnioClient(KEY, SECRET, base_url=base_url) as itnio:
        flow = itnio.flows.create(
            name="sync-flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}]
        )
        updated = itnio.flows.update(  # seed 000's body
            flow.flow_id,
            name="sync-name",
            flow=[{"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0}],
        )
        assert (updated.flow_id, updated.name, updated.flow[0].waiting_time) == (
            flow.flow_id,
            "sync-name",
            30,
        )
        job_id = itnio.tasks.create(**task_fields(name="sync-task"))
        assert (
            itnio.tasks.edit(  # seed 001's body
                job_id=job_id,
                **task_fields(
                    name="lilinname2",
                    mode="AUTO",
                    start_date_time="2022-09-16 08:00:00",
                    end_date_time="2023-02-07 10:00:00",
                ),
            )
            is None
        )
        page = itnio.tasks.list(app_id="LILIN888", name="lilinname2", current=1, size=1)  # seed 003
        assert page.total == 1 and page.records[0].job_id == job_id and page.records[0].mode == "AUTO"
        with pytest.raises(errors.ConflictError):
            itnio.tasks.create(**task_fields(name="lilinname2"))


async def test_seed_operations_async(live_server: tuple[str, MockServer]) -> None:
    base_url, _ = live_server
    async with AsyncItnioClient(KEY, SECRET, base_url=base_url) as itnio:
        flow = await itnio.flows.create(
            name="async-flow", flow=[{"waitingTime": 30, "status": 1, "channel": "sms"}]
        )
        assert (await itnio.flows.retrieve(flow.flow_id)).name == "async-flow"
        job_ids = await asyncio.gather(
            *(itnio.tasks.create(**task_fields(name=f"async-{i}")) for i in range(12))
        )
        assert len(set(job_ids)) == 12
        await itnio.tasks.edit(job_id=job_ids[0], **task_fields(name="async-renamed"))
        page = await itnio.tasks.list(app_id="LILIN888", name="async-", size=5)
        names = [task.name async for task in page]
        assert len(names) == 12 and "async-renamed" in names
