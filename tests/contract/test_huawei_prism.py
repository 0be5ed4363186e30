"""Prism, a tool we did not write, checks every Huawei MSGSMS request our typed client sends against the
spec, and the client's IAM password-token flow against the IAM spec: a request violation would come
back as 400 (the spec declares it, so Prism uses it instead of 422) or 401 for a missing X-Auth-Token,
and fail the call."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from commspec.huawei import IamPasswordCredentials, MsgsmsClient
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
