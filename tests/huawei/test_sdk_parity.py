"""Parity with Huawei's own client (issue 21): for the same arguments, every MSGSMS v2 operation commspec and
huaweicloudsdkmsgsms 3.1.219 share sends the same method, path, query and JSON body.

Huawei's client runs in its own virtual environment (``HUAWEI_SDK_PYTHON``, set by ``nox -s tests``):
tests/huawei/sdk_requests.py builds its requests there with the client's own ``_<method>_http_info``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from commspec import errors
from commspec.huawei import MsgsmsClient
from commspec.mock._http import load_multipart

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
WORKER = Path(__file__).with_name("sdk_requests.py")
TEMPLATE = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "region": "cn",
    "template_content": "Your code is ${NUM_6}",
    "template_name": "login_code",
    "template_type": "VERIFY_CODE_TYPE",
    "sign_id": "6f1d0000-e866-4b30-9ca5-a476a00e8775",
    "brackets": "GB",
    "universal_template": 0,
}
LICENCE_NAME = "licence.png"
LICENCE = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # every byte value, CR and LF among them
ID = "f063a294-06ab-420e-90bc-0c4dd9aed540"
SIGNATURE = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "signature_name": "ShopNotices",
    "signature_type": "NOTIFY_TYPE",
    "signature_source": 0,
    "apply_desc": "Store notices",
    "is_involved_third": "No",
}

# case -> (commspec call, Huawei's client: method, request class, path/query arguments, body class, fields)
CASES: dict[str, tuple[Callable[[MsgsmsClient], Any], dict[str, Any]]] = {
    "templates_create": (
        lambda c: c.templates.create(**TEMPLATE),  # type: ignore[arg-type]
        {
            "operation": "create_template",
            "request": "CreateTemplateRequest",
            "body": "SmsTemplateReq",
            "fields": TEMPLATE,
        },
    ),
    "templates_update": (
        lambda c: c.templates.update(ID, **TEMPLATE),  # type: ignore[arg-type]
        {
            "operation": "update_template",
            "request": "UpdateTemplateRequest",
            "path": {"id": ID},
            "body": "SmsTemplateReq",
            "fields": TEMPLATE,
        },
    ),
    "templates_list": (
        lambda c: (
            c.templates.list(limit=20, offset=40, region="intl", sort_dir="desc", template_name="otp").records
        ),
        {
            "operation": "list_template_details",
            "request": "ListTemplateDetailsRequest",
            "query": {
                "limit": 20,
                "offset": 40,
                "region": "intl",
                "sort_dir": "desc",
                "template_name": "otp",
            },
        },
    ),
    "templates_retrieve": (
        lambda c: c.templates.retrieve(ID),
        {"operation": "show_template", "request": "ShowTemplateRequest", "path": {"id": ID}},
    ),
    "templates_delete": (
        lambda c: c.templates.delete(ID),
        {"operation": "delete_template", "request": "DeleteTemplateRequest", "path": {"id": ID}},
    ),
    "apps_create": (
        lambda c: c.apps.create(
            app_name="shop", region="cn", create_sign_and_template=True, show_secret=False
        ),
        {
            "operation": "create_app",
            "request": "CreateAppRequest",
            "body": "SmsAppAddReq",
            "fields": {
                "app_name": "shop",
                "region": "cn",
                "create_sign_and_template": True,
                "show_secret": False,
            },
        },
    ),
    "apps_list": (
        lambda c: c.apps.list(app_name="shop", limit=10, offset=0, region="cn", status="LAUNCHED").records,
        {
            "operation": "list_app_details",
            "request": "ListAppDetailsRequest",
            "query": {"app_name": "shop", "limit": 10, "offset": 0, "region": "cn", "status": "LAUNCHED"},
        },
    ),
    "apps_retrieve": (
        lambda c: c.apps.retrieve(ID),
        {"operation": "show_app", "request": "ShowAppRequest", "path": {"id": ID}},
    ),
    "apps_update": (
        lambda c: c.apps.update(ID, app_name="shop2", up_link_addr="https://shop.example/uplink"),
        {
            "operation": "update_app",
            "request": "UpdateAppRequest",
            "path": {"id": ID},
            "body": "SmsAppUpdateReq",
            "fields": {"app_name": "shop2", "up_link_addr": "https://shop.example/uplink"},
        },
    ),
    "apps_count": (
        lambda c: c.apps.count(region="intl"),
        {"operation": "show_app_count", "request": "ShowAppCountRequest", "query": {"region": "intl"}},
    ),
    "templates_variables": (
        lambda c: c.templates.variables(ID),
        {
            "operation": "list_template_varilable_details",
            "request": "ListTemplateVarilableDetailsRequest",
            "path": {"id": ID},
        },
    ),
    "countries_list": (
        lambda c: c.countries.list(country_name_en="Germany", country_name_zh="德国"),
        {
            "operation": "list_send_country_details",
            "request": "ListSendCountryDetailsRequest",
            "query": {"country_name_en": "Germany", "country_name_zh": "德国"},
        },
    ),
    "signatures_create": (
        lambda c: c.signatures.create(**SIGNATURE),  # type: ignore[arg-type]
        {
            "operation": "create_signature",
            "request": "CreateSignatureRequest",
            "body": "SmsSignatureReq",
            "fields": SIGNATURE,
        },
    ),
    "signatures_list": (
        lambda c: c.signatures.list(limit=5, signature_type="NOTIFY_TYPE", status="REVIEW_NOT_PASS").records,
        {
            "operation": "list_signature_details",
            "request": "ListSignatureDetailsRequest",
            "query": {"limit": 5, "signature_type": "NOTIFY_TYPE", "status": "REVIEW_NOT_PASS"},
        },
    ),
    "signatures_retrieve": (
        lambda c: c.signatures.retrieve(ID),
        {"operation": "show_signature", "request": "ShowSignatureRequest", "path": {"id": ID}},
    ),
    "signatures_update": (
        lambda c: c.signatures.update(ID, **SIGNATURE),  # type: ignore[arg-type]
        {
            "operation": "update_signature",
            "request": "UpdateSignatureRequest",
            "path": {"id": ID},
            "body": "SmsSignatureReq",
            "fields": SIGNATURE,
        },
    ),
    "signatures_delete": (
        lambda c: c.signatures.delete(ID),
        {"operation": "delete_signature", "request": "DeleteSignatureRequest", "path": {"id": ID}},
    ),
    "signatures_activate": (
        lambda c: c.signatures.activate(ID),
        {"operation": "enable_signature", "request": "EnableSignatureRequest", "path": {"id": ID}},
    ),
    # The multipart upload: Huawei's client sends a FormFile of an opened file (its base name).
    "signatures_upload_file": (
        lambda c: c.signatures.upload_file(file=(LICENCE_NAME, LICENCE), file_desc="business licence"),
        {
            "operation": "upload_signature_file",
            "request": "UploadSignatureFileRequest",
            "query": {"file_desc": "business licence"},
            "body": "UploadSignatureFileRequestBody",
            "files": {"file": {"name": LICENCE_NAME, "base64": base64.b64encode(LICENCE).decode()}},
        },
    ),
    "signatures_retrieve_file": (
        lambda c: c.signatures.retrieve_file(file_id=ID),
        {"operation": "show_signature_file", "request": "ShowSignatureFileRequest", "query": {"file_id": ID}},
    ),
}


def commspec_request(call: Callable[[MsgsmsClient], Any]) -> dict[str, Any]:
    """What commspec sends for ``call`` (answered 599 by a transport: nothing leaves the process)."""
    seen: list[httpx.Request] = []

    def keep(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    http = httpx.Client(transport=httpx.MockTransport(keep))
    client = MsgsmsClient(
        PROJECT, token="pre-issued", base_url="http://msgsms.test", http_client=http, max_retries=0
    )
    with contextlib.suppress(errors.APIError):
        call(client)
    [request] = seen
    return {
        "method": request.method,
        "path": request.url.raw_path.decode().split("?")[0],
        "query": dict(request.url.params),
        "body": wire_body(request.headers.get("content-type", ""), request.content),
    }


def wire_body(content_type: str, content: bytes) -> Any:
    """A JSON body decoded; a multipart body as its parts: (field, file name, base64 of the bytes)."""
    if content_type.startswith("multipart/form-data"):
        parts = load_multipart(content_type, content)
        return {"parts": [[p.name, p.filename, base64.b64encode(p.content).decode()] for p in parts]}
    return json.loads(content) if content else None


@pytest.fixture(scope="module")
def sdk_requests() -> dict[str, Any]:
    python = os.environ.get("HUAWEI_SDK_PYTHON")
    if not python:
        pytest.fail(
            "HUAWEI_SDK_PYTHON is unset: run through `nox -s tests` (it installs huaweicloudsdkmsgsms in a "
            "virtual environment of its own), or point it at a Python that has the SDK",
            pytrace=False,
        )
    cases = {name: sdk for name, (_, sdk) in CASES.items()}
    done = subprocess.run(
        [python, str(WORKER), PROJECT],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found: dict[str, Any] = json.loads(done.stdout)
    for sent in found.values():  # Huawei's multipart body, as bytes and Content-Type: its parts
        if isinstance(sent["body"], dict) and "multipart" in sent["body"]:
            raw = sent["body"]["multipart"]
            sent["body"] = wire_body(raw["content_type"], base64.b64decode(raw["base64"]))
    return found


def test_every_shared_operation_has_a_parity_case() -> None:
    from commspec_generated.huawei_msgsms import spec

    # Every MSGSMS v2 operation commspec has is one Huawei's client has too: each must be compared.
    assert set(spec.OPERATIONS) == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_commspec_sends_what_huaweis_client_sends(case: str, sdk_requests: dict[str, Any]) -> None:
    assert commspec_request(CASES[case][0]) == sdk_requests[case]
