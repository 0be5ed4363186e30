"""A template names an existing application and signature of its project (issue 21): the engine's
``refers`` on a per-project resource, and the demo application and signature every project starts with."""

from __future__ import annotations

from typing import Any

import pytest

from commspec import errors
from commspec.huawei import MsgsmsClient
from commspec.mock.huawei import HuaweiBackend

DEMO_APP = "5e0c0000-1a6b-4ee5-9651-5bca450694b3"
DEMO_SIGNATURE = "6f1d0000-e866-4b30-9ca5-a476a00e8775"
CN: dict[str, Any] = {"region": "cn", "template_content": "Hi ${NUM_6}", "flow_status": "Pending"}


def test_every_project_starts_with_the_demo_application_and_signature(client: MsgsmsClient) -> None:
    assert [app.id for app in client.apps.list()] == [DEMO_APP]
    signature = client.signatures.retrieve(DEMO_SIGNATURE)
    assert (signature.status, signature.signature_type) == ("REVIEW_PASSED", "NOTIFY_TYPE")
    made = client.templates.create(app_id=DEMO_APP, sign_id=DEMO_SIGNATURE, template_name="t", **CN)
    assert client.templates.retrieve(made.id).sign_id == DEMO_SIGNATURE


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"app_id": "no-such-app"}, "MSGSMS.0076"),
        ({"app_id": DEMO_APP, "sign_id": "no-such-signature"}, "MSGSMS.0005"),
        ({"app_id": "no-such-app", "sign_id": "no-such-signature"}, "MSGSMS.0076"),  # the application first
    ],
)
def test_an_unknown_application_or_signature_is_not_found(
    client: MsgsmsClient, backend: HuaweiBackend, fields: dict[str, Any], code: str
) -> None:
    with pytest.raises(errors.NotFoundError) as created:
        client.templates.create(template_name="t", **CN, **fields)
    assert created.value.code == code
    draft = client.templates.create(app_id=DEMO_APP, template_name="kept", **CN)
    with pytest.raises(errors.NotFoundError) as updated:
        client.templates.update(draft.id, template_name="kept", **CN, **fields)
    assert updated.value.code == code
    # Nothing changed: the failed create stored nothing, the failed update left the draft as it was.
    assert [t.template_name for t in client.templates.list()] == ["kept"]


def test_applications_and_signatures_made_through_the_api_are_found(client: MsgsmsClient) -> None:
    app = client.apps.create(app_name="shop", region="cn")
    signature = client.signatures.create(
        app_id=app.id, signature_name="Shop", signature_type="NOTIFY_TYPE", signature_source=0
    )
    made = client.templates.create(app_id=app.id, sign_id=signature.id, template_name="t", **CN)
    assert client.templates.retrieve(made.id).sign_id == signature.id
    with pytest.raises(errors.NotFoundError) as info:
        client.signatures.create(
            app_id="no-such-app", signature_name="X", signature_type="NOTIFY_TYPE", signature_source=0
        )
    assert info.value.code == "MSGSMS.0076"


def test_an_application_of_another_project_is_unknown(client: MsgsmsClient, backend: HuaweiBackend) -> None:
    """The referred partition is the call's own project (its path's project_id), not any project."""
    backend.partition("apps", "another-project")["app-elsewhere"] = {"id": "app-elsewhere", "app_name": "x"}
    with pytest.raises(errors.NotFoundError) as info:
        client.templates.create(app_id="app-elsewhere", template_name="t", **CN)
    assert info.value.code == "MSGSMS.0076"
