"""A token cache that one caller at a time refills ("single flight"), within each caller's deadline.

Threads share a ``threading.Lock``, tasks of one event loop an ``asyncio.Lock``; a caller waits for it no
longer than its own call may last. A caller that waited while another fetched takes that fetch's result,
token or failure: a failed login is not repeated by every waiter (IAM locks users after wrong passwords),
each waiter gets its own copy of the error.

Refresh is advisory before it is mandatory (botocore's refreshable credentials, azure-identity's
``refresh_on``): from ``refresh_at`` one caller refreshes (within half the time its call has left) while
the others keep using the valid token, and when that refresh fails the valid token stays in use, with the
next try ``RETRY_DELAY`` later. Only
a token past ``expires_at`` (or refused with a 401) must be replaced before a call can go out.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commspec import errors

if TYPE_CHECKING:
    import asyncio

__all__ = ["IamToken", "TokenCache", "too_late"]

logger = logging.getLogger("commspec.huawei.iam")
RETRY_DELAY = 30.0  # seconds between tries of a failed early refresh (azure-identity's delay)


@dataclass(frozen=True, slots=True)
class IamToken:
    """A token and when to refresh and stop using it (epoch seconds); inf for a pre-issued token."""

    value: str = field(repr=False)
    refresh_at: float = math.inf
    expires_at: float = math.inf


def too_late() -> errors.APITimeoutError:
    return errors.APITimeoutError("huawei: no IAM token within the call's timeout; nothing was sent")


class TokenCache:
    """The current token, if any; ``clock`` returns epoch seconds, deadlines are ``time.monotonic()``."""

    def __init__(self, token: IamToken | None, clock: Callable[[], float]) -> None:
        self._token = token
        self._clock = clock
        # Bumped by every fetch; a waiter that sees it move knows a fetch ran while it waited.
        self.generation = 0
        self._last_error: errors.CommspecError | None = None
        self._retry_at = -math.inf  # epoch seconds: no early refresh before (one just failed)
        self._lock = threading.Lock()
        # Separate from _lock: a thread fetching under _lock must not block an event loop here.
        self._async_locks_guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def forget(self, token: IamToken | None = None) -> None:
        """Drop ``token`` (default: any) if still cached: another caller may have replaced it already."""
        if token is None or self._token is token:
            self._token = None

    def get(self, fetch: Callable[[float], IamToken], deadline: float) -> IamToken:
        seen, token, valid = self._look()
        if token is not None:
            return token
        # An early refresh never waits: another caller is at it, and the valid token serves meanwhile.
        if not (self._lock.acquire(False) if valid else self._lock.acquire(True, _left(deadline))):
            return _busy(valid)
        try:
            token = self._after_wait(seen, valid)
            try:
                return token or self._keep(fetch(_fetch_deadline(deadline, valid)))
            except errors.CommspecError as exc:
                return self._fail(exc, valid)
        finally:
            self._lock.release()

    async def aget(self, fetch: Callable[[float], Awaitable[IamToken]], deadline: float) -> IamToken:
        import asyncio  # here: a blocking program never pays for importing asyncio

        seen, token, valid = self._look()
        if token is not None:
            return token
        lock = self._loop_lock()
        if valid is not None and lock.locked():
            return valid
        try:
            async with asyncio.timeout(_left(deadline)):
                await lock.acquire()
        except TimeoutError:
            return _busy(None)
        try:
            token = self._after_wait(seen, valid)
            try:
                return token or self._keep(await fetch(_fetch_deadline(deadline, valid)))
            except errors.CommspecError as exc:
                return self._fail(exc, valid)
        finally:
            lock.release()

    def _look(self) -> tuple[int, IamToken | None, IamToken | None]:
        """(the failure generation, the token to use as is, a still valid token due for refresh)."""
        seen = self.generation  # before the cache check, so a fetch finishing in between is seen
        now = self._clock()  # read first, always: tests use the clock to see who is asking for a token
        token = self._token
        if token is None or now >= token.expires_at:
            return seen, None, None
        if now < token.refresh_at or now < self._retry_at:
            return seen, token, None
        return seen, None, token

    def _after_wait(self, seen: int, valid: IamToken | None) -> IamToken | None:
        """Under the lock: reuse what the fetch we waited for produced, token or failure."""
        _, token, _ = self._look()
        if token is not None:
            return token
        if valid is None and self.generation != seen and self._last_error is not None:
            raise _copy_error(self._last_error)
        return None

    def _fail(self, exc: errors.CommspecError, valid: IamToken | None) -> IamToken:
        if valid is not None and self._clock() < valid.expires_at:
            self._retry_at = self._clock() + RETRY_DELAY
            logger.warning("Huawei IAM token refresh failed, the current token stays in use: %s", exc)
            return valid
        exc.args = (f"{exc}; nothing was sent",)
        self.generation += 1
        self._last_error = exc
        logger.warning("%s", exc)
        raise exc

    def _keep(self, token: IamToken) -> IamToken:
        self.generation += 1
        self._last_error = None
        self._retry_at = -math.inf
        self._token = token
        logger.debug("Huawei IAM token fetched, refresh at epoch %.0f", token.refresh_at)
        return token

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio

        # asyncio.Lock belongs to one loop; each loop gets its own, made on first need.
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock


def _left(deadline: float) -> float:
    return max(deadline - time.monotonic(), 0.0)


def _fetch_deadline(deadline: float, valid: IamToken | None) -> float:
    """When a fetch must end: an early refresh takes at most half the time the call has left, so that
    the call still goes, with the valid token, when IAM is slow."""
    return deadline if valid is None else time.monotonic() + _left(deadline) / 2


def _busy(valid: IamToken | None) -> IamToken:
    """What a caller that did not get the lock uses: the valid token, else nothing in time."""
    if valid is None:
        raise too_late()
    return valid


def _copy_error(exc: errors.CommspecError) -> errors.CommspecError:
    """A new instance for each waiter, so that concurrent raises do not share one traceback.

    Copied field by field, without calling ``__init__``: every error class has its own signature.
    """
    clone = type(exc).__new__(type(exc))
    clone.__dict__.update(exc.__dict__)
    clone.args = exc.args
    return clone
