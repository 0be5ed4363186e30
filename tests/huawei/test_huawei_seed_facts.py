"""Huawei's mock matches seed 002 (Modifying an SMS Template) where the audit of issue 17 found it did not,
and reasons where it keeps a stricter rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from commspec.huawei import MsgsmsClient
from commspec.mock import MockServer
from commspec.mock.huawei import HuaweiBackend
from tests.huawei.conftest import SEED_BODY, draft
from tests.mock.wire import PROJECT, asgi, huawei_token

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "specs/huawei/msgsms.openapi.yaml").read_text(encoding="utf-8"))


def test_renaming_an_approved_template_keeps_every_field_not_sent(
    client: MsgsmsClient, backend: HuaweiBackend
) -> None:
    """Seed 002: an approved template's name may change; the fields not sent are not reset (brackets
    GB -> CN, sign_id, template_desc, universal_template and template_type were dropped before)."""
    kept = {
        "brackets": "GB",
        "sign_id": SEED_BODY["sign_id"],
        "template_desc": "the login code",
        "universal_template": 1,
        "template_type": "VERIFY_CODE_TYPE",
    }
    template_id = draft(client, app_id=SEED_BODY["app_id"], template_content="Test", **kept)
    backend.review(client.project_id, template_id, approve=True)
    client.templates.update(
        template_id, app_id=SEED_BODY["app_id"], region="cn", template_content="Test", template_name="renamed"
    )
    renamed = client.templates.retrieve(template_id)
    assert renamed.template_name == "renamed" and renamed.flow_status == "Adopted"
    assert {name: getattr(renamed, name) for name in kept} == kept


def test_an_international_template_is_stored_as_notify_type(client: MsgsmsClient) -> None:
    """Seed 002, template_type: "For international SMSs, the value is fixed to NOTIFY_TYPE"."""
    template_id = draft(client, region="intl")
    assert client.templates.retrieve(template_id).template_type == "NOTIFY_TYPE"
    client.templates.update(
        template_id,
        app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",
        region="intl",
        template_content="Hi",
        template_name="x",
    )
    assert client.templates.retrieve(template_id).template_type == "NOTIFY_TYPE"


def raw_create(server: MockServer, body: dict[str, Any], content_type: bytes | None) -> tuple[int, Any]:
    headers = [(b"x-auth-token", huawei_token(server))]
    if content_type is not None:
        headers.append((b"content-type", content_type))
    path = f"/v2/{PROJECT}/msgsms/templates"
    answer = asgi(server, "POST", path, headers=headers, body=json.dumps(body).encode())
    return answer.status, answer.json()


BODY = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Hi",
    "template_name": "n",
}


def test_a_missing_app_id_is_a_missing_parameter_not_an_unknown_application(server: MockServer) -> None:
    body = {k: v for k, v in BODY.items() if k != "app_id"}
    status, answer = raw_create(server, body, b"application/json")
    assert (status, answer["error_code"]) == (400, "MSGSMS.0002")


@pytest.mark.parametrize("content_type", [None, b"text/plain"])
def test_a_body_without_the_mandatory_json_content_type_is_refused(
    server: MockServer, content_type: bytes | None
) -> None:
    """Seed 002 Table 2: Content-Type is mandatory, "must be set to application/json"."""
    assert raw_create(server, BODY, b"application/json; charset=utf-8")[0] == 200
    status, answer = raw_create(server, {**BODY, "template_name": "m"}, content_type)
    assert (status, answer["error_code"]) == (400, "MSGSMS.0002")


def test_the_stricter_brackets_refusal_is_reasoned_against_the_seed() -> None:
    """Seed 002 processes an unknown bracket type as CN; client and mock refuse it, and say why."""
    note = SPEC["components"]["schemas"]["TemplateRequest"]["properties"]["brackets"]["x-commspec-note"]
    assert "processed as CN" in note and "client and mock alike" in note
