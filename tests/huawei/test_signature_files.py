"""The signature file upload is multipart (issue 21): ``signatures.upload_file`` sends the file as a
``multipart/form-data`` part (bytes or a binary file object, with a name), checks its size rules before
sending, and the mock keeps the file (``signatures.retrieve_file``)."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncMsgsmsClient, MsgsmsClient
from commspec.mock import MockServer
from commspec.mock._http import load_multipart
from tests.mock.wire import PROJECT, asgi, huawei_token

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_bytes_with_a_name_are_uploaded_and_kept(client: MsgsmsClient) -> None:
    ref = client.signatures.upload_file(file=("licence.png", PNG), file_desc="business licence")
    stored = client.signatures.retrieve_file(file_id=ref.file_id)
    assert (stored.file_id, stored.file_name, stored.file_size) == (ref.file_id, "licence.png", len(PNG))
    assert stored.file_desc == "business licence"


def test_a_binary_file_object_sends_its_base_name(client: MsgsmsClient, tmp_path: Path) -> None:
    path = tmp_path / "trademark.pdf"
    path.write_bytes(b"%PDF-1.7 trademark")
    with path.open("rb") as handle:
        ref = client.signatures.upload_file(file=handle)
    assert client.signatures.retrieve_file(file_id=ref.file_id).file_name == "trademark.pdf"


def test_the_request_is_multipart_with_the_file_part() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"file_id": "f-1"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = MsgsmsClient("p1", token="t", base_url="https://msgsms.example", http_client=http)
    assert client.signatures.upload_file(file=("a.png", io.BytesIO(PNG)), file_desc="d").file_id == "f-1"
    request = seen[0]
    assert (request.method, request.url.path, request.url.params["file_desc"]) == (
        "POST",
        "/v2/p1/msgsms/upload-files",
        "d",
    )
    parts = load_multipart(request.headers["content-type"], request.content)
    assert [(p.name, p.filename, p.content) for p in parts] == [("file", "a.png", PNG)]


@pytest.mark.parametrize(
    ("file", "rule"),
    [
        (b"", "min_bytes"),
        (b"x" * 2_000_001, "max_bytes"),
        (io.BytesIO(b"x" * 2_000_001), "max_bytes"),
        (io.StringIO("text"), "type"),
        ("licence.png", "type"),
        (("bad\r\nname.png", PNG), "filename"),
    ],
)
def test_a_file_breaking_a_rule_is_refused_before_sending(file: object, rule: str) -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    http = httpx.Client(transport=httpx.MockTransport(never))
    client = MsgsmsClient("p1", token="t", base_url="https://msgsms.example", http_client=http)
    with pytest.raises(errors.ValidationError) as info:
        client.signatures.upload_file(file=file)  # type: ignore[arg-type]
    assert [(e.path, e.rule) for e in info.value.errors] == [("file", rule)]


def test_an_unknown_file_is_not_found(client: MsgsmsClient) -> None:
    with pytest.raises(errors.InvalidParameterError) as info:
        client.signatures.retrieve_file(file_id="no-such-file")
    assert info.value.code == "MSGSMS.0002"


async def test_the_async_client_uploads_too(async_client: AsyncMsgsmsClient) -> None:
    ref = await async_client.signatures.upload_file(file=PNG)
    assert (await async_client.signatures.retrieve_file(file_id=ref.file_id)).file_name == "file"


UPLOAD = f"/v2/{PROJECT}/msgsms/upload-files"
PART = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n%s\r\n--b--\r\n'


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        (b"application/json", b'{"file": "a"}'),  # not multipart
        (b"multipart/form-data", PART % b"x"),  # no boundary
        (b"multipart/form-data; boundary=b", b"--b\r\nno headers, no end"),  # malformed
        (b"multipart/form-data; boundary=b", PART.replace(b"file", b"other", 1) % b"x"),  # no file part
        (b"multipart/form-data; boundary=b", PART % b""),  # an empty file
        (b"multipart/form-data; boundary=b", PART % (b"x" * 2_000_001)),  # above maxLength
    ],
)
def test_the_mock_refuses_a_broken_upload(content_type: bytes, body: bytes) -> None:
    server = MockServer()
    headers = [(b"x-auth-token", huawei_token(server)), (b"content-type", content_type)]
    answer = asgi(server, "POST", UPLOAD, headers=headers, body=body)
    assert (answer.status, answer.json()["error_code"]) == (400, "MSGSMS.0002"), answer.body
