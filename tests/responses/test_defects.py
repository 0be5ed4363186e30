"""Answers that broke a client call with a bare Python exception, or that it returned as if valid.

Each case was reproduced on the code before this change (the exception it raised is named in the test);
whatever a server sends, a call now returns a value or raises a commspec error that names the operation
and, for spec violations, the field.
"""

from __future__ import annotations

import httpx
import pytest

from commspec import errors
from commspec.iovox import CallFlow, Play, SoundFile
from tests.responses.clients import answering, huawei_with, iovox_with, itnio_with

DEEP = "[" * 100_000 + "]" * 100_000
TEMPLATE_ID = "c3f641aa-4e87-4a70-b84d-a2d685599072"


def update_template(answer_status: int, body: str) -> object:
    client = huawei_with(answering(answer_status, body))
    return client.templates.update(
        TEMPLATE_ID, app_id="app", region="cn", template_name="auto_test000", template_content="Test"
    )


# -- 100,000-deep JSON: RecursionError before ------------------------------------------------------


def test_deep_json_itnio_is_a_format_error() -> None:
    with pytest.raises(errors.ResponseFormatError, match="nest"):
        itnio_with(answering(200, DEEP)).flows.retrieve(1)


def test_deep_json_huawei_success_is_a_format_error() -> None:
    with pytest.raises(errors.ResponseFormatError, match="nest"):
        huawei_with(answering(200, DEEP)).templates.retrieve(TEMPLATE_ID)


def test_deep_json_huawei_error_body_falls_back_on_the_http_status() -> None:
    with pytest.raises(errors.NotFoundError) as info:
        huawei_with(answering(404, DEEP)).templates.retrieve(TEMPLATE_ID)
    assert info.value.code == "404"
    assert info.value.body is None


def test_deep_json_itnio_in_data_is_a_format_error() -> None:
    body = '{"status":"0","reason":"success","data":' + DEEP + "}"
    with pytest.raises(errors.ResponseFormatError, match="nest"):
        itnio_with(answering(200, body)).flows.list()


# -- missing or mistyped fields: KeyError / TypeError before -----------------------------------------


def test_itnio_success_without_reason_or_data_names_the_fields() -> None:
    with pytest.raises(errors.ResponseFormatError) as info:  # KeyError('reason') before
        itnio_with(answering(200, '{"status":"0"}')).flows.retrieve(1)
    assert info.value.operation == "itnio.flows_retrieve"
    assert {e.path for e in info.value.errors} == {"reason", "data"}
    assert "itnio.flows_retrieve" in str(info.value) and "data" in str(info.value)


@pytest.mark.parametrize("body", ["[1, 2]", "[]"])
def test_huawei_list_body_is_a_format_error(body: str) -> None:
    # Before: TypeError for [1, 2]; [] was returned as an empty Template.
    with pytest.raises(errors.ResponseFormatError) as info:
        huawei_with(answering(200, body)).templates.retrieve(TEMPLATE_ID)
    assert info.value.operation == "huawei.templates_retrieve"
    assert [e.path for e in info.value.errors] == ["(body)"]


def test_huawei_update_without_template_name_names_it() -> None:
    with pytest.raises(errors.ResponseFormatError) as info:  # KeyError('template_name') before
        update_template(200, f'{{"id": "{TEMPLATE_ID}"}}')
    assert info.value.operation == "huawei.templates_update"
    assert [(e.path, e.rule) for e in info.value.errors] == [("template_name", "required")]


def test_itnio_task_page_without_records_names_it() -> None:
    body = '{"status":"0","reason":"success","data":{"total":1,"size":20,"current":1,"pages":1}}'
    with pytest.raises(errors.ResponseFormatError) as info:  # TypeError before
        itnio_with(answering(200, body)).tasks.list(app_id="LILIN888")
    assert info.value.operation == "itnio.tasks_list"
    assert [e.path for e in info.value.errors] == ["data.records"]


def test_iovox_list_without_total_results_names_it() -> None:
    body = '{"response":{"current_page":1,"total_pages":1,"results":[]}}'
    with pytest.raises(errors.ResponseFormatError) as info:  # KeyError('total_results') before
        iovox_with(answering(200, body)).call_flows.list()
    assert info.value.operation == "iovox.call_flows_list"
    assert [e.path for e in info.value.errors] == ["response.total_results"]


# -- spec violations that were returned as if valid --------------------------------------------------


def test_huawei_mistyped_fields_are_refused_not_returned() -> None:
    # Before: a TemplateRef with id=12 and template_name=[1, 2] was returned.
    with pytest.raises(errors.ResponseFormatError) as info:
        update_template(200, '{"id": 12, "template_name": [1, 2]}')
    assert {e.path for e in info.value.errors} == {"id", "template_name"}
    assert "huawei.templates_update" in str(info.value)


def test_itnio_wrong_type_deep_inside_is_named_with_its_path() -> None:
    body = (
        '{"status":"0","reason":"success","data":{"flowId":7,"name":"flow",'
        '"flow":[{"waitingTime":30,"status":1,"channel":"sms"},{"waitingTime":"soon","status":1,"channel":"sms"}]}}'
    )
    with pytest.raises(errors.ResponseFormatError) as info:
        itnio_with(answering(200, body)).flows.retrieve(7)
    assert [e.path for e in info.value.errors] == ["data.flow[1].waitingTime"]


def test_numeric_string_for_an_int_is_accepted_and_returned_as_an_int() -> None:
    # Lax on purpose (Postel): ITNIO's own pages mix "0" and 0 for integer fields. Before, the string
    # "12" came back in a field typed int.
    body = '{"status":"0","reason":"success","data":{"flowId":"12","name":"flow","flow":[]}}'
    flow = itnio_with(answering(200, body)).flows.retrieve(12)
    assert flow.flow_id == 12
    assert type(flow.flow_id) is int


# -- drift that is tolerated: extra fields and attributes --------------------------------------------


def test_extra_json_fields_are_kept_at_every_level() -> None:
    body = (
        '{"status":"0","reason":"success","traceId":"t-1","data":{"flowId":7,"name":"flow","owner":"ops",'
        '"flow":[{"waitingTime":30,"status":1,"channel":"sms","priority":2}]}}'
    )
    flow = itnio_with(answering(200, body)).flows.retrieve(7)
    assert flow.model_extra == {"owner": "ops"}
    assert flow.flow[0].model_extra == {"priority": 2}
    assert flow.flow[0].priority == 2  # pydantic: a kept field reads as an attribute too


def test_extra_xml_attributes_are_tolerated_and_kept() -> None:
    # Before: ResponseFormatError("XML does not match <response>: Unknown attribute ...").
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<response generated="2024-05-02">'
        b'<callFlow name="Sales" notes="n" revision="4">'
        b'<play id="play_1" label="Welcome" voice="en-GB"><soundFile soundLabel="Hi"/></play>'
        b"</callFlow></response>"
    )
    flow = iovox_with(answering(200, body, "application/xml")).call_flows.retrieve("Sales")
    assert isinstance(flow, CallFlow)
    assert flow.name == "Sales"
    assert flow.any_attributes == {"revision": "4"}
    assert flow.rules[0].any_attributes == {"voice": "en-GB"}


def test_kept_xml_attributes_are_not_sent_back() -> None:
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(204)

    flow = CallFlow(name="Sales", rules=[Play(id="p", label="l", sound_file=[SoundFile(sound_label="Hi")])])
    flow.any_attributes["revision"] = "4"
    iovox_with(answer).call_flows.update(flow)
    assert b"revision" not in sent[0]


def test_iovox_missing_required_attribute_names_its_path() -> None:
    body = (
        b'<response><callFlow name="Sales"><play label="Welcome"><soundFile soundLabel="Hi"/></play>'
        b"</callFlow></response>"
    )
    with pytest.raises(errors.ResponseFormatError) as info:
        iovox_with(answering(200, body, "application/xml")).call_flows.retrieve("Sales")
    assert info.value.operation == "iovox.call_flows_retrieve"
    assert [e.path for e in info.value.errors] == ["response/callFlow/play[1]@id"]


def test_documented_type_drift_is_read_as_the_declared_type() -> None:
    # ITNIO's taskList table types isDialogFlowUnbind as String, its wire example as boolean (Q5).
    body = (
        '{"status":"0","reason":"success","data":{"records":[{"jobId":"20","name":"name8",'
        '"isDialogFlowUnbind":"false","robotCount":"1"}],"total":1,"size":25,"current":1,"pages":1}}'
    )
    [task] = itnio_with(answering(200, body)).tasks.list(app_id="LILIN888").records
    assert (task.job_id, task.is_dialog_flow_unbind, task.robot_count) == (20, False, 1)


def test_nan_is_not_json() -> None:
    # Before: json.loads accepted NaN and a TaskFlow came back with flow_id=nan (a float in an int field).
    body = '{"status":"0","reason":"success","data":{"flowId":NaN,"name":"n","flow":[]}}'
    with pytest.raises(errors.ResponseFormatError, match="NaN"):
        itnio_with(answering(200, body)).flows.retrieve(1)


def test_huawei_error_body_under_200_is_the_error_it_reports() -> None:
    # Before: an empty Template (every field None) was returned.
    body = '{"error_code": "MSGSMS.0009", "error_msg": "Template does not exist."}'
    with pytest.raises(errors.NotFoundError) as info:
        huawei_with(answering(200, body)).templates.retrieve(TEMPLATE_ID)
    assert (info.value.code, info.value.http_status) == ("MSGSMS.0009", 200)


def test_fields_a_vendor_added_are_not_sent_back() -> None:
    sent: list[bytes] = []
    flow_body = (
        '{"status":"0","reason":"success","data":{"flowId":7,"name":"flow",'
        '"flow":[{"waitingTime":30,"status":1,"channel":"sms","priority":2}]}}'
    )

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, content=flow_body.encode(), headers={"Content-Type": "application/json"})

    itnio = itnio_with(answer)
    flow = itnio.flows.retrieve(7)
    assert flow.flow[0].model_extra == {"priority": 2}
    itnio.flows.update(7, name="renamed", flow=flow.flow)  # the round trip passes pre-flight
    assert b"priority" not in sent[-1]
