"""The URL each call is sent to: the operation's path and query on the client's base URL, the same on
every call (commspec keeps parsed URLs), and a borrowed httpx client's own default query parameters
still merged in, as httpx does for every request."""

from __future__ import annotations

import httpx
import pytest

from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile

FLOW = CallFlow(name="Sales", rules=[Play(id="play_1", label="Hi", sound_file=[SoundFile(sound_label="Hi")])])


def sent_urls(params: dict[str, str] | None) -> list[str]:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(answer), params=params)
    client = IovoxClient("user", "key", base_url="http://h/api", http_client=http, max_retries=0)
    client.call_flows.update(FLOW)
    client.call_flows.update(FLOW)
    return seen


@pytest.mark.parametrize(
    ("params", "url"),
    [
        (None, "http://h/api/CallFlow?v=3&method=updateCallFlow"),
        ({"trace": "1"}, "http://h/api/CallFlow?trace=1&v=3&method=updateCallFlow"),
    ],
)
def test_every_call_goes_to_the_operation_url_with_the_clients_params(
    params: dict[str, str] | None, url: str
) -> None:
    assert sent_urls(params) == [url, url]
