"""Property: for every path parameter of every generated operation and any string, either the call is
refused pre-flight with a ValidationError naming that parameter (nothing sent), or the request that
reaches the server has exactly the template's segments and the parameter's segment decodes back to
the given string. The operations come from the generated spec modules, cross-checked against specs/."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import commspec_generated
from commspec import errors
from commspec._pipeline import SyncPipeline, encode_body
from commspec._retry import RetryPolicy
from commspec._spec import Operation
from tests.properties.strategies import valid_bodies

ROOT = Path(__file__).resolve().parents[2]
BASE = "/base"
DOT_SEGMENTS = ("", ".", "..")


def _spec_modules() -> list[Any]:
    modules = []
    for info in pkgutil.iter_modules(commspec_generated.__path__):
        if importlib.util.find_spec(f"commspec_generated.{info.name}.spec") is not None:
            modules.append(importlib.import_module(f"commspec_generated.{info.name}.spec"))
    return modules


SPEC_MODULES = _spec_modules()
CASES = [
    (op, name) for module in SPEC_MODULES for op in module.OPERATIONS.values() for name in op.path_params
]


def _spec_docs() -> dict[tuple[str, str], dict[str, Any]]:
    docs = {}
    for path in sorted(ROOT.glob("specs/*/*.openapi.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        docs[(doc["x-commspec"]["vendor"], doc["x-commspec"]["api"])] = doc
    return docs


DOCS = _spec_docs()


def _operation_doc(op: Operation) -> dict[str, Any]:
    for item in DOCS[(op.api.vendor, op.api.api)]["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            if item.get(method, {}).get("operationId") == op.name:
                return dict(item[method])
    raise AssertionError(f"{op.name} is not in specs/")


def _example_body(op: Operation) -> Any:
    """The request body example the spec documents (a valid body, so only the path can fail)."""
    content = _operation_doc(op).get("requestBody", {}).get("content", {})
    if not content:
        return None
    media = next(iter(content.values()))
    value = next(iter(media["examples"].values()))["value"] if "examples" in media else media["example"]
    if isinstance(value, dict) and op.files:  # a multipart body: its files are bytes
        return {k: str(v).encode() if k in op.files else v for k, v in value.items()}
    return value.encode() if isinstance(value, str) else value


def test_every_path_parameter_of_the_specs_is_covered() -> None:
    in_specs = {
        (operation["operationId"], param["name"])
        for doc in DOCS.values()
        for item in doc["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
        for param in operation.get("parameters", [])
        if param["in"] == "path"
    }
    assert {(op.name, name) for op, name in CASES} == in_specs
    assert len(in_specs) >= 4  # Huawei project_id and id, ITNIO flowId, IOVOX interface


def _generated_method(package: str, operation: Operation) -> Any:
    api = importlib.import_module(f"{package}.api")
    for info in pkgutil.iter_modules(api.__path__):
        if operation.name.startswith(info.name + "_"):
            module = importlib.import_module(f"{package}.api.{info.name}")
            resource = getattr(module, "".join(part.title() for part in info.name.split("_")))
            return getattr(resource, operation.name[len(info.name) + 1 :])
    raise AssertionError(f"no generated method for {operation.name}")


def test_arguments_are_the_generated_methods_parameter_names() -> None:
    # Errors about a path parameter name the Python argument (Operation.arguments): it must exist.
    checked = 0
    for module in SPEC_MODULES:
        for operation in module.OPERATIONS.values():
            signature = inspect.signature(_generated_method(module.__name__.rsplit(".", 1)[0], operation))
            for argument in operation.arguments.values():
                assert argument in signature.parameters, (operation.name, argument)
                checked += 1
    assert checked >= 5


def _encode(operation: Operation, body: Any) -> tuple[bytes, str]:
    return (body, "application/xml") if isinstance(body, bytes) else encode_body(operation, body)


# Any string: plain text, the characters that matter in URLs, dot segments, lone surrogates (not
# UTF-8), and long runs around the runtime limit.
URL_CHARACTERS = st.sampled_from([*"/.%?#;&=+ \\\x00\r\n\t~é漢😀", "%2F", "%2E", "%00", ".."])
VALUES = st.one_of(
    st.text(),
    st.lists(URL_CHARACTERS, max_size=6).map("".join),
    st.sampled_from(DOT_SEGMENTS),
    st.text(st.characters(categories=["Cs", "Cc", "Lo"]), min_size=1, max_size=4),
    st.builds(
        lambda char, count: char * count,
        st.one_of(st.characters(), st.sampled_from(["é", "😀", "/"])),
        st.one_of(st.integers(1, 3000), st.sampled_from([20_000, 100_000])),
    ),
)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _safe_other_value(value: Any) -> bool:
    return value not in DOT_SEGMENTS and len(str(value)) < 64


@pytest.mark.parametrize(("operation", "name"), CASES, ids=[f"{op.qualified_name}.{n}" for op, n in CASES])
def test_a_path_parameter_is_refused_or_exactly_one_segment(operation: Operation, name: str) -> None:
    assert operation.params_model is not None
    body = _example_body(operation)
    template = (BASE + operation.path).split("/")
    others = valid_bodies(operation.params_model).filter(
        lambda params: all(_safe_other_value(params[p]) for p in operation.path_params if p != name)
    )

    @SETTINGS
    @given(params=others, value=VALUES)
    def check(params: dict[str, Any], value: str) -> None:
        sent: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200)

        pipeline = SyncPipeline(
            http_client=httpx.Client(transport=httpx.MockTransport(record)),
            base_url="http://server" + BASE,
            handler=lambda operation, response: response,
            auth=None,
            retry=RetryPolicy(max_retries=0),
            encoder=_encode,
        )
        params = {**params, name: value}
        try:
            pipeline.call(operation, params, body)
        except errors.ValidationError as error:
            assert sent == []
            named = {error.path for error in error.errors}
            assert named and named <= {name, operation.arguments.get(name, name)}, error.errors
            return
        assert len(sent) == 1
        raw_path = sent[0].url.raw_path.decode("ascii").partition("?")[0]
        segments = raw_path.split("/")
        assert len(segments) == len(template), (raw_path, operation.path)
        for part, segment in zip(template, segments, strict=True):
            if part.startswith("{") and part.endswith("}"):
                assert unquote(segment, errors="strict") == params[part[1:-1]]
            else:
                assert segment == part

    check()
