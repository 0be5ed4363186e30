"""``Content-Encoding: gzip, gzip, …`` a thousand times (6 kB of header): a bare RecursionError before,
for API calls and for the Huawei IAM token fetch alike (they share the capped body reader). Now the
stages are decoded in one loop, and more than ``MAX_CODINGS`` stacked codings are refused with a
ResponseFormatError."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from test_response_cap import token_server
from transport_clients import ALL_CLIENTS, call, make
from transport_hostile import HostileServer, Reply, head

from commspec import errors
from commspec._body import MAX_CODINGS
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient

ids = {"ids": lambda cls: cls.__name__}
STACK = ", ".join(["gzip"] * 1000)


def packed(body: bytes, times: int) -> bytes:
    for _ in range(times):
        body = gzip.compress(body)
    return body


def gzip_reply(body: bytes, coding: str, times: int, status: str = "200 OK", **headers: str) -> Reply:
    content = packed(body, times)
    return Reply(
        head(
            status,
            {
                **headers,
                "Content-Type": "application/json",
                "Content-Encoding": coding,
                "Content-Length": str(len(content)),
            },
        ),
        [content],
    )


@pytest.mark.parametrize("cls", ALL_CLIENTS, **ids)
async def test_a_thousand_stacked_codings_are_refused(cls: type[Any]) -> None:
    with HostileServer(lambda _: gzip_reply(b"{}", STACK, 1)) as server:
        client = make(cls, server.url, token="pre-issued", max_retries=0)
        with pytest.raises(errors.ResponseFormatError, match="stacks 1000 compressions"):
            await call(client)


@pytest.mark.parametrize("cls", [MsgsmsClient, AsyncMsgsmsClient], **ids)
async def test_the_iam_token_fetch_refuses_them_too(cls: type[Any]) -> None:
    def reply(request: bytes) -> Reply:
        return gzip_reply(b"{}", STACK, 1, "201 Created", **{"X-Subject-Token": "tok"})

    with HostileServer(reply) as server:
        client = make(cls, server.url, iam_url=server.url, max_retries=0)
        with pytest.raises(errors.ResponseFormatError, match="stacks 1000 compressions"):
            await call(client)


async def test_a_few_stacked_codings_are_still_decoded() -> None:
    listing = json.dumps({"total": 0, "results": []}).encode()
    coding = ", ".join(["gzip"] * MAX_CODINGS)
    with token_server(lambda _: gzip_reply(listing, coding, MAX_CODINGS)) as server:
        result = await call(make(MsgsmsClient, server.url, max_retries=0))
    assert result.records == []
