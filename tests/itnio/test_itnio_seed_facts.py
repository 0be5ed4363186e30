"""ITNIO's mock matches seeds 001 and 003 where the audit of issue 17 found it did not, and every rule
stricter or looser than the seeds is followed or reasoned, client and mock alike."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from commspec import errors
from commspec.itnio import ItnioClient
from commspec.testing import mock_vendors
from tests.itnio.conftest import task_fields

ROOT = Path(__file__).resolve().parents[2]
AIVOICE = yaml.safe_load((ROOT / "specs/itnio/aivoice.openapi.yaml").read_text(encoding="utf-8"))
OTP = yaml.safe_load((ROOT / "specs/itnio/otp.openapi.yaml").read_text(encoding="utf-8"))
TIME = "%Y-%m-%d %H:%M:%S"


def test_task_list_records_carry_the_script_and_line_names(itnio: ItnioClient) -> None:
    """Seed 003's table and example: every record has dialogFlowName and jobPhoneNumberName."""
    itnio.tasks.create(**task_fields())
    (task,) = itnio.tasks.list(app_id="LILIN888")
    assert (task.dialog_flow_name, task.job_phone_number_name) == ("script 8663", "line 2959")


def test_an_auto_task_starts_itself_when_the_mock_clock_reaches_its_start() -> None:
    """Seed 001, mode: AUTO "starts itself" at startDateTime; the mock clock moves without sleeping."""
    with mock_vendors() as mock, ItnioClient() as client:
        start = datetime.fromtimestamp(mock.now() + 3600, UTC).strftime(TIME)
        job_id = client.tasks.create(**task_fields(mode="AUTO", start_date_time=start))
        assert [t.status for t in client.tasks.list(app_id="LILIN888")] == ["NOT_STARTED"]
        mock.advance(3601)
        assert [t.status for t in client.tasks.list(app_id="LILIN888")] == ["IN_PROCESS"]
        with pytest.raises(errors.ConflictError) as started:  # it is running: start is refused
            client.tasks.start(app_id="LILIN888", job_id=job_id)
        assert started.value.code == "-39"
        client.tasks.stop(app_id="LILIN888", job_id=job_id)  # and a running task can be paused


def test_a_manual_task_ignores_its_start_date_time(itnio: ItnioClient) -> None:
    """Seed 001: startDateTime is required only in AUTO mode, "otherwise not required and has no effect":
    a MANUAL task whose startDateTime lies after its endDateTime is accepted (-27 before)."""
    fields = task_fields(start_date_time="2030-01-02 00:00:00", end_date_time="2030-01-01 00:00:00")
    job_id = itnio.tasks.create(**fields)
    assert job_id is not None
    with pytest.raises(errors.ValidationError) as refused:  # in AUTO mode the order still matters
        itnio.tasks.create(**{**fields, "mode": "AUTO", "name": "auto"})
    assert refused.value.errors[0].path == "endDateTime"


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def note_of(node: dict[str, Any]) -> str:
    return str(node.get("x-commspec-note", ""))


@pytest.mark.parametrize(
    ("where", "words"),
    [
        # the fixed 09:00-20:00 window (seed: "by default")
        (lambda: note_of(schema(AIVOICE, "TaskFields")["properties"]["dailyStartDateTime"]), "by default"),
        # channelCut as a string: refused by the client, taken by the mock
        (lambda: note_of(schema(OTP, "FlowNode")["properties"]["channelCut"]), "Java sample"),
        # taskList current/size: required by the seed, defaulted here
        (lambda: note_of(schema(AIVOICE, "TaskListQuery")), "marks current and size required"),
        # no uniqueItems (enforced by nobody): what a repeat means
        (lambda: note_of(schema(AIVOICE, "TaskFields")["properties"]["daysOfWeek"]), "No uniqueItems"),
        (lambda: note_of(schema(AIVOICE, "TaskFields")["properties"]["redialCondition"]), "No uniqueItems"),
    ],
)
def test_each_rule_stricter_or_looser_than_the_seed_is_reasoned(where: Any, words: str) -> None:
    assert words in where()


def test_no_constraint_is_written_that_nobody_checks() -> None:
    """The README says every constraint is checked: uniqueItems was checked by neither client nor mock."""
    fields = schema(AIVOICE, "TaskFields")["properties"]
    assert "uniqueItems" not in fields["daysOfWeek"] and "uniqueItems" not in fields["redialCondition"]


def test_the_list_request_always_carries_current_and_size() -> None:
    """What the TaskListQuery note relies on: the client sends both, as seed 003 requires."""
    with mock_vendors() as mock, ItnioClient() as client:
        list(client.tasks.list(app_id="LILIN888"))
        bodies = [r.body for r in mock.requests if r.operation == "tasks_list"]
    assert bodies and all(isinstance(b, dict) and {"current", "size"} <= b.keys() for b in bodies)


def test_notes_cite_only_what_the_seeds_contain() -> None:
    """-32 is in no seed (the vendor docs list it); seed 002 says an approved template may be renamed,
    not that it stays approved."""
    stop = AIVOICE["paths"]["/aivoice/taskStop"]["post"]["x-commspec-note"]
    assert "-32 seed 003" not in stop and "no seed" in stop
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "stays Adopted (seed 002)" not in readme
