"""Whatever a server sends, a client call returns a value or raises a commspec error.

Every operation of every generated spec module is called through the public clients, sync and async,
against the corpus of tests/responses/corpus.py (httpx.MockTransport, no retries). Any other exception
fails the test, naming the operation and the corpus entry; so does a valid answer that is not returned.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import json
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import commspec_generated
from commspec import errors
from commspec._pagination import AsyncPage, Page
from commspec._resource import resources_of
from commspec._spec import Operation
from commspec.huawei import AsyncMsgsmsClient, AsyncSmsClient, IamPasswordCredentials, MsgsmsClient, SmsClient
from commspec.iovox import AsyncIovoxClient, IovoxClient, Request, parse_xml
from commspec.itnio import AsyncItnioClient, ItnioClient
from tests.responses.corpus import DEEP_JSON, Entry, corpus, generic, mutations, sample

SPECS = Path(__file__).resolve().parents[2] / "specs"
PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
# The public clients and arguments that need no environment: the only hand-written part. Which spec
# each one serves is found from the generated resource mixins it inherits.
CLIENTS: list[tuple[type[Any], type[Any], dict[str, Any]]] = [
    (ItnioClient, AsyncItnioClient, {"api_key": "key", "api_secret": "secret"}),
    (MsgsmsClient, AsyncMsgsmsClient, {"project_id": PROJECT_ID, "token": "pre-issued"}),
    (SmsClient, AsyncSmsClient, {"app_key": "key", "app_secret": "secret"}),
    (IovoxClient, AsyncIovoxClient, {"username": "user", "secure_key": "0123456789abcdef0123456789abcdef"}),
]


def spec_packages() -> list[str]:
    return sorted(
        f"commspec_generated.{info.name}"
        for info in pkgutil.iter_modules(commspec_generated.__path__)
        if importlib.util.find_spec(f"commspec_generated.{info.name}.spec") is not None
    )


def clients_of(package: str) -> tuple[type[Any], type[Any], dict[str, Any]] | None:
    api = importlib.import_module(f"{package}.api")
    mixins = [c for c in vars(api).values() if isinstance(c, type) and c.__name__.endswith("Resources")]
    for sync_cls, async_cls, kwargs in CLIENTS:
        if any(issubclass(sync_cls, m) for m in mixins) and any(issubclass(async_cls, m) for m in mixins):
            return sync_cls, async_cls, kwargs
    return None


def cases() -> Iterator[tuple[str, str]]:
    for package in spec_packages():
        if clients_of(package) is None:
            continue
        for name in importlib.import_module(f"{package}.spec").OPERATIONS:
            yield package, name


def test_every_spec_is_served_by_a_client_or_the_token_flow() -> None:
    unserved = [p for p in spec_packages() if clients_of(p) is None]
    # IAM has no resource on any client: its one operation is the token fetch of the Huawei clients,
    # covered by test_iam_token_answers below.
    assert unserved == ["commspec_generated.huawei_iam"]
    assert len(list(cases())) >= 13


# -- arguments that pass pre-flight, from the spec's examples ------------------------------------------


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spec_operation(op: Operation) -> dict[str, Any]:
    for path in SPECS.glob("*/*.openapi.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if doc["x-commspec"]["vendor"] != op.api.vendor or doc["x-commspec"]["api"] != op.api.api:
            continue
        for item in doc["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == op.name:
                    return operation  # type: ignore[no-any-return]
    raise AssertionError(f"{op.qualified_name} not found in specs/")


def first_example(media: dict[str, Any]) -> Any:
    return next(iter(media.get("examples", {}).values()))["value"]


def renamed_body_fields(op: Operation, media: dict[str, Any] | None) -> dict[str, str]:
    """Python argument -> wire field, for body fields the spec renames (``x-commspec-argument.name``)."""
    ref = (media or {}).get("schema", {}).get("$ref", "")
    if not ref:
        return {}
    for path in SPECS.glob("*/*.openapi.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if (doc["x-commspec"]["vendor"], doc["x-commspec"]["api"]) == (op.api.vendor, op.api.api):
            schema = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
            return {
                prop["x-commspec-argument"]["name"]: name
                for name, prop in schema.get("properties", {}).items()
                if "name" in prop.get("x-commspec-argument", {})
            }
    return {}


def arguments(method: Callable[..., Any], op: Operation) -> dict[str, Any]:
    """Required arguments of ``method``, valued from the operation's request and parameter examples."""
    spec = spec_operation(op)
    wire: dict[str, Any] = {}
    media = next(iter(spec.get("requestBody", {}).get("content", {}).values()), None)
    if media is not None and "application/xml" in spec["requestBody"]["content"]:
        request = parse_xml(first_example(media).encode(), Request)
        wire[spec["x-commspec-xml"]["argument"]] = request.call_flow
    elif media is not None:
        body = first_example(media)
        for name in spec.get("x-commspec-flatten", []):
            body = {**body, **body.pop(name)}
        wire.update({k: str(v).encode() if k in op.files else v for k, v in body.items()})  # files: bytes
    names = {snake(name): name for name in wire}
    names.update(renamed_body_fields(op, media))
    for param in spec.get("parameters", []):
        if not (param.get("required") or "example" in param):
            continue
        argument = param.get("x-commspec-argument", {})
        fallback = 1 if param["schema"].get("type") == "integer" else "1"
        value = param.get("example", param["schema"].get("default", fallback))
        if "join" in argument:
            value = value.split(argument["join"])
        names[argument.get("name", snake(param["name"]))] = param["name"]
        wire[param["name"]] = value
    out = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name in names:
            out[name] = wire[names[name]]
        else:
            assert parameter.default is not inspect.Parameter.empty, (
                f"{op.qualified_name}: no value for {name}"
            )
    return out


# -- calling ----------------------------------------------------------------------------------------


class Answers:
    """A MockTransport handler serving one corpus entry; counts the requests it saw."""

    def __init__(self) -> None:
        self.entry: Entry | None = None
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert self.entry is not None
        self.requests += 1
        return self.of(self.entry)

    @staticmethod
    def of(entry: Entry) -> httpx.Response:
        headers = [
            (name.encode(), value if isinstance(value, bytes) else value.encode())
            for name, value in entry.headers.items()
        ]
        return httpx.Response(entry.status, content=entry.body, headers=headers)


def bound(client: Any, op: Operation) -> Callable[..., Any]:
    for attribute, resource in resources_of(client).items():
        if op.name.startswith(attribute + "_"):
            return getattr(resource, op.name[len(attribute) + 1 :])  # type: ignore[no-any-return]
    raise AssertionError(f"{op.qualified_name}: no resource method on {type(client).__name__}")


def outcome(error: BaseException | None, entry: Entry, requests: int) -> str | None:
    """What is wrong with one call, or None."""
    if requests == 0:
        return f"no request was sent ({error!r})"  # the harness failed pre-flight: nothing was tested
    if error is None:
        return None
    if isinstance(error, errors.ValidationError):
        return f"pre-flight refused the harness's arguments: {error}"
    if entry.must_succeed:
        return f"a valid answer was refused: {type(error).__name__}: {error}"
    if isinstance(error, errors.CommspecError):
        return None
    return f"{type(error).__module__}.{type(error).__name__}: {str(error)[:200]}"


def operation_of(package: str, name: str) -> Operation:
    return importlib.import_module(f"{package}.spec").OPERATIONS[name]  # type: ignore[no-any-return]


def report(problems: list[str], op: Operation, mode: str, total: int) -> None:
    assert not problems, (
        f"{op.qualified_name} ({mode}): {len(problems)} of {total} answers mishandled:\n"
        + "\n".join(problems[:40])
    )


@pytest.mark.parametrize(
    ("package", "name"), list(cases()), ids=[f"{p.rsplit('.', 1)[1]}.{n}" for p, n in cases()]
)
def test_sync_calls_end_in_a_value_or_a_commspec_error(package: str, name: str) -> None:
    op = operation_of(package, name)
    sync_cls, _, kwargs = clients_of(package)  # type: ignore[misc]
    answers = Answers()
    http = httpx.Client(transport=httpx.MockTransport(answers))
    client = sync_cls(**kwargs, base_url="http://vendor.test", max_retries=0, http_client=http)
    method = bound(client, op)
    args = arguments(method, op)
    problems, total = [], 0
    for entry in corpus(op):
        total += 1
        answers.entry, answers.requests, error = entry, 0, None
        try:
            result = method(**args)
            if isinstance(result, Page):
                list(itertools.islice(result, 5))  # walks into following pages
        except Exception as caught:  # the point: which exceptions come out
            error = caught
        problem = outcome(error, entry, answers.requests)
        if problem:
            problems.append(f"  [{entry.name}] {problem}")
    report(problems, op, "sync", total)


@pytest.mark.parametrize(
    ("package", "name"), list(cases()), ids=[f"{p.rsplit('.', 1)[1]}.{n}" for p, n in cases()]
)
async def test_async_calls_end_in_a_value_or_a_commspec_error(package: str, name: str) -> None:
    op = operation_of(package, name)
    _, async_cls, kwargs = clients_of(package)  # type: ignore[misc]
    answers = Answers()
    http = httpx.AsyncClient(transport=httpx.MockTransport(answers))
    client = async_cls(**kwargs, base_url="http://vendor.test", max_retries=0, http_client=http)
    method = bound(client, op)
    args = arguments(method, op)
    problems, total = [], 0
    for entry in corpus(op):
        total += 1
        answers.entry, answers.requests, error = entry, 0, None
        try:
            result = await method(**args)
            if isinstance(result, AsyncPage):
                async for _ in _first(result, 5):
                    pass
        except Exception as caught:  # the point: which exceptions come out
            error = caught
        problem = outcome(error, entry, answers.requests)
        if problem:
            problems.append(f"  [{entry.name}] {problem}")
    report(problems, op, "async", total)


async def _first(page: AsyncPage[Any], count: int) -> Any:
    seen = 0
    async for record in page:
        yield record
        seen += 1
        if seen >= count:
            return


# -- IAM: the token fetch inside every Huawei call ------------------------------------------------------

TEMPLATE = b'{"id": "c3f641aa", "template_name": "auto_test000"}'


def iam_corpus() -> Iterator[Entry]:
    op = operation_of("commspec_generated.huawei_iam", "tokens_create")
    token = {"Content-Type": "application/json", "X-Subject-Token": "MIItoken"}
    valid = sample(op)
    yield Entry("token-valid", 201, json.dumps(valid).encode(), token, must_succeed=True)
    yield Entry("token-without-header", 201, json.dumps(valid).encode())
    yield Entry("token-empty-header", 201, json.dumps(valid).encode(), {**token, "X-Subject-Token": ""})
    yield Entry("token-deep-json", 201, DEEP_JSON, token)
    yield Entry("token-nan", 201, b'{"token": {"expires_at": NaN}}', token)
    yield from mutations("token", 201, valid, headers=token)
    yield from generic(op)
    yield from (e for e in corpus(op) if e.name.startswith(("keystone-error", "error-body")))


class IamAnswers(Answers):
    """The IAM token request gets the corpus entry; the MSGSMS call a valid template."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if request.url.path.endswith("/v3/auth/tokens"):
            assert self.entry is not None
            return self.of(self.entry)
        return httpx.Response(200, content=TEMPLATE, headers={"Content-Type": "application/json"})


def huawei_with_credentials(answers: IamAnswers, mode: str) -> Any:
    settings: dict[str, Any] = {
        "credentials": IamPasswordCredentials("user", "password", "domain"),
        "base_url": "http://msgsms.test",
        "iam_url": "http://iam.test",
        "max_retries": 0,
    }
    if mode == "sync":
        return MsgsmsClient(
            PROJECT_ID, http_client=httpx.Client(transport=httpx.MockTransport(answers)), **settings
        )
    transport = httpx.MockTransport(answers)
    return AsyncMsgsmsClient(PROJECT_ID, http_client=httpx.AsyncClient(transport=transport), **settings)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_iam_token_answers_end_in_a_value_or_a_commspec_error(mode: str) -> None:
    problems, total = [], 0
    answers = IamAnswers()
    for entry in iam_corpus():
        total += 1
        answers.entry, answers.requests, error = entry, 0, None
        client = huawei_with_credentials(answers, mode)  # a new client: no token cached
        try:
            if mode == "sync":
                client.templates.retrieve("c3f641aa")
            else:
                await client.templates.retrieve("c3f641aa")
        except Exception as caught:  # the point: which exceptions come out
            error = caught
        problem = outcome(error, entry, answers.requests)
        if problem:
            problems.append(f"  [{entry.name}] {problem}")
    assert not problems, f"IAM token answers ({mode}): {len(problems)} of {total} mishandled:\n" + "\n".join(
        problems[:40]
    )
