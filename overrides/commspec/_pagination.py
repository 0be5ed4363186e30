"""Pages that, when iterated, walk every record of every page lazily (one page in memory at a time).

Async list methods return an ``AsyncPaginator`` (as openai-python does): ``await`` it for the first
page, or ``async for`` over it directly to walk every record.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class _PageBase(Generic[T]):
    def __init__(
        self,
        *,
        records: list[T],
        current: int,
        size: int,
        total: int | None,
        pages: int | None,
        has_next: bool,
    ) -> None:
        self.records = records
        self.current = current
        self.size = size
        self.total = total
        self.pages = pages
        self._has_next = has_next

    def has_next_page(self) -> bool:
        return self._has_next

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(current={self.current}, size={self.size}, total={self.total}, "
            f"pages={self.pages}, records={len(self.records)})"
        )


class Page(_PageBase[T]):
    """One page of results. ``for record in page`` continues through all following pages."""

    def __init__(self, *, fetch_next: Callable[[], Page[T]], **fields: object) -> None:
        super().__init__(**fields)  # type: ignore[arg-type]
        self._fetch_next = fetch_next

    def next_page(self) -> Page[T]:
        if not self._has_next:
            raise StopIteration("no next page")
        return self._fetch_next()

    def iter_pages(self) -> Iterator[Page[T]]:
        page: Page[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.records


class AsyncPage(_PageBase[T]):
    """One page of results. ``async for record in page`` continues through all following pages."""

    def __init__(self, *, fetch_next: Callable[[], Awaitable[AsyncPage[T]]], **fields: object) -> None:
        super().__init__(**fields)  # type: ignore[arg-type]
        self._fetch_next = fetch_next

    async def next_page(self) -> AsyncPage[T]:
        if not self._has_next:
            raise StopAsyncIteration("no next page")
        return await self._fetch_next()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for record in page.records:
                yield record


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first ``AsyncPage``, or iterate it with
    ``async for`` to walk every record of every page. Each use sends its own requests."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for record in page:
            yield record

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
