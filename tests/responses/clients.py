"""Clients whose every request is answered by one canned response (httpx.MockTransport, no retries)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from commspec.huawei import MsgsmsClient
from commspec.iovox import IovoxClient
from commspec.itnio import ItnioClient

Answer = Callable[[httpx.Request], httpx.Response]


def answering(status: int, body: bytes | str, content_type: str = "application/json") -> Answer:
    content = body.encode() if isinstance(body, str) else body

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type})

    return answer


def itnio_with(answer: Answer) -> ItnioClient:
    return ItnioClient(
        "key",
        "secret",
        base_url="http://itnio.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def huawei_with(answer: Answer) -> MsgsmsClient:
    return MsgsmsClient(
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        token="pre-issued",
        base_url="http://msgsms.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def iovox_with(answer: Answer) -> IovoxClient:
    return IovoxClient(
        "user",
        "0123456789abcdef0123456789abcdef",
        base_url="http://iovox.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
