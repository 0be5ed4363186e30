"""The example application's tests: the commspec pytest plugin (installed with commspec) and
``mock_vendors()``; no vendor is contacted and no credential is needed."""

from __future__ import annotations

import os

import httpx
from notifications import (
    create_shared_flow,
    publish_welcome_call_flow,
    register_code_template,
    rename_flow_by_name,
    set_up_login_fallback,
    template_names,
)

from commspec.itnio import FlowWrite
from commspec.testing import VendorMock, current_mock, mock_vendors


def test_login_fallback_calls_then_texts(commspec_mock: VendorMock) -> None:
    flow_id = set_up_login_fallback("login-fallback")
    [sent] = commspec_mock.requests
    assert sent.operation == "flows_create"
    assert [node["channel"] for node in sent.body["flow"]] == ["call", "sms"]
    assert str(flow_id) in str(commspec_mock.state()["itnio"])


def test_the_module_level_client_with_its_own_credentials_reaches_the_mock(commspec_mock: VendorMock) -> None:
    # notifications.shared_itnio was built at import, with the app's credentials and production URLs.
    flow_id = create_shared_flow("login-main")
    rename_flow_by_name("login-main", "login-primary")
    (update,) = commspec_mock.calls("flows_update", FlowWrite)  # its body typed as the request model
    assert update.body is not None and update.body.name == "login-primary"
    assert str(flow_id) in update.request.path
    assert [r.operation for r in commspec_mock.requests] == ["flows_create", "flows_list", "flows_update"]


def test_template_is_registered_as_a_pending_draft(commspec_mock: VendorMock) -> None:
    template_id = register_code_template("Your code is ${NUM_6}")
    assert template_id is not None
    assert [r.operation for r in commspec_mock.requests] == ["tokens_create", "templates_create"]
    assert commspec_mock.requests[-1].body["flow_status"] == "Pending"


def test_huawei_outage_is_survived(commspec_mock: VendorMock) -> None:
    commspec_mock.add_fault("status", "templates_create", status=500)
    assert register_code_template("Your code is ${NUM_6}") is None


async def test_template_names_async(commspec_mock: VendorMock) -> None:
    register_code_template("Your code is ${NUM_6}")
    assert await template_names() == ["login_code"]


@mock_vendors()
def test_call_flow_with_the_decorator() -> None:
    publish_welcome_call_flow("Welcome")
    [sent] = current_mock().requests
    assert sent.vendor == "iovox"
    assert 'name="Welcome"' in sent.body  # the XML document as sent


def test_against_the_served_mock(commspec_mock_server: VendorMock) -> None:
    set_up_login_fallback("login-fallback")  # real HTTP to 127.0.0.1, from the environment variables
    state = httpx.get(f"{os.environ['ITNIO_BASE_URL']}/_mock/state").json()  # as any other language would
    assert len(state["itnio"]["flows"]) == 1
