"""Async list methods, as openai-python's AsyncPaginator: `await` gives the first page, `async for`
over the call itself walks every record of every page."""

from __future__ import annotations

import pytest

from commspec import errors
from commspec._pagination import AsyncPage
from commspec.itnio import AsyncItnioClient, ItnioClient
from tests.itnio.conftest import task_fields

NAMES = [f"paged-{i}" for i in range(5)]
NEWEST_FIRST = NAMES[::-1]  # the mock lists tasks as the vendor does, newest first


@pytest.fixture
def five_tasks(itnio: ItnioClient) -> None:
    for name in NAMES:
        itnio.tasks.create(**task_fields(name=name))


@pytest.fixture
def aitnio_same_mock(itnio: ItnioClient, five_tasks: None, aitnio: AsyncItnioClient) -> AsyncItnioClient:
    return aitnio  # same server fixture: the tasks created above are there


async def test_async_for_over_the_call_walks_every_page(aitnio_same_mock: AsyncItnioClient) -> None:
    names = [task.name async for task in aitnio_same_mock.tasks.list(app_id="LILIN888", size=2)]
    assert names == NEWEST_FIRST


async def test_awaiting_the_call_gives_the_first_page(aitnio_same_mock: AsyncItnioClient) -> None:
    page = await aitnio_same_mock.tasks.list(app_id="LILIN888", size=2)
    assert isinstance(page, AsyncPage)
    assert ([t.name for t in page.records], page.current, page.pages) == (NEWEST_FIRST[:2], 1, 3)
    assert [task.name async for task in page] == NEWEST_FIRST  # the awaited page still walks on


async def test_a_bad_argument_is_refused_at_the_call(aitnio: AsyncItnioClient) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        aitnio.tasks.list(app_id="LILIN888", size=1000)  # refused before anything is awaited or sent
    assert [e.path for e in caught.value.errors] == ["size"]
