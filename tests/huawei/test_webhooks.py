"""Callbacks declared as OpenAPI 3.1 webhooks (issue 21): typed parse functions that return the event or
raise a commspec error, whatever the body (size, depth, encoding, media type, fields)."""

from __future__ import annotations

import json

import pytest

from commspec import errors
from commspec.huawei.webhooks import parse_batch_status_report, parse_status_report
from commspec.itnio.webhooks import parse_call_record
from commspec_generated.huawei_sms import spec as sms_spec

FORM = "application/x-www-form-urlencoded"
# The example of sms_05_0051, as the platform posts it.
DOC_REPORT = (
    "sequence=1&total=1&orgCode=000&updateTime=2018-04-13T06%3A31%3A46Z&source=2"
    "&smsMsgId=b9d9b4fe-ad0e-4a2a-a2c7-445505b674ac_6&status=DELIVRD"
)


def test_every_webhook_of_the_specs_has_a_parse_function() -> None:
    assert set(sms_spec.WEBHOOKS) == {"status_report", "batch_status_report"}


def test_the_documented_status_report_parses_to_its_model() -> None:
    report = parse_status_report(DOC_REPORT.encode(), "application/x-www-form-urlencoded; charset=UTF-8")
    assert (report.sms_msg_id, report.status, report.update_time) == (
        "b9d9b4fe-ad0e-4a2a-a2c7-445505b674ac_6",
        "DELIVRD",
        "2018-04-13T06:31:46Z",
    )
    assert parse_status_report(DOC_REPORT + "&newField=x", FORM).model_extra == {"newField": "x"}


def test_a_batch_of_reports_parses_and_is_capped_at_50() -> None:
    one = {"smsMsgId": "m1", "status": "UNDELIV", "total": "1", "sequence": "1"}
    batch = parse_batch_status_report(json.dumps({"statusReportList": [one]}), "application/json")
    assert [r.status for r in batch.status_report_list] == ["UNDELIV"]
    with pytest.raises(errors.WebhookPayloadError, match="statusReportList"):
        parse_batch_status_report(json.dumps({"statusReportList": [one] * 51}), "application/json")


def test_a_call_record_parses() -> None:
    record = parse_call_record(
        json.dumps(
            {"callId": "c1", "resultStatus": "ANSWERED", "callDetailList": [{"text": "Hi", "type": "ROBOT"}]}
        ),
        "application/json",
    )
    assert record.call_id == "c1" and record.call_detail_list is not None
    assert record.call_detail_list[0].text == "Hi"


@pytest.mark.parametrize(
    ("body", "content_type", "rule"),
    [
        (DOC_REPORT, "application/json", "content_type"),
        (DOC_REPORT, None, "content_type"),
        ("smsMsgId=m1", FORM, "required"),
        ("smsMsgId=m1&status=DELIVRD&status=UNDELIV", FORM, "repeated"),
        (b"smsMsgId=\xff&status=DELIVRD", FORM, "encoding"),
        ("a" * (1024 * 1024 + 1), FORM, "too_large"),
        ("smsMsgId=" + "x" * 51 + "&status=DELIVRD", FORM, "string_too_long"),
    ],
)
def test_a_hostile_status_report_is_refused_naming_the_rule(
    body: str | bytes, content_type: str | None, rule: str
) -> None:
    with pytest.raises(errors.WebhookPayloadError) as raised:
        parse_status_report(body, content_type)
    assert rule in {error.rule for error in raised.value.errors}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("[" * 100_000 + "]" * 100_000, "depth"),
        ('{"statusReportList": NaN}', "json"),
        ("<html>502</html>", "json"),
        ("[]", "model_type"),
        ('{"statusReportList": [{"smsMsgId": 7, "status": "DELIVRD"}]}', "string_type"),
    ],
)
def test_a_hostile_json_push_is_refused(body: str, rule: str) -> None:
    with pytest.raises(errors.WebhookPayloadError) as raised:
        parse_batch_status_report(body, "application/json")
    assert rule in {error.rule for error in raised.value.errors}


def test_a_body_that_is_not_text_is_refused() -> None:
    with pytest.raises(errors.WebhookPayloadError):
        parse_status_report(42, FORM)  # type: ignore[arg-type]
