"""Nested dict arguments are type checked: `mypy --strict` rejects a misspelt or mistyped key of a
`...Param` TypedDict and accepts the model, a correct dict, and `X | None` narrowing of a result."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]

CORRECT = """
from commspec.itnio import FlowNode, ItnioClient

def use(itnio: ItnioClient) -> str:
    itnio.flows.create(name="flow", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}])
    itnio.flows.create(name="flow", flow=[FlowNode(waiting_time=60, status=2, channel="call")])
    itnio.tasks.edit(app_id="a", job_id=1, name="n", dialog_flow_id=1, mode="AUTO",
                     daily_start_date_time="09:00", daily_end_date_time="20:00", robot_count=1,
                     job_phone_number_id=1, redial=False,
                     inactive_time_list=[{"startTime": "12:00", "endTime": "13:00"}])
    for task in itnio.tasks.list(app_id="a"):
        if task.status is not None:
            return task.status
    return ""
"""

WRONG = """
from commspec.itnio import ItnioClient

def use(itnio: ItnioClient) -> None:
    itnio.flows.create(name="flow", flow=[{"waitingTim": 60, "status": 2, "channel": "call"}])
    itnio.flows.create(name="flow", flow=[{"waitingTime": "60", "status": 2, "channel": "call"}])
    itnio.flows.create(name="flow", flow=[{"waitingTime": 60, "status": 3, "channel": "call"}])
    itnio.tasks.list(app_id="a", name=None)  # allowed: None means "not sent"
"""


def test_mypy_strict_rejects_misspelt_and_mistyped_keys_and_accepts_correct_ones(tmp_path: Path) -> None:
    (tmp_path / "correct.py").write_text(CORRECT)
    (tmp_path / "wrong.py").write_text(WRONG)
    (tmp_path / "mypy.ini").write_text(
        "[mypy]\nstrict = True\npython_version = 3.11\nplugins = pydantic.mypy\nfollow_imports = silent\n"
        f"mypy_path = {ROOT / 'overrides'}:{ROOT / 'generated'}\ncache_dir = {tmp_path / 'cache'}\n"
    )
    stdout, stderr, _ = api.run(
        [
            "--config-file",
            str(tmp_path / "mypy.ini"),
            str(tmp_path / "correct.py"),
            str(tmp_path / "wrong.py"),
        ]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert [e for e in errors if "correct.py" in e] == [], stdout + stderr
    wrong_lines = sorted({int(e.split(":")[1]) for e in errors if "wrong.py" in e})
    assert wrong_lines == [5, 6, 7], stdout + stderr
