"""ITNIO verification codes (issue 20): applications, templates, send / send_rule / verify through the
typed client and the mock, the period limits, task flows driven by ``advance()``, and the code kept
secret while it is valid."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.itnio import AsyncItnioClient, ItnioClient
from commspec.itnio.types import VerificationVerify
from commspec.testing import VendorMock, mock_vendors
from commspec_generated.itnio_otp import spec as otp_spec
from tests.itnio.conftest import task_fields

PHONE = "8613800000000"
MATCHED = otp_spec.API.mock["matched"]


@pytest.fixture
def mock() -> Iterator[VendorMock]:
    with mock_vendors() as mock:
        yield mock


@pytest.fixture
def client(mock: VendorMock) -> Iterator[ItnioClient]:
    with ItnioClient(max_retries=0) as client:
        yield client


def app_and_template(client: ItnioClient, **template: Any) -> tuple[str, int]:
    app = client.apps.create(
        name="login-app", code_expiry=template.pop("code_expiry", 5), **template.pop("app", {})
    )
    fields = {"name": "login-code", "text": "Your code is ##code##, valid 5 minutes", **template}
    created = client.templates.create(app_id=app.app_id, **fields)
    return app.app_id, created.template_id


# -- applications and templates ------------------------------------------------------------------------
def test_applications_are_stored_per_account_with_defaults_and_unique_names(client: ItnioClient) -> None:
    app = client.apps.create(name="login-app")
    assert (app.code_expiry, len(app.app_id)) == (5, 8)  # the documented default; an id like "mRELxtHc"
    assert app.create_time and client.apps.retrieve(app.app_id) == app
    with pytest.raises(errors.ConflictError) as duplicate:
        client.apps.create(name="login-app")
    assert duplicate.value.code == "-20"
    updated = client.apps.update(app.app_id, name="login-app-2", code_expiry=10)
    assert (updated.name, updated.code_expiry, updated.create_time) == ("login-app-2", 10, app.create_time)
    with pytest.raises(errors.InvalidParameterError) as unknown:
        client.apps.retrieve("nosuchapp")
    assert unknown.value.code == "-22"


def test_templates_belong_to_an_existing_application_and_take_the_documented_defaults(
    client: ItnioClient,
) -> None:
    app_id, template_id = app_and_template(client)
    template = client.templates.retrieve(template_id)
    assert (template.app_id, template.code_type, template.code_length, template.language) == (
        app_id,
        1,
        4,
        "EN",
    )
    assert (template.speech_rate, template.max_duration, template.repeat_cnt) == (50, 59, 1)
    assert client.templates.list() == [template]
    updated = client.templates.update(template_id, name="login-code", text="##code##", code_length=8)
    assert (updated.app_id, updated.code_length, updated.text) == (app_id, 8, "##code##")
    with pytest.raises(errors.InvalidParameterError) as unknown_app:
        client.templates.create(app_id="nosuchapp", name="other", text="##code##")
    assert unknown_app.value.code == "-22"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.templates.create(app_id="mRELxtHc", name="login", text="no placeholder"), "text"),
        (
            lambda c: c.templates.create(app_id="mRELxtHc", name="login", text="##code##", code_length=11),
            "codeLength",
        ),
        (
            lambda c: c.templates.create(app_id="mRELxtHc", name="login", text="##code##", code_type=5),
            "codeType",
        ),
        (lambda c: c.apps.create(name="abc"), "name"),
        (lambda c: c.apps.create(name="login", code_expiry=61), "codeExpiry"),
        (
            lambda c: c.apps.create(name="login", period_total_send_limit={"enabled": True, "unit": 1}),
            "period",
        ),
        (lambda c: c.verifications.send(app_id="mRELxtHc", template_id=1, to="+8613800000000"), "to"),
        (lambda c: c.verifications.send(app_id="mRELxtHc", template_id=1, to="123456789"), "to"),
        (
            lambda c: c.verifications.send(app_id="mRELxtHc", template_id=1, to=PHONE, channel="fax"),
            "channel",
        ),
        (lambda c: c.verifications.send_rule(app_id="mRELxtHc", code="12345678901", to=PHONE), "code"),
        (lambda c: c.verifications.verify(verification_id="1", code="123"), "code"),
    ],
)
def test_bad_arguments_are_refused_before_sending_naming_the_field(
    mock: VendorMock, client: ItnioClient, call: Any, field: str
) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        call(client)
    assert field in str(refused.value)
    assert mock.requests == []


# -- send and verify -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code_type", "pattern"),
    [(1, "[0-9]"), (2, "[A-Z]"), (3, "[0-9A-Z]"), (4, "[0-9A-F]")],
)
def test_send_delivers_a_code_of_the_templates_type_and_length_in_its_text(
    mock: VendorMock, client: ItnioClient, code_type: int, pattern: str
) -> None:
    app_id, template_id = app_and_template(client, code_type=code_type, code_length=10)
    sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE)
    assert (sent.to, sent.channel, sent.sna_url) == (PHONE, "sms", None)
    assert re.fullmatch(r"[0-9]{20}", sent.verification_id)  # like the vendor's "22206051443051000003"
    (message,) = mock.outbox(to=PHONE)
    assert (message.vendor, message.channel) == ("itnio", "sms")
    assert message.code is not None and re.fullmatch(f"{pattern}{{10}}", message.code)
    assert message.text == f"Your code is {message.code}, valid 5 minutes"


def test_verify_succeeds_once_for_the_right_code(mock: VendorMock, client: ItnioClient) -> None:
    app_id, template_id = app_and_template(client)
    sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE, channel="call")
    code = mock.outbox(to=PHONE)[-1].code
    assert code is not None and mock.outbox(to=PHONE)[-1].channel == "call"
    wrong = "0000" if code != "0000" else "1111"
    check = client.verifications.verify(verification_id=sent.verification_id, code=wrong)
    assert (check.matched, check.to, check.channel) == (MATCHED["wrong"], PHONE, "call")
    assert client.verifications.verify(verification_id=sent.verification_id, code=code).matched == 0
    assert (
        client.verifications.verify(verification_id=sent.verification_id, code=code).matched
        == MATCHED["used"]
    )
    unknown = client.verifications.verify(verification_id="22206051443051000003", code=code)
    assert (unknown.matched, unknown.to) == (MATCHED["unknown"], None)


def test_a_code_expires_after_the_applications_code_expiry_on_the_mock_clock(
    mock: VendorMock, client: ItnioClient
) -> None:
    app_id, template_id = app_and_template(client, code_expiry=2)
    sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE)
    code = mock.outbox(to=PHONE)[-1].code
    assert code is not None
    mock.advance(2 * 60)  # no sleeping: the mock's clock moves
    assert (
        client.verifications.verify(verification_id=sent.verification_id, code=code).matched
        == MATCHED["expired"]
    )


def test_send_rule_delivers_the_callers_code_with_or_without_a_template(
    mock: VendorMock, client: ItnioClient
) -> None:
    app_id, template_id = app_and_template(client)
    with_template = client.verifications.send_rule(
        app_id=app_id, template_id=template_id, code="A1b2", to=PHONE
    )
    bare = client.verifications.send_rule(app_id=app_id, code="9876", to=PHONE)
    first, second = mock.outbox(to=PHONE)
    assert (first.code, first.text) == ("A1b2", "Your code is A1b2, valid 5 minutes")
    assert (second.code, second.text) == ("9876", "9876")
    assert (
        client.verifications.verify(verification_id=with_template.verification_id, code="a1b2").matched == 2
    )
    assert (
        client.verifications.verify(verification_id=with_template.verification_id, code="A1b2").matched == 0
    )
    assert client.verifications.verify(verification_id=bare.verification_id, code="9876").matched == 0


def test_send_refuses_unknown_references_and_a_template_of_another_application(client: ItnioClient) -> None:
    app_id, template_id = app_and_template(client)
    other = client.apps.create(name="other-app").app_id
    for arguments in (
        {"app_id": "nosuchapp", "template_id": template_id},
        {"app_id": app_id, "template_id": 999},
        {"app_id": app_id, "template_id": template_id, "flow_id": 999},
        {"app_id": other, "template_id": template_id},
    ):
        with pytest.raises(errors.InvalidParameterError) as refused:
            client.verifications.send(to=PHONE, **arguments)
        assert refused.value.code == "-22"


def test_the_sna_channel_answers_a_link(mock: VendorMock, client: ItnioClient) -> None:
    app_id, template_id = app_and_template(client)
    sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE, channel="sna")
    assert sent.sna_url and sent.verification_id in sent.sna_url
    assert mock.outbox(to=PHONE)[-1].channel == "sna"


# -- period limits -------------------------------------------------------------------------------------
def test_period_limits_answer_27_and_28_until_the_period_passes(
    mock: VendorMock, client: ItnioClient
) -> None:
    per_number = {"enabled": True, "unit": 3, "period": 1, "limit": 2}  # 2 a minute to one number
    total = {"enabled": True, "unit": 2, "period": 1, "limit": 3}  # 3 an hour in all
    app_id, template_id = app_and_template(
        client, app={"period_phone_send_limit": per_number, "period_total_send_limit": total}
    )
    other = "8613900000000"

    def send(to: str) -> None:
        client.verifications.send(app_id=app_id, template_id=template_id, to=to)

    send(PHONE)
    send(PHONE)
    with pytest.raises(errors.RateLimitError) as phone_limit:
        send(PHONE)
    assert phone_limit.value.code == "-28"
    send(other)  # the third of the hour
    with pytest.raises(errors.RateLimitError) as total_limit:
        send("8613700000000")
    assert total_limit.value.code == "-27"
    mock.advance(3600)
    send(PHONE)  # a new period for both
    assert len(mock.outbox(to=PHONE)) == 3


# -- task flows ----------------------------------------------------------------------------------------
def test_a_flow_sends_the_code_again_by_its_next_channel_while_it_is_not_verified(
    mock: VendorMock, client: ItnioClient
) -> None:
    app_id, template_id = app_and_template(client)
    flow = client.flows.create(
        name="sms-then-call",
        flow=[
            {"waitingTime": 60, "status": 2, "channel": "call"},
            {"waitingTime": 30, "status": 1, "channel": "sms"},  # on send failure: never, in the mock
            {"waitingTime": 30, "status": 2, "channel": "sms", "channelCut": 1},  # keeps the last channel
            {"waitingTime": 30, "status": 2, "channel": "sms"},
        ],
    )
    sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE, flow_id=flow.flow_id)
    mock.advance(59)
    assert [m.channel for m in mock.outbox(to=PHONE)] == ["sms"]
    mock.advance(1)
    assert [m.channel for m in mock.outbox(to=PHONE)] == ["sms", "call"]
    mock.advance(60)  # the status-1 node is passed over; the channelCut-1 node keeps "call"
    messages = mock.outbox(to=PHONE)
    assert [m.channel for m in messages] == ["sms", "call", "call"]
    assert {m.code for m in messages} == {messages[0].code} and messages[2].time - messages[0].time == 120
    code = messages[0].code
    assert code is not None
    assert client.verifications.verify(verification_id=sent.verification_id, code=code).matched == 0
    mock.advance(600)  # verified: the last node does not fire
    assert len(mock.outbox(to=PHONE)) == 3


def test_an_expired_code_ends_its_flow(mock: VendorMock, client: ItnioClient) -> None:
    app_id, template_id = app_and_template(client, code_expiry=1)
    flow = client.flows.create(name="late-call", flow=[{"waitingTime": 90, "status": 2, "channel": "call"}])
    client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE, flow_id=flow.flow_id)
    mock.advance(120)
    assert [m.channel for m in mock.outbox(to=PHONE)] == ["sms"]


# -- the code is a secret ------------------------------------------------------------------------------
def test_the_code_stays_out_of_recorded_requests_reprs_and_logs(
    mock: VendorMock, client: ItnioClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="commspec")
    app_id, template_id = app_and_template(client)
    sent = client.verifications.send_rule(app_id=app_id, template_id=template_id, code="424242", to=PHONE)
    client.verifications.verify(verification_id=sent.verification_id, code="424242")
    shown = [
        repr(mock.outbox()),
        repr(VerificationVerify(verification_id=sent.verification_id, code="424242")),
        repr(mock.server.backend("itnio").verifications.sent),
        repr(mock.requests),
        str([(r.body, r.content) for r in mock.requests]),
        str(mock.state()),
        caplog.text,
    ]
    assert [text for text in shown if "424242" in text] == []
    assert mock.requests[-1].body == {"verificationId": sent.verification_id, "code": "<redacted>"}


async def test_the_async_client_sends_and_verifies(mock: VendorMock) -> None:
    async with AsyncItnioClient(max_retries=0) as client:
        app = await client.apps.create(name="login-app")
        template = await client.templates.create(app_id=app.app_id, name="login-code", text="##code##")
        sent = await client.verifications.send(app_id=app.app_id, template_id=template.template_id, to=PHONE)
        code = mock.outbox(to=PHONE)[-1].code
        assert code is not None
        check = await client.verifications.verify(verification_id=sent.verification_id, code=code)
    assert check.matched == 0


def test_served_control_api_reads_the_outbox_and_moves_the_clock() -> None:
    from commspec.testing._served import served_mock

    with served_mock() as mock, ItnioClient(base_url=mock.url, **credentials(mock)) as client:
        app_id, template_id = app_and_template(client, code_expiry=1)
        sent = client.verifications.send(app_id=app_id, template_id=template_id, to=PHONE)
        control = httpx.Client(base_url=mock.url)
        (message,) = control.get("/_mock/outbox", params={"to": PHONE}).json()["messages"]
        assert control.post("/_mock/clock", json={"advance": 61}).status_code == 200
        check = client.verifications.verify(verification_id=sent.verification_id, code=message["code"])
    assert check.matched == MATCHED["expired"]


def credentials(mock: VendorMock) -> dict[str, str]:
    env = otp_spec.API.environment
    return {"api_key": mock.environ[env["api_key"]], "api_secret": mock.environ[env["api_secret"]]}


# -- ITNIO's AUTO tasks on the same clock ----------------------------------------------------------------
def test_an_auto_task_starts_itself_when_the_mock_clock_reaches_its_start_time(
    mock: VendorMock, client: ItnioClient
) -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime.now(UTC) + timedelta(hours=2)
    fields = {**task_fields(mode="AUTO"), "start_date_time": f"{start:%Y-%m-%d %H:%M:%S}"}
    auto = client.tasks.create(**{**fields, "name": "auto-task"})
    manual = client.tasks.create(**task_fields(name="manual-task"))

    def statuses() -> dict[int, str | None]:
        return {task.job_id: task.status for task in client.tasks.list(app_id="LILIN888")}

    mock.advance(3600)
    assert statuses() == {auto: "NOT_STARTED", manual: "NOT_STARTED"}
    mock.advance(3600)
    assert statuses() == {auto: "IN_PROCESS", manual: "NOT_STARTED"}
