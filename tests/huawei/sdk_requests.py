"""What Huawei's own MSGSMS client (huaweicloudsdkmsgsms) sends for the parity cases of
test_sdk_parity.py: run with the SDK's Python (``HUAWEI_SDK_PYTHON``), it imports nothing from commspec.

Reads ``{case: {"operation": <client method>, "request": <request class>, "path": {...}, "query": {...},
"body": <body class or null>, "fields": {...}, "files": {field: {"name", "base64"}}}}`` as JSON on stdin
and prints ``{case: {"method", "path", "query", "body"}}``: the request the client's own
``_<method>_http_info`` builds, its body serialised by the SDK (``sanitize_for_serialization``; a
multipart body as its bytes and Content-Type), the project id filled in as the SDK's credentials do.
"""

from __future__ import annotations

import base64
import json
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from huaweicloudsdkcore.http.formdata import FormFile
from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization
from huaweicloudsdkmsgsms import v2
from huaweicloudsdkmsgsms.v2 import MsgsmsClient


def build(case: dict[str, Any], project_id: str, folder: Path) -> dict[str, Any]:
    body_class = case.get("body")
    fields = dict(case.get("fields", {}))
    for name, file in case.get("files", {}).items():  # a file part: a FormFile of the file on disk
        path = folder / file["name"]
        path.write_bytes(base64.b64decode(file["base64"]))
        fields[name] = FormFile(path.open("rb"))
    body = getattr(v2, body_class)(**fields) if body_class else None
    arguments = {**case.get("path", {}), **case.get("query", {})}
    if body is not None:
        arguments["body"] = body
    request = getattr(v2, case["request"])(**arguments)
    info = getattr(MsgsmsClient, f"_{case['operation']}_http_info")(request)
    path = info["resource_path"].replace("{project_id}", project_id)
    for name, value in info["path_params"].items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    # The SDK's HTTP layer drops parameters left None (Client._post_process_params).
    query = {name: str(value) for name, value in MsgsmsClient._post_process_params(info["query_params"])}
    if case.get("files"):  # multipart: encoded as the SDK's HTTP layer does (Client._parse_form_data_body)
        encoder = MsgsmsClient._parse_form_data_body(info["body"])
        raw = {"content_type": encoder.content_type, "base64": base64.b64encode(encoder.to_string()).decode()}
        return {"method": info["method"], "path": path, "query": query, "body": {"multipart": raw}}
    sent = sanitize_for_serialization(info["body"]) if info["body"] is not None else None
    return {"method": info["method"], "path": path, "query": query, "body": sent}


def main() -> None:
    project_id = sys.argv[1]
    cases = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as folder:
        built = {name: build(case, project_id, Path(folder)) for name, case in cases.items()}
    json.dump(built, sys.stdout)


if __name__ == "__main__":
    main()
