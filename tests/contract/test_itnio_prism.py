"""Prism, a tool we did not write, checks every ITNIO request our typed client sends against the spec:
a request violation would come back as 422 (or 401 for missing security headers) and fail the test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from commspec.itnio import ItnioClient
from tests.contract.prism import prism_mock
from tests.itnio.conftest import task_fields


@pytest.fixture(scope="module")
def otp() -> Iterator[ItnioClient]:
    with (
        prism_mock("itnio/otp.openapi.yaml") as url,
        ItnioClient("k", "s", base_url=url, max_retries=0) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def aivoice() -> Iterator[ItnioClient]:
    with (
        prism_mock("itnio/aivoice.openapi.yaml") as url,
        ItnioClient("k", "s", base_url=url, max_retries=0) as c,
    ):
        yield c


FLOWS: list[dict[str, Any]] = [
    {"name": "name", "flow": [{"waitingTime": 30, "status": 1, "channel": "sms", "channelCut": 0}]},  # seed
    {"name": "n" * 32, "flow": [{"waitingTime": 120, "status": 2, "channel": "call"}] * 3},
]


@pytest.mark.parametrize("body", FLOWS)
def test_otp_operations_conform(otp: ItnioClient, body: dict[str, Any]) -> None:
    assert otp.flows.create(**body).flow_id is not None
    assert otp.flows.update(1, **body).name
    assert isinstance(otp.flows.list(), list)
    assert otp.flows.retrieve(1).flow


TASKS: list[dict[str, Any]] = [
    task_fields(),
    task_fields(mode="AUTO", start_date_time="2022-09-16 08:00:00", end_date_time="2023-02-07 10:00:00"),
    task_fields(
        inactive_time_list=[{"startTime": "12:00", "endTime": "13:00"}],
        inactive_date_list=[{"startDate": "2022-02-05", "endDate": "2022-02-07"}],
        days_of_week=["MONDAY", "TUESDAY"],
        redial=True,
        redial_condition=["CALL_LOSS", "NO_ANSWER"],
        redial_interval=1440,
        redial_times=3,
    ),
]


@pytest.mark.parametrize("fields", TASKS)
def test_aivoice_operations_conform(aivoice: ItnioClient, fields: dict[str, Any]) -> None:
    aivoice.tasks.create(**fields)
    aivoice.tasks.edit(job_id=123, **fields)
    aivoice.tasks.start(app_id="LILIN888", job_id=123)
    page = aivoice.tasks.list(app_id="LILIN888", name="name8", current=1, size=1)
    assert page.records and page.records[0].job_id == 20  # the seed's example record


def test_otp_application_template_and_verification_operations_conform(otp: ItnioClient) -> None:
    limit = {"enabled": True, "unit": 3, "period": 90, "limit": 10_000_000_000}
    app = otp.apps.create(name="login-app", code_expiry=60, period_total_send_limit=limit)
    assert app.app_id
    otp.apps.update("mRELxtHc", name="test_app", period_phone_send_limit={"enabled": False})
    assert otp.apps.retrieve("mRELxtHc").app_id
    template = {"name": "login", "text": "Your code: ##code##", "code_type": 4, "code_length": 10}
    otp.templates.create(app_id="mRELxtHc", language="ARB", max_duration=599, repeat_cnt=10, **template)
    otp.templates.update(455, speech_rate=0, sender_id="Shop", **template)
    assert isinstance(otp.templates.list(), list)
    otp.templates.retrieve(455)
    sent = otp.verifications.send(app_id="mRELxtHc", template_id=455, to="91856321412", flow_id=1)
    otp.verifications.send_rule(
        app_id="mRELxtHc", code="1", to="12345678901234", channel="call", order_id="o" * 64
    )
    otp.verifications.verify(verification_id=sent.verification_id, code="ab12CD34ef")
