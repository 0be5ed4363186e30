"""What the mock pushes to the user (the specs' webhooks: status reports, ...), vendor-neutral.

A fake ``push``es a callback due at a mock-clock time. Due callbacks go out once the request that made
them has been answered, or when ``advance()`` reaches them, never while the server lock is held (a
receiver may call the mock back):

- to a receiver the test registered for the URL (``VendorMock.on_callback``): a callable taking an
  ``httpx.Request`` (returning an ``httpx.Response`` or anything, taken as 200) or an ASGI app (the
  user's own web endpoint, run in-process);
- else, when the mock is served, by an HTTP POST from background workers (the API answer never waits
  for it), to loopback addresses only (a mock must not be made to post into a network), with bounded
  retries on connection failures and 5xx;
- else nowhere (recorded as not delivered).

Every callback is recorded (``records()``, ``VendorMock.callbacks()``), with the receiver's status.
"""

from __future__ import annotations

import asyncio
import inspect
import ipaddress
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

CALLBACK_LIMIT = 10_000  # records kept; the oldest go first
POST_ATTEMPTS = 3
POST_TIMEOUT = 5.0  # seconds per attempt
POST_BACKOFF = 0.2  # seconds before the second attempt, doubled after
POST_WORKERS = 4  # threads posting callbacks, each with its own connection pool
Receiver = Callable[..., Any]


@dataclass(slots=True)
class Callback:
    """One push: where, what (body and its media type), when (mock clock), and what became of it."""

    vendor: str
    url: str
    content_type: str
    body: bytes
    time: float
    status: int | None = None  # the receiver's HTTP status; None: not (yet) delivered
    attempts: int = 0
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "url": self.url,
            "content_type": self.content_type,
            "body": self.body.decode("utf-8", "replace"),
            "time": self.time,
            "status": self.status,
            "attempts": self.attempts,
            "error": self.error,
        }


class Callbacks:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._records: deque[Callback] = deque(maxlen=CALLBACK_LIMIT)
        self._due: list[Callback] = []  # pushed, not yet sent (due later, or made during a request)
        self._receivers: dict[str, Receiver] = {}
        self.post_unhandled = False  # served: POST callbacks no receiver is registered for
        self._queue: queue.SimpleQueue[Callback] = queue.SimpleQueue()
        self._workers: list[threading.Thread] = []

    def on(self, url: str, receiver: Receiver) -> None:
        """Hand every callback to ``url`` to ``receiver`` instead of the network."""
        with self._lock:
            self._receivers[url] = receiver

    def push(
        self, vendor: str, url: str, content_type: str, body: bytes, due: float | None = None
    ) -> Callback:
        """Record a callback to send at the mock-clock time ``due`` (default: now)."""
        callback = Callback(vendor, url, content_type, body, self._clock() if due is None else due)
        with self._lock:
            self._due.append(callback)
        return callback

    def flush(self) -> None:
        """Send every callback that is due (call outside the server lock)."""
        now = self._clock()
        with self._lock:
            ready = [c for c in self._due if c.time <= now]
            self._due = [c for c in self._due if c.time > now]
            self._records.extend(ready)
            receivers = [(c, self._receivers.get(c.url)) for c in ready]
        for callback, receiver in receivers:
            if receiver is not None:
                _hand_over(callback, receiver)
            elif self.post_unhandled:
                self._post_later(callback)
            else:
                callback.error = "no receiver registered for this URL (in-process mock)"
                callback.done.set()

    def _post_later(self, callback: Callback) -> None:
        """Queue a POST for the delivery workers (started on first use: a few threads, each with one
        pooled client, so a burst of reports neither starts a thread per report nor holds an answer)."""
        with self._lock:
            while len(self._workers) < POST_WORKERS:
                worker = threading.Thread(
                    target=_deliver_queued,
                    args=(self._queue,),
                    daemon=True,
                    name=f"commspec-callback-{len(self._workers)}",
                )
                worker.start()
                self._workers.append(worker)
        self._queue.put(callback)

    def records(self) -> list[Callback]:
        """Every callback sent so far, oldest first (pending ones, not yet due, excluded)."""
        with self._lock:
            return list(self._records)

    def pending(self) -> list[Callback]:
        with self._lock:
            return list(self._due)

    def reset(self) -> None:
        with self._lock:
            self._records.clear()
            self._due.clear()
            self._receivers.clear()


def _request(callback: Callback) -> httpx.Request:
    headers = {"content-type": callback.content_type, "user-agent": "commspec-mock"}
    return httpx.Request("POST", callback.url, headers=headers, content=callback.body)


def _hand_over(callback: Callback, receiver: Receiver) -> None:
    """Call the registered receiver; its failure is recorded, never raised into the mock."""
    callback.attempts = 1
    try:
        if _is_asgi(receiver):
            callback.status = _run_asgi(receiver, callback)
        else:
            result = receiver(_request(callback))
            callback.status = result.status_code if isinstance(result, httpx.Response) else 200
    except Exception as error:  # the user's code: whatever it raises is its answer
        callback.error = f"{type(error).__name__}: {error}"
    finally:
        callback.done.set()


def _is_asgi(receiver: Receiver) -> bool:
    call = receiver if inspect.isfunction(receiver) else getattr(receiver, "__call__", receiver)  # noqa: B004
    return inspect.iscoroutinefunction(call) and len(inspect.signature(call).parameters) == 3


def _run_asgi(app: Receiver, callback: Callback) -> int:
    """POST the callback to the ASGI app on a loop of its own (the caller may be inside one)."""

    async def post() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.send(_request(callback))).status_code

    result: list[int] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(asyncio.run(post()))
        except BaseException as error:  # carried to the calling thread
            failure.append(error)

    worker = threading.Thread(target=run, name="commspec-callback-asgi")
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return result[0]


def is_loopback_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _deliver_queued(callbacks: queue.SimpleQueue[Callback]) -> None:
    with httpx.Client(timeout=POST_TIMEOUT, follow_redirects=False) as client:
        while True:
            _post(client, callbacks.get())


def _post(client: httpx.Client, callback: Callback) -> None:
    """The served mock's delivery: bounded retries, loopback only, never following a redirect."""
    try:
        if urlsplit(callback.url).scheme not in ("http", "https") or not is_loopback_url(callback.url):
            callback.error = "not posted: the served mock posts callbacks to loopback addresses only"
            return
        for attempt in range(POST_ATTEMPTS):
            callback.attempts = attempt + 1
            try:
                callback.status = client.send(_request(callback)).status_code
                callback.error = None
                if callback.status < 500:
                    return
            except httpx.HTTPError as error:
                callback.error = f"{type(error).__name__}: {error}"
            if attempt + 1 < POST_ATTEMPTS:
                time.sleep(POST_BACKOFF * 2**attempt)
    finally:
        callback.done.set()
