"""The signature against values computed by an independent implementation (coreutils md5sum)."""

from __future__ import annotations

import httpx

from commspec.itnio import ItnioAuth, sign


def test_sign_matches_md5sum_of_the_concatenation() -> None:
    # echo -n "bDqJFiq9mysecret1630468800" | md5sum
    assert sign("bDqJFiq9", "mysecret", 1630468800) == "ed3e60fa02facbc5259e997c07430908"
    # echo -n "demo-itnio-keydemo-itnio-secret1700000000" | md5sum
    assert sign("demo-itnio-key", "demo-itnio-secret", "1700000000") == "99dcc540c0fe5afe52b47e231299bd66"


def test_sign_is_32_lowercase_hex() -> None:
    value = sign("K", "S", 1)
    assert len(value) == 32 and value == value.lower() and int(value, 16) >= 0


def test_auth_adds_the_three_headers_with_seconds_timestamp() -> None:
    seen: list[httpx.Headers] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={})

    auth = ItnioAuth("bDqJFiq9", "mysecret", clock=lambda: 1630468800.9)
    httpx.Client(transport=httpx.MockTransport(record), auth=auth).get("http://x/")
    assert seen[0]["Api-Key"] == "bDqJFiq9"
    assert seen[0]["Timestamp"] == "1630468800"
    assert seen[0]["Sign"] == "ed3e60fa02facbc5259e997c07430908"
    assert "mysecret" not in repr(auth)


def test_client_sends_the_vendors_exact_content_type() -> None:
    from commspec.itnio import ItnioClient

    seen: list[httpx.Headers] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"status": "0", "reason": "success", "data": None})

    client = ItnioClient(
        "k", "s", base_url="http://x", http_client=httpx.Client(transport=httpx.MockTransport(record))
    )
    client.tasks.start(app_id="LILIN888", job_id=1)
    assert seen[0]["Content-Type"] == "application/json;charset=UTF-8"
    assert {"Api-Key", "Timestamp", "Sign"} <= set(seen[0].keys()) | {k.title() for k in seen[0]}
