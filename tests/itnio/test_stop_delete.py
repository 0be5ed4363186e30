"""``tasks.stop`` and ``tasks.delete`` come from the spec alone (no Python written for them): the client
method is generated and the mock serves them from their ``x-commspec-mock`` effects."""

from __future__ import annotations

import pytest

from commspec import errors
from commspec.itnio import ItnioClient
from tests.itnio.conftest import task_fields


def status_of(itnio: ItnioClient, job_id: int) -> str | None:
    (task,) = [t for t in itnio.tasks.list(app_id="LILIN888") if t.job_id == job_id]
    return task.status


def test_stop_pauses_only_a_running_task_and_start_resumes_it(itnio: ItnioClient) -> None:
    job_id = itnio.tasks.create(**task_fields())
    with pytest.raises(errors.ConflictError) as info:  # not started yet: cannot be paused
        itnio.tasks.stop(app_id="LILIN888", job_id=job_id)
    assert info.value.code == "-38"
    itnio.tasks.start(app_id="LILIN888", job_id=job_id)
    assert itnio.tasks.stop(app_id="LILIN888", job_id=job_id) is None
    assert status_of(itnio, job_id) == "PAUSED"
    with pytest.raises(errors.ConflictError):  # already paused
        itnio.tasks.stop(app_id="LILIN888", job_id=job_id)
    itnio.tasks.start(app_id="LILIN888", job_id=job_id)
    assert status_of(itnio, job_id) == "IN_PROCESS"


def test_stop_of_an_unknown_task_is_not_found(itnio: ItnioClient) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        itnio.tasks.stop(app_id="LILIN888", job_id=424242)
    assert info.value.code == "-32"


def test_delete_removes_the_task(itnio: ItnioClient) -> None:
    job_id = itnio.tasks.create(**task_fields())
    assert itnio.tasks.delete(app_id="LILIN888", job_id=job_id) is None
    assert [t.job_id for t in itnio.tasks.list(app_id="LILIN888")] == []
    with pytest.raises(errors.NotFoundError) as info:
        itnio.tasks.delete(app_id="LILIN888", job_id=job_id)
    assert info.value.code == "-32"
