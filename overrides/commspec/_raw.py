"""``RawResponse``: what ``client.<resource>.with_raw_response.<method>(...)`` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


class RawResponse(Generic[T]):
    """What ``client.<resource>.with_raw_response.<method>(...)`` returns: the vendor's HTTP answer
    (``http_status`` / ``status_code``, ``headers``: a request id header among them) and ``parse()``,
    the typed result the plain method returns (or the commspec error it raises)."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def http_status(self) -> int:
        return self.http_response.status_code

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"
