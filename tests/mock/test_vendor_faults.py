"""Injected faults speak the vendor (issue 17): a "status" fault answers the vendor's own error body for
that status, so the client raises the vendor's typed error with the vendor's code; and vendor-error
faults (issue 19): ``add_fault(operation, vendor_code=...)`` answers the vendor's documented error for a
code the operation documents (status, body, format), and is refused for any other code."""

from __future__ import annotations

import json
from typing import Any

import pytest

from commspec import errors
from commspec.huawei import MsgsmsClient
from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile
from commspec.itnio import ItnioClient
from commspec.mock import Fault, MockServer
from commspec.mock._faults import FaultError
from commspec.testing import mock_vendors
from tests.mock.wire import JSON, LIST_FLOWS, TEMPLATES, asgi, huawei_token, iovox_headers, itnio_headers

FLOW: list[dict[str, Any]] = [{"waitingTime": 60, "status": 2, "channel": "call"}]


def flow(name: str) -> CallFlow:
    rule = Play(id="play_1", label="Welcome", sound_file=[SoundFile(sound_label="Welcome")])
    return CallFlow(name=name, notes="fault test", rules=[rule])


# -- a status fault speaks the vendor's format -----------------------------------------------------------


def test_a_500_on_huawei_is_the_msgsms_error_body() -> None:
    server = MockServer()
    token = huawei_token(server)
    server.faults.add(Fault(kind="status", status=500, operation="templates_list"))
    answer = asgi(server, "GET", TEMPLATES, headers=[(b"x-auth-token", token)])
    assert answer.status == 500
    assert answer.json()["error_code"] == "MSGSMS.0001" and answer.json()["error_msg"]
    assert "x-request-id" in answer.headers


def test_a_500_on_iovox_is_the_iovox_error_element() -> None:
    server = MockServer()
    server.faults.add(Fault(kind="status", status=500, operation="call_flows_list"))
    answer = asgi(server, "GET", "/CallFlow", query=LIST_FLOWS, headers=iovox_headers())
    assert answer.status == 500
    assert b'<error status="500">Internal Server Error</error>' in answer.body
    assert b"injected fault" not in answer.body


def test_a_500_on_itnio_is_the_envelope() -> None:
    server = MockServer()
    server.faults.add(Fault(kind="status", status=500, operation="flows_list"))
    answer = asgi(server, "GET", "/otp/flow/list", headers=itnio_headers())
    assert answer.status == 500  # the injected status is kept: a gateway in front of ITNIO answers so
    assert answer.json()["status"] == "-18" and answer.json()["data"] is None


def test_a_503_on_iam_is_a_keystone_error() -> None:
    server = MockServer()
    server.faults.add(Fault(kind="status", status=503, operation="tokens_create"))
    answer = asgi(server, "POST", "/v3/auth/tokens", headers=JSON, body=b"{}")
    assert answer.status == 503 and answer.json()["error"]["code"] == 503


@pytest.mark.parametrize("status", [429, 418])
def test_a_status_without_a_vendor_code_names_the_status(status: int) -> None:
    server = MockServer()
    token = huawei_token(server)
    server.faults.add(Fault(kind="status", status=status, operation="templates_list", retry_after=2))
    answer = asgi(server, "GET", TEMPLATES, headers=[(b"x-auth-token", token)])
    assert answer.status == status and answer.headers["retry-after"] == "2"
    assert set(answer.json()) >= {"error_code", "error_msg"}  # still Huawei's shape


def test_the_huawei_client_raises_the_vendor_code_of_an_injected_500() -> None:
    with mock_vendors() as mock:
        mock.add_fault("status", "templates_list", status=500)
        with pytest.raises(errors.ServerError) as caught:
            MsgsmsClient(max_retries=0).templates.list()
    assert caught.value.code == "MSGSMS.0001" and caught.value.http_status == 500


def test_the_iovox_client_raises_the_vendor_code_of_an_injected_500() -> None:
    with mock_vendors() as mock:
        mock.add_fault("status", "call_flows_retrieve", status=500)
        with pytest.raises(errors.ServerError) as caught:
            IovoxClient(max_retries=0).call_flows.retrieve("any")
    assert caught.value.code == "Internal Server Error"


def test_the_huawei_client_reads_an_injected_403_as_the_vendors_permission_code() -> None:
    with mock_vendors() as mock:
        mock.add_fault("status", "templates_list", status=403)
        with pytest.raises(errors.PermissionDeniedError) as caught:
            MsgsmsClient(max_retries=0).templates.list()
    assert caught.value.code == "MSGSMS.0013"


# -- vendor_error faults: the documented error of one code -------------------------------------------------


def test_itnio_vendor_code_raises_the_typed_error() -> None:
    with mock_vendors() as mock:
        mock.add_fault("flows_create", vendor_code="-20")
        with pytest.raises(errors.ConflictError) as caught:
            ItnioClient().flows.create(name="login-flow", flow=FLOW)
        assert caught.value.code == "-20" and caught.value.http_status == 200  # ITNIO: always a 200
        assert ItnioClient().flows.list() == []  # the fault answered instead: nothing was created


def test_huawei_vendor_code_raises_the_typed_error_with_its_status() -> None:
    with mock_vendors() as mock:
        mock.add_fault("huawei.templates_retrieve", vendor_code="MSGSMS.0009")
        with pytest.raises(errors.NotFoundError) as caught:
            MsgsmsClient(max_retries=0).templates.retrieve("t-1")
    assert caught.value.code == "MSGSMS.0009" and caught.value.http_status == 404


def test_iovox_vendor_code_raises_the_typed_error() -> None:
    with mock_vendors() as mock:
        mock.add_fault("call_flows_create", vendor_code="CallFlow Name already exists")
        with pytest.raises(errors.ConflictError) as caught:
            IovoxClient(max_retries=0).call_flows.create(flow("taken"))
    assert caught.value.code == "CallFlow Name already exists" and caught.value.http_status == 400


def test_a_code_the_operation_does_not_document_is_refused() -> None:
    server = MockServer()
    with pytest.raises(FaultError) as caught:
        server.faults.add(Fault(kind="vendor_error", operation="flows_list", vendor_code="-20"))
    assert caught.value.field == "vendor_code" and "-22" in str(caught.value)
    assert caught.value.valid == sorted(["-1", "-2", "-16", "-18", "-22"])
    with pytest.raises(FaultError, match="vendor_code"):
        server.faults.add(Fault(kind="vendor_error", operation="flows_list", vendor_code="MSGSMS.0001"))
    assert server.faults.snapshot() == []


def test_vendor_error_needs_an_operation_and_vendor_code_needs_that_kind() -> None:
    server = MockServer()
    with pytest.raises(FaultError) as no_operation:
        server.faults.add(Fault(kind="vendor_error", vendor_code="-20"))
    assert no_operation.value.field == "operation"
    with pytest.raises(FaultError) as wrong_kind:
        server.faults.add(Fault(kind="status", operation="flows_create", vendor_code="-20"))
    assert wrong_kind.value.field == "vendor_code"
    with pytest.raises(FaultError) as not_text:
        server.faults.add(Fault(kind="vendor_error", operation="flows_create", vendor_code=-20))  # type: ignore[arg-type]
    assert not_text.value.field == "vendor_code"


def test_vendor_faults_over_the_control_api() -> None:
    server = MockServer()
    body = json.dumps({"operation": "flows_create", "vendor_code": "-20"}).encode()  # kind implied
    assert asgi(server, "POST", "/_mock/faults", headers=JSON, body=body).status == 201
    assert server.faults.snapshot()[0]["kind"] == "vendor_error"
    refused = asgi(
        server,
        "POST",
        "/_mock/faults",
        headers=JSON,
        body=json.dumps({"operation": "flows_list", "vendor_code": "-20"}).encode(),
    )
    assert refused.status == 400 and refused.json()["field"] == "vendor_code"
    assert "-22" in refused.json()["valid"]


def test_an_operation_id_of_two_vendors_must_be_qualified_for_a_vendor_error() -> None:
    server = MockServer()
    with pytest.raises(FaultError) as caught:
        server.faults.add(
            Fault(kind="vendor_error", operation="templates_retrieve", vendor_code="MSGSMS.0009")
        )
    assert caught.value.field == "operation" and "huawei.templates_retrieve" in caught.value.valid
    server.faults.add(
        Fault(kind="vendor_error", operation="huawei.templates_retrieve", vendor_code="MSGSMS.0009")
    )
    with pytest.raises(FaultError, match="vendor_code"):  # ITNIO's templates_retrieve does not document it
        server.faults.add(
            Fault(kind="vendor_error", operation="itnio.templates_retrieve", vendor_code="MSGSMS.0009")
        )


def test_a_qualified_fault_hits_only_its_vendor() -> None:
    with mock_vendors() as mock:
        mock.add_fault("status", "huawei.templates_list", status=500)
        assert mock.server.faults.snapshot()[0]["operation"] == "huawei.templates_list"
        with pytest.raises(errors.ServerError):
            MsgsmsClient(max_retries=0).templates.list()
        assert mock.server.faults.snapshot() == []
