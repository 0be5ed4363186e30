"""One generated surface: generated/ holds only what the runtime uses (no second, unsigned HTTP client),
one pydantic model per schema that calls return, importable from the vendor modules."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import httpx
import pytest
import yaml
from pydantic import BaseModel

from commspec.itnio import FlowNode, ItnioClient, Task, TaskFlow
from tests.itnio.conftest import KEY, SECRET, task_fields

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "commspec_generated"
# What would let generated code send a request around commspec's auth, validation, retry and TLS policy.
SENDS_REQUESTS = re.compile(
    r"httpx\.(Async)?Client\(|import httpx|from httpx|\.request\(|verify_ssl|\.(get|post|put|delete)\(\s*url"
)


def test_no_generated_module_defines_or_imports_an_http_client() -> None:
    offenders = [
        f"{path.relative_to(GENERATED)}:{number}: {line.strip()}"
        for path in sorted(GENERATED.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SENDS_REQUESTS.search(line)
    ]
    assert offenders == []


# Found from the specs, never listed: (vendor, API package, whether a client carries it).
SPEC_APIS = [
    (x["vendor"], f"{x['vendor']}_{x['api']}", "client" in x)
    for x in (
        yaml.safe_load(path.read_text(encoding="utf-8"))["x-commspec"]
        for path in sorted((Path(__file__).resolve().parents[2] / "specs").glob("*/*.openapi.yaml"))
    )
]


@pytest.mark.parametrize("package", [package for _, package, _ in SPEC_APIS])
def test_generated_api_packages_hold_only_what_the_runtime_uses(package: str) -> None:
    files = {p.relative_to(GENERATED / package).as_posix() for p in (GENERATED / package).rglob("*.py")}
    tags = {f for f in files if f.startswith("api/") and f != "api/__init__.py"}
    assert all(re.fullmatch(r"api/\w+/__init__\.py", f) for f in tags), tags  # one resource module per tag
    allowed = {"__init__.py", "api/__init__.py", "spec.py", "models.py", "param_types.py", "webhooks.py"}
    assert files - tags <= allowed  # webhooks.py: the parse functions of the spec's webhooks


def test_no_attrs_models_and_no_unset_anywhere_in_generated_code() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in GENERATED.rglob("*.py"))
    assert ("attrs" not in text, "Unset" not in text, "UNSET" not in text) == (True, True, True)


VENDORS = sorted({vendor for vendor, _, carried in SPEC_APIS if carried})


@pytest.mark.parametrize("name", VENDORS)
def test_every_public_model_is_importable_from_the_vendor_module_and_its_types(name: str) -> None:
    vendor = importlib.import_module(f"commspec.{name}")
    types = importlib.import_module(f"commspec.{name}.types")
    packages = [package for owner, package, carried in SPEC_APIS if owner == name and carried]
    assert packages
    for package in packages:
        for module_name in ("models", "param_types"):
            try:
                module = importlib.import_module(f"commspec_generated.{package}.{module_name}")
            except ModuleNotFoundError:
                continue
            assert module.__all__, module
            for name in module.__all__:
                generated = getattr(module, name)
                assert getattr(types, name) is generated, name
                assert getattr(vendor, name) is generated, name


def test_calls_return_the_public_pydantic_models(in_process: httpx.Client) -> None:
    itnio = ItnioClient(KEY, SECRET, base_url="http://mock", http_client=in_process, max_retries=0)
    flow = itnio.flows.create(name="one-model", flow=[FlowNode(waiting_time=60, status=2, channel="call")])
    assert type(flow) is TaskFlow and isinstance(flow, BaseModel)
    assert type(flow.flow[0]) is FlowNode and flow.flow[0].waiting_time == 60
    itnio.tasks.create(**task_fields(name="one-model"))
    task = next(iter(itnio.tasks.list(app_id="LILIN888")))
    assert type(task) is Task
    assert isinstance(task.job_id, int)


def test_optional_fields_are_none_and_reprs_show_no_sentinels() -> None:
    task = Task.model_validate({"jobId": 20, "name": "n"})
    assert (task.status, task.robot_count) == (None, None)
    assert "Unset" not in repr(task) and " at 0x" not in repr(task)
    assert repr(task).startswith("Task(") and "job_id=20" in repr(task)


def test_optional_arguments_left_none_are_not_sent() -> None:
    sent: list[dict[str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"status": "0", "reason": "success", "data": None})

    itnio = ItnioClient(
        KEY,
        SECRET,
        base_url="http://itnio.test",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    itnio.tasks.edit(job_id=5, **task_fields(end_date_time=None))
    assert "endDateTime" not in sent[0] and "startDateTime" not in sent[0]
    assert sent[0]["jobId"] == 5
