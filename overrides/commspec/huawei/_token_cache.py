"""A token cache that one caller at a time refills ("single flight").

Threads share a ``threading.Lock``, tasks of one event loop an ``asyncio.Lock``. A caller that waited
while another fetched takes that fetch's result, token or failure: a failed login is not repeated by
every waiter (IAM locks users after wrong passwords), each waiter gets its own copy of the error.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from commspec import errors
from commspec.huawei._iam_token import IamToken

if TYPE_CHECKING:
    import asyncio

__all__ = ["TokenCache"]

logger = logging.getLogger("commspec.huawei.iam")


class TokenCache:
    """The current token, if any; ``clock`` returns epoch seconds."""

    def __init__(self, token: IamToken | None, clock: Callable[[], float]) -> None:
        self._token = token
        self._clock = clock
        # Bumped by every fetch; a waiter that sees it move knows a fetch ran while it waited.
        self.generation = 0
        self._last_error: errors.CommspecError | None = None
        self._lock = threading.Lock()
        # Separate from _lock: a thread fetching under _lock must not block an event loop here.
        self._async_locks_guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def clear(self) -> None:
        self._token = None

    def forget(self, token: IamToken) -> None:
        """Drop ``token`` if it is still the cached one: another caller may already have replaced it."""
        if self._token is token:
            self._token = None

    def get(self, fetch: Callable[[], IamToken]) -> IamToken:
        seen = self.generation  # before the cache check, so a fetch finishing in between is seen
        token = self._cached()
        if token is not None:
            return token
        with self._lock:
            token = self._after_wait(seen)
            if token is not None:
                return token
            try:
                new = fetch()
            except errors.CommspecError as exc:
                self._fail(exc)
                raise
            return self._keep(new)

    async def aget(self, fetch: Callable[[], Awaitable[IamToken]]) -> IamToken:
        seen = self.generation  # before the cache check, so a fetch finishing in between is seen
        token = self._cached()
        if token is not None:
            return token
        async with self._loop_lock():
            token = self._after_wait(seen)
            if token is not None:
                return token
            try:
                new = await fetch()
            except errors.CommspecError as exc:
                self._fail(exc)
                raise
            return self._keep(new)

    def _cached(self) -> IamToken | None:
        now = self._clock()  # read first, always: tests use the clock to see who is asking for a token
        token = self._token
        return token if token is not None and token.is_fresh(now) else None

    def _after_wait(self, seen: int) -> IamToken | None:
        """Under the lock: reuse what the fetch we waited for produced, token or failure."""
        token = self._cached()
        if token is not None:
            return token
        if self.generation != seen and self._last_error is not None:
            raise _copy_error(self._last_error)
        return None

    def _fail(self, exc: errors.CommspecError) -> None:
        self.generation += 1
        self._last_error = exc
        logger.warning("Huawei IAM token request failed: %s", exc)

    def _keep(self, token: IamToken) -> IamToken:
        self.generation += 1
        self._last_error = None
        self._token = token
        logger.debug("Huawei IAM token fetched, refresh at epoch %.0f", token.refresh_at)
        return token

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # here: a blocking program never pays for importing asyncio

        # asyncio.Lock belongs to one loop; each loop gets its own, made on first need.
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock


def _copy_error(exc: errors.CommspecError) -> errors.CommspecError:
    """A new instance for each waiter, so that concurrent raises do not share one traceback.

    Copied field by field, without calling ``__init__``: every error class has its own signature.
    """
    clone = type(exc).__new__(type(exc))
    clone.__dict__.update(exc.__dict__)
    clone.args = exc.args
    return clone
