"""Huawei's official SDK (``huaweicloudsdkmsgsms``) doing templates.update against the mock.

Runs in the SDK's own virtual environment (``nox -s bench`` makes it), not in commspec's: it imports
nothing from this project. A persistent worker so that its rounds interleave with commspec's: it reads
``<calls>`` lines on stdin and answers each with the seconds those calls took, one line each.

    python huawei_sdk_worker.py BASE_URL PROJECT_ID TOKEN TEMPLATE_ID TEMPLATE_JSON

The SDK signs every request with AK/SK (``SDK-HMAC-SHA256``), as a Huawei user's code does; the mock
authenticates by IAM token, so the token fetched once is added beside the signature.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmsgsms.v2 import MsgsmsClient, SmsTemplateReq, UpdateTemplateRequest


def credentials(token: str, project_id: str) -> BasicCredentials:
    """AK/SK credentials (the SDK checks their class by name) that also add the IAM token."""
    creds = BasicCredentials("BENCHAK000000000000", "bench-sk-not-a-secret", project_id)
    sign = creds.sign_request

    def sign_and_token(request: Any) -> Any:
        request = sign(request)
        request.header_params["X-Auth-Token"] = token
        return request

    creds.sign_request = sign_and_token
    return creds


def main() -> None:
    base_url, project_id, token, template_id, template_json = sys.argv[1:6]
    config = HttpConfig.get_default_config()
    config.ignore_ssl_verification = True  # plain http on loopback
    config.retry_times = 0
    client = (
        MsgsmsClient.new_builder()
        .with_http_config(config)
        .with_credentials(credentials(token, project_id))
        .with_endpoints([base_url])
        .build()
    )
    fields = json.loads(template_json)

    def call() -> None:
        response = client.update_template(
            UpdateTemplateRequest(id=template_id, body=SmsTemplateReq(**fields))
        )
        assert response.id == template_id, response

    call()  # warm up, and fail loudly before the first round if the SDK cannot talk to the mock
    print("ready", flush=True)
    for line in sys.stdin:
        calls = int(line)
        started = time.perf_counter()
        for _ in range(calls):
            call()
        print(time.perf_counter() - started, flush=True)


if __name__ == "__main__":
    main()
