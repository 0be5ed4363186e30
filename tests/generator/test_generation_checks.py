"""The generator refuses what it cannot honour, before writing anything: every name an x-commspec*
extension refers to must resolve (generator/checks.py), two schemas of one vendor may not share a name,
and a refused run leaves generated/ byte-identical."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import ROOT, load_specs, regenerate, xsds
from generator.checks import SpecProblems, check_specs
from generator.openapi_client import GenerationFailed

SPECS = load_specs(ROOT)
XSDS = [ROOT / path for path in xsds(SPECS)]  # the XSDs the specs name
HUAWEI = Path("specs/huawei/msgsms.openapi.yaml")
AIVOICE = Path("specs/itnio/aivoice.openapi.yaml")
OTP = Path("specs/itnio/otp.openapi.yaml")


def operation(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found = [op for item in doc["paths"].values() for op in item.values() if op.get("operationId") == name]
    assert len(found) == 1
    return found[0]


def check(path: Path, change: Callable[[dict[str, Any]], None]) -> str:
    docs = copy.deepcopy(SPECS)
    change(docs[path])
    with pytest.raises(SpecProblems) as refused:
        check_specs(docs, XSDS)
    return str(refused.value)


def test_the_committed_specs_pass_every_check() -> None:
    check_specs(SPECS, XSDS)


def rename_sort_dir(doc: dict[str, Any]) -> None:
    """The issue's case: the parameter renamed, the mock rule left naming the old one."""
    (param,) = [p for p in operation(doc, "templates_list")["parameters"] if p["name"] == "sort_dir"]
    param["name"] = "direction"


def test_a_renamed_parameter_the_mock_rule_still_names_is_refused() -> None:
    message = check(HUAWEI, rename_sort_dir)
    assert (
        "specs/huawei/msgsms.openapi.yaml: templates_list: x-commspec-mock.order.newest-first-when: "
        "argument 'sort_dir' is not a parameter or body field of templates_list"
    ) in message


@pytest.mark.parametrize(
    ("path", "change", "expected"),
    [
        (
            OTP,
            lambda doc: operation(doc, "flows_update")["x-commspec-mock"].update(key="flowID"),
            "flows_update: x-commspec-mock.key: argument 'flowID' is not a parameter or body field",
        ),
        (
            OTP,
            lambda doc: [
                op["x-commspec-mock"]["refers"].update(appID="otp_apps")
                for item in doc["paths"].values()
                for op in item.values()
                if isinstance(op, dict) and "refers" in op.get("x-commspec-mock", {})
            ],
            "x-commspec-mock.refers: argument 'appID' is not a parameter or body field of",
        ),
        (
            AIVOICE,
            lambda doc: operation(doc, "tasks_stop")["x-commspec-mock"].update(code="-399"),
            "tasks_stop: x-commspec-mock.code: code '-399' is not in x-commspec.codes",
        ),
        (
            AIVOICE,
            lambda doc: operation(doc, "tasks_list")["x-commspec-mock"].update(filter={}),
            "tasks_list: x-commspec-mock: unknown key 'filter'",
        ),
        (
            AIVOICE,
            lambda doc: doc["x-commspec"]["mock-resources"]["tasks"]["unique"].update(fields=["title"]),
            "x-commspec.mock-resources.tasks.unique.fields: field 'title' is not a field of resource 'tasks'",
        ),
        (
            HUAWEI,
            lambda doc: operation(doc, "templates_list")["x-commspec-mock"]["filters"].update(colour={}),
            "templates_list: x-commspec-mock.filters: field 'colour' is not a field of resource 'templates'",
        ),
        (
            AIVOICE,
            lambda doc: doc["components"]["schemas"]["TaskFields"]["properties"]["daysOfWeek"].update(
                uniqueItems=True
            ),
            "/components/schemas/TaskFields/properties/daysOfWeek: uniqueItems is enforced neither",
        ),
        (
            AIVOICE,
            lambda doc: doc["x-commspec"]["mock-resources"]["tasks"]["derived"].update(x="script {flowID}"),
            "mock-resources.tasks.derived.x: field 'flowID' is not a field of resource 'tasks'",
        ),
        (
            AIVOICE,
            lambda doc: doc["x-commspec"]["mock-resources"]["tasks"]["timed-transition"].update(
                at="startTime"
            ),
            "mock-resources.tasks.timed-transition: field 'startTime' is not a field of resource 'tasks'",
        ),
        (
            HUAWEI,
            lambda doc: doc["x-commspec"]["mock"]["settings"]["huawei_demo_apps"][0].update(colour="red"),
            "mock-resources.apps.seed: field 'colour' is not a field of resource 'apps'",
        ),
        (
            HUAWEI,
            lambda doc: doc["x-commspec"]["mock-resources"]["apps"].update(seed="huawei_no_such_setting"),
            "mock-resources.apps.seed: x-commspec.mock.settings.huawei_no_such_setting must list items",
        ),
        (
            AIVOICE,
            lambda doc: doc["components"]["schemas"]["TaskCreate"]["x-commspec-rules"].append(
                {"rule": "ordered", "fields": ["startDateTime", "finishDateTime"], "code": "-27"}
            ),
            "field 'finishDateTime' is not a property of TaskCreate",
        ),
    ],
)
def test_every_unknown_name_is_refused_with_extension_operation_and_name(
    path: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    assert expected in check(path, change)


def test_two_schemas_with_one_name_in_one_vendor_are_refused() -> None:
    def add_null_envelope(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["NullEnvelope"] = {"type": "object", "properties": {}}

    message = check(OTP, add_null_envelope)
    assert "schema NullEnvelope is defined in specs/itnio/aivoice.openapi.yaml and specs/itnio/otp" in message


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_refused_run_leaves_generated_byte_identical(tmp_path: Path) -> None:
    """The otp spec (generated last of the JSON APIs) loses its x-commspec-idempotent mark: the other
    packages were already generated when the run is refused, and none of it reaches generated/."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    otp = tmp_path / OTP
    otp.write_text(otp.read_text(encoding="utf-8").replace("x-commspec-idempotent: true", "", 1))
    before = tree(tmp_path / "generated")
    with pytest.raises(GenerationFailed, match="x-commspec-idempotent must be true or false"):
        regenerate(root=tmp_path)
    assert tree(tmp_path / "generated") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "specs"]  # no stage left behind
