"""Prism, a tool we did not write, checks every Huawei MSGSMS request our typed client sends against the
spec, and the client's IAM password-token flow against the IAM spec: a request violation would come
back as 400 (the spec declares it, so Prism uses it instead of 422) or 401 for a missing X-Auth-Token,
and fail the call. The same for the applications, signatures, template variables, countries and count
(issue 21), and for the JSON send of the SMS API (batchSendDiffSms), whose X-WSSE digest Prism cannot
check: it checks the body and that the headers are there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from commspec.huawei import IamPasswordCredentials, MsgsmsClient, SmsClient
from tests.contract.prism import prism_mock
from tests.huawei.conftest import SEED_BODY

PROJECT = "0123456789abcdef0123456789abcdef"
CREDENTIALS = IamPasswordCredentials(user_name="user", password="pw-for-prism", domain_name="domain")


@pytest.fixture(scope="module")
def msgsms() -> Iterator[MsgsmsClient]:
    with (
        prism_mock("huawei/iam.openapi.yaml") as iam_url,
        prism_mock("huawei/msgsms.openapi.yaml") as api_url,
        MsgsmsClient(
            PROJECT, credentials=CREDENTIALS, base_url=api_url, iam_url=iam_url, max_retries=0
        ) as client,
    ):
        yield client


BODIES: list[dict[str, Any]] = [
    SEED_BODY,
    {**SEED_BODY, "brackets": "CN", "template_type": "VERIFY_CODE_TYPE", "universal_template": 1},
    {
        "app_id": "app-1",
        "region": "intl",
        "send_country": [1, 86],
        "template_content": "Your code is ${NUM_6}",
        "template_name": "intl_notify",
        "template_type": "NOTIFY_TYPE",
        "template_desc": "international",
        "flow_status": "Pending",
    },
    {
        "app_id": "app-1",
        "region": "cn",
        "sign_id": "sign-1",
        "template_content": "Hi ${TXT_1}, ${NUM_2}",
        "template_name": "with_variables",
        "flow_status": "Reviewing",
        "variable_attributes": [
            {"variable_index": 1, "variable_type": "TEXT", "variable_desc": "name"},
            {"variable_index": 2, "variable_type": "CHARDIGIT"},
        ],
    },
]


@pytest.mark.parametrize("body", BODIES)
def test_msgsms_operations_conform(msgsms: MsgsmsClient, body: dict[str, Any]) -> None:
    created = msgsms.templates.create(**body)
    assert created.id and created.template_name
    updated = msgsms.templates.update(created.id, **body)
    assert updated.id
    assert msgsms.templates.retrieve(created.id).id is not None
    msgsms.templates.delete(created.id)


def test_msgsms_list_with_filters_conforms(msgsms: MsgsmsClient) -> None:
    page = msgsms.templates.list(
        region="cn",
        template_type="PROMOTION_TYPE",
        flow_status="Adopted",
        sort_dir="desc",
        sort_key="create_time",
        limit=5,
        offset=0,
        template_name="auto_test000",
    )
    assert page.total is not None


def test_password_token_flow_ran_against_prism(msgsms: MsgsmsClient) -> None:
    msgsms.templates.list()
    assert msgsms.auth._cache.generation >= 1  # a token was fetched from the IAM Prism (X-Subject-Token)


def test_prism_does_report_violations(msgsms: MsgsmsClient) -> None:
    """The checks above can fail: Prism answers a bad request with 401, or with the spec's declared 400
    (instead of its default 422) for a body violation, and the client would raise."""
    url = f"{msgsms.base_url}/v2/{PROJECT}/msgsms/templates"
    body = {**SEED_BODY, "region": "moon"}
    assert httpx.post(url, json=SEED_BODY).status_code == 401  # no X-Auth-Token
    assert httpx.post(url, json=body, headers={"X-Auth-Token": "t"}).status_code == 400


# -- applications, signatures, template variables, countries, count (issue 21) ------------------------
APP_ID = "5e0c0000-1a6b-4ee5-9651-5bca450694b3"
SIGNATURE = {"app_id": APP_ID, "signature_name": "ShopNotices", "signature_type": "NOTIFY_TYPE"}


def test_msgsms_application_operations_conform(msgsms: MsgsmsClient) -> None:
    created = msgsms.apps.create(app_name="shop", region="intl", show_secret=True)
    assert created.id
    msgsms.apps.update(created.id, app_name="shop2", up_link_addr="https://shop.example/uplink")
    assert msgsms.apps.retrieve(created.id).id is not None
    assert (
        msgsms.apps.list(app_name="shop", region="intl", status="LAUNCHED", limit=5, offset=0).total
        is not None
    )
    assert msgsms.apps.count(region="cn").total is not None


def test_msgsms_signature_operations_conform(msgsms: MsgsmsClient) -> None:
    created = msgsms.signatures.create(**SIGNATURE, signature_source=0, is_involved_third="No")
    assert created.id
    msgsms.signatures.update(created.id, **SIGNATURE, signature_source=1, apply_desc="website")
    assert msgsms.signatures.retrieve(created.id).id is not None
    page = msgsms.signatures.list(signature_type="NOTIFY_TYPE", status="REVIEW_NOT_PASS", limit=5, offset=0)
    assert page.total is not None
    msgsms.signatures.activate(created.id)
    msgsms.signatures.delete(created.id)


def test_msgsms_template_variables_and_countries_conform(msgsms: MsgsmsClient) -> None:
    assert msgsms.templates.variables("5f2d0000-1a6b-4ee5-9651-5bca450694b3").total is not None
    assert isinstance(msgsms.countries.list(country_name_en="Germany", country_name_zh="德国"), list)


def test_the_json_send_conforms() -> None:
    """batchSendDiffSms: Prism checks the JSON body and that the X-WSSE and Authorization headers are
    there (it cannot check the digest; the mock does, tests/huawei/test_sms_send.py)."""
    with (
        prism_mock("huawei/sms.openapi.yaml") as url,
        SmsClient(app_key="app-key-prism", app_secret="app-secret-prism", base_url=url, max_retries=0) as sms,
    ):
        answer = sms.messages.send_diff(
            sender="isms0000000182",
            sms_content=[
                {"to": ["+8613800000000"], "templateId": "t-1", "templateParas": ["424242"]},
                {"to": ["+8613800000001", "+8613800000002"], "templateId": "t-2", "signature": "Shop"},
            ],
            status_callback="https://shop.example/hooks/sms",
            extend="order-42",
        )
        assert answer.result
        # The checks can fail: no X-WSSE is 401, an empty smsContent (minItems 1) with the headers is 400.
        empty = {"from": "isms0000000182", "smsContent": []}
        assert httpx.post(f"{url}/sms/batchSendDiffSms/v1", json=empty).status_code == 401
        wsse = {"Authorization": 'WSSE realm="SDP",profile="UsernameToken",type="Appkey"', "X-WSSE": "x"}
        assert httpx.post(f"{url}/sms/batchSendDiffSms/v1", json=empty, headers=wsse).status_code == 400
