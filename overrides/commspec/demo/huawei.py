"""Demo: create and update (the seed's body) an SMS template through ``MsgsmsClient`` against the mock,
with an IAM token fetched from the mock's IAM endpoint (both on ``base_url``)."""

from __future__ import annotations

from commspec.huawei import IamPasswordCredentials, MsgsmsClient
from commspec.mock import MockServer
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec

# Seed 002's body; its masked app_id and sign_id replaced by the mock's demo application and signature
# (a template must name existing ones: x-commspec.mock.settings of specs/huawei/msgsms.openapi.yaml).
SEED_UPDATE = {
    "app_id": "5e0c0000-1a6b-4ee5-9651-5bca450694b3",
    "brackets": "GB",
    "region": "cn",
    "sign_id": "6f1d0000-e866-4b30-9ca5-a476a00e8775",
    "template_content": "Test",
    "template_name": "auto_test000",
    "template_type": "NOTIFY_TYPE",
    "universal_template": 0,
}


def demo(base_url: str, server: MockServer) -> None:
    argument = server.config.argument
    credentials = IamPasswordCredentials(
        *(argument(iam_spec.API, name) for name in ("user_name", "password", "domain_name"))
    )
    print("\n== Huawei Cloud MSGSMS: SMS templates (IAM token fetched from the mock's IAM)")
    with MsgsmsClient(
        argument(msgsms_spec.API, "project_id"), credentials=credentials, base_url=base_url, iam_url=base_url
    ) as client:
        created = client.templates.create(
            app_id=SEED_UPDATE["app_id"],  # type: ignore[arg-type]
            region="cn",
            template_content="Your code is ${NUM_6}",
            template_name="auto_test000_draft",
            flow_status="Pending",  # a draft: modifiable until submitted
        )
        print(f"created template {created.id} ({created.template_name})")
        updated = client.templates.update(created.id, **SEED_UPDATE)  # type: ignore[arg-type]
        print(f"updated template {updated.id} -> {updated.template_name} (seed 002 body)")
        for template in client.templates.list(limit=10):
            print(
                f"  {template.id}  {template.template_name}  {template.template_type}"
                f"  flow_status={template.flow_status}"
            )
    print(f"IAM tokens issued by the mock: {server.backend('huawei').token_fetches}")
