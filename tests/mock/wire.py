"""Raw access to the mock for hostile-input tests: the ASGI app called as uvicorn calls it (header
values as raw bytes, the query string undecoded), plus valid credentials for each vendor and every
operation of every generated spec module."""

from __future__ import annotations

import asyncio
import importlib
import json
import pkgutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

import commspec_generated
from commspec._spec import Operation
from commspec.huawei._wsse import AUTHORIZATION_VALUE, CREATED_FORMAT, wsse_header
from commspec.itnio import sign
from commspec.mock import MockServer
from commspec.mock._config import DEMO

PROJECT = DEMO["HUAWEICLOUD_PROJECT_ID"]
TEMPLATES = f"/v2/{PROJECT}/msgsms/templates"
LIST_FLOWS = b"v=3&method=getCallFlows&output=JSON"
RawHeaders = list[tuple[bytes, bytes]]


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)


def asgi(
    server: MockServer,
    method: str,
    path: str,
    *,
    query: bytes = b"",
    headers: Iterable[tuple[bytes, bytes]] = (),
    body: bytes = b"",
) -> Answer:
    """One request through ``server.asgi_app()``. An exception escaping the app before the response
    started becomes 500, exactly what uvicorn sends then (``RequestResponseCycle.run_asgi``)."""
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode("utf-8"),
        "query_string": query,
        "headers": _with_host([(k.lower(), v) for k, v in headers]),
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8080),
    }
    chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)] or [b""]

    async def receive() -> dict[str, Any]:
        if chunks:
            chunk = chunks.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    try:
        asyncio.run(server.asgi_app()(scope, receive, send))
    except Exception:
        if sent:
            raise
        return Answer(500, {}, b"Internal Server Error")
    start = sent[0]
    headers_out = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in start["headers"]}
    return Answer(start["status"], headers_out, b"".join(m.get("body", b"") for m in sent[1:]))


def _with_host(headers: RawHeaders) -> RawHeaders:
    """``headers`` with the Host a client of the served mock sends, unless the test gives its own."""
    return headers if any(k == b"host" for k, _ in headers) else [(b"host", b"127.0.0.1:8080"), *headers]


JSON: Final = [(b"content-type", b"application/json")]  # what a control request that changes state needs


def itnio_headers(timestamp: bytes | None = None) -> RawHeaders:
    """Api-Key, Timestamp and a Sign valid for them (the mock reads header bytes as latin-1)."""
    ts = timestamp if timestamp is not None else str(int(time.time())).encode()
    key, secret = DEMO["ITNIO_API_KEY"], DEMO["ITNIO_API_SECRET"]
    return [
        (b"api-key", key.encode()),
        (b"timestamp", ts),
        (b"sign", sign(key, secret, ts.decode("latin-1")).encode()),
        (b"content-type", b"application/json"),
    ]


def token_request() -> bytes:
    """An IAM password-token request body with the demo credentials."""
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": DEMO["HUAWEICLOUD_IAM_USER"],
                        "password": DEMO["HUAWEICLOUD_IAM_PASSWORD"],
                        "domain": {"name": DEMO["HUAWEICLOUD_IAM_DOMAIN"]},
                    }
                },
            },
            "scope": {"project": {"id": PROJECT}},
        }
    }
    return json.dumps(body).encode()


def huawei_token(server: MockServer) -> bytes:
    answer = asgi(server, "POST", "/v3/auth/tokens", body=token_request())
    assert answer.status == 201, answer.body
    return answer.headers["x-subject-token"].encode()


def wsse_headers(created: str | None = None) -> RawHeaders:
    """Authorization and an X-WSSE valid for the demo SMS application (``created``: another Created)."""
    stamp = created or time.strftime(CREATED_FORMAT, time.gmtime())
    header = wsse_header(DEMO["HUAWEICLOUD_SMS_APP_KEY"], DEMO["HUAWEICLOUD_SMS_APP_SECRET"], "n0nce", stamp)
    return [(b"authorization", AUTHORIZATION_VALUE.encode()), (b"x-wsse", header.encode())]


def seed_sms_template(server: MockServer, template_id: str, content: str, *, approved: bool = True) -> None:
    """An MSGSMS template the SMS fake can send (what the console's template review leaves behind)."""
    templates = server.backend("huawei").templates.setdefault(PROJECT, {})
    status = "Adopted" if approved else "Reviewing"
    templates[template_id] = {"id": template_id, "template_content": content, "flow_status": status}


def iovox_headers() -> RawHeaders:
    return [
        (b"username", DEMO["IOVOX_USERNAME"].encode()),
        (b"securekey", DEMO["IOVOX_SECURE_KEY"].encode()),
    ]


def credentials_for(server: MockServer, operation: Operation) -> RawHeaders:
    """Valid credentials for ``operation`` (IAM needs none: they are in its body)."""
    if operation.api.vendor == "itnio":
        return itnio_headers()
    if operation.api.api == "msgsms":
        # Content-Type is mandatory on MSGSMS requests (seed 002 Table 2); the mock refuses a body without it.
        return [(b"x-auth-token", huawei_token(server)), (b"content-type", b"application/json")]
    if operation.api.vendor == "iovox":
        return iovox_headers()
    if operation.api.api == "sms":
        return wsse_headers()
    return []


def spec_operations() -> Iterator[Operation]:
    """Every operation of every generated ``commspec_generated.<api>.spec`` module."""
    for module in pkgutil.iter_modules(commspec_generated.__path__):
        try:
            spec = importlib.import_module(f"commspec_generated.{module.name}.spec")
        except ModuleNotFoundError:
            continue  # the XSD bindings package has no spec module
        yield from spec.OPERATIONS.values()


def concrete_path(operation: Operation, value: str = "1") -> str:
    path = operation.path.replace("{project_id}", PROJECT)
    if operation.api.vendor == "iovox":
        path = path.replace("{interface}", "CallFlow")
    for name in operation.path_params:
        path = path.replace("{" + name + "}", value)
    return path


def fixed_query(operation: Operation) -> bytes:
    return str(httpx.QueryParams(dict(operation.fixed_query))).encode()


XML_FLOW = (
    '<?xml version="1.0" encoding="UTF-8"?><request><callFlow name="{name}">'
    '<play id="play_1" label="Welcome"><soundFile soundLabel="Welcome"/></play></callFlow></request>'
)


def nested_calls(levels: int) -> bytes:
    """A call flow valid by the XSD but for its depth: each call branches into the next (3 elements each)."""
    call = (
        '<call id="c{i}" label="l" destinationPhoneNumber="?" destinationContactId="?" record="false" '
        'sendCallAlert="NONE"><eventHandlers><callEvent action="onMatchResult" result="ANSWERED">'
    )
    inner = '<play id="p" label="l"><soundFile soundLabel="W"/></play>'
    opening = "".join(call.format(i=i) for i in range(levels))
    closing = "</callEvent></eventHandlers></call>" * levels
    return f'<request><callFlow name="deep">{opening}{inner}{closing}</callFlow></request>'.encode()


def create_call_flow(server: MockServer, name: str) -> None:
    answer = asgi(
        server,
        "POST",
        "/CallFlow",
        query=b"v=3&method=createCallFlow",
        headers=iovox_headers(),
        body=XML_FLOW.format(name=name).encode(),
    )
    assert answer.status == 201, answer.body
