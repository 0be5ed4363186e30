"""Sending SMS (issue 21): X-WSSE on every attempt, the form and JSON bodies on the wire, typed per-number
results and partial success, the mock's checks (digest, Created window, template, numbers), the outbox."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterator
from urllib.parse import parse_qs

import httpx
import pytest

from commspec import errors
from commspec.huawei import AsyncSmsClient, MsgsmsClient, SmsClient
from commspec.huawei._wsse import CREATED_FORMAT, parse_wsse_header, password_digest
from commspec.testing import VendorMock, mock_vendors
from tests.mock.wire import asgi, seed_sms_template, wsse_headers

NUMBER = "+8613800000000"
OTHER = "+8613800000001"
TEMPLATE = "8ff55eac1d0b478ab3c06c3c6a492300"
ACCEPTED = "000000"


@pytest.fixture
def mock() -> Iterator[VendorMock]:
    with mock_vendors() as mock:
        seed_sms_template(mock.server, TEMPLATE, "Your code is ${NUM_6}, valid for ${NUM_2} minutes.")
        yield mock


def recording_client(answers: list[httpx.Response | Exception]) -> tuple[SmsClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        # A copy: every attempt re-sends (and re-signs) the same request object.
        seen.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.content
            )
        )
        next_answer = answers.pop(0)
        if isinstance(next_answer, Exception):
            raise next_answer
        return next_answer

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return SmsClient("key", "secret", base_url="https://sms.example", http_client=http), seen


def sent(code: str = ACCEPTED, statuses: tuple[str, ...] = (ACCEPTED,)) -> httpx.Response:
    result = [{"originTo": NUMBER, "smsMsgId": f"m{i}", "status": s} for i, s in enumerate(statuses)]
    return httpx.Response(200, json={"code": code, "description": "x", "result": result})


def test_password_digest_is_base64_of_sha256_of_nonce_created_secret() -> None:
    expected = base64.b64encode(hashlib.sha256(b"abc2024-01-02T03:04:05Zs3cret").digest()).decode()
    assert password_digest("abc", "2024-01-02T03:04:05Z", "s3cret") == expected


def test_every_attempt_is_signed_with_a_fresh_nonce_and_the_documented_headers() -> None:
    client, seen = recording_client([httpx.ConnectError("refused"), sent()])
    client.messages.send(sender="isms1", to=[NUMBER], template_id=TEMPLATE)
    assert len(seen) == 2  # a connect failure never reached the platform: retried
    tokens = [parse_wsse_header(r.headers["X-WSSE"]) for r in seen]
    assert all(
        r.headers["Authorization"] == 'WSSE realm="SDP",profile="UsernameToken",type="Appkey"' for r in seen
    )
    assert tokens[0] is not None and tokens[1] is not None
    assert tokens[0]["Nonce"] != tokens[1]["Nonce"]
    for token in tokens:
        assert token is not None and token["Username"] == "key"
        time.strptime(token["Created"], CREATED_FORMAT)
        assert token["PasswordDigest"] == password_digest(token["Nonce"], token["Created"], "secret")


def test_send_writes_the_documented_form_body() -> None:
    client, seen = recording_client([sent()])
    client.messages.send(
        sender="isms1",
        to=[NUMBER, OTHER],
        template_id=TEMPLATE,
        template_params=["123456", "a b"],
        status_callback="https://example.com/sms?token=x",
        extend="order-7",
    )
    request = seen[0]
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    fields = parse_qs(request.content.decode(), strict_parsing=True)
    assert fields == {
        "from": ["isms1"],
        "to": [f"{NUMBER},{OTHER}"],  # one comma-separated field (sms_05_0001)
        "templateId": [TEMPLATE],
        "templateParas": ['["123456","a b"]'],  # a JSON array
        "statusCallback": ["https://example.com/sms?token=x"],
        "extend": ["order-7"],
    }


def test_more_than_500_numbers_is_refused_before_anything_is_sent() -> None:
    client, seen = recording_client([])
    numbers = [f"+86138{i:08d}" for i in range(501)]
    with pytest.raises(errors.ValidationError, match="to"):
        client.messages.send(sender="isms1", to=numbers, template_id=TEMPLATE)
    with pytest.raises(errors.ValidationError, match=r"to\[0\]"):
        client.messages.send(sender="isms1", to=["+86 138"], template_id=TEMPLATE)
    assert seen == []


def test_a_lost_answer_is_not_sent_again() -> None:
    client, seen = recording_client([httpx.ReadTimeout("slow")])
    with pytest.raises(errors.APIOutcomeUnknownError):
        client.messages.send(sender="isms1", to=[NUMBER], template_id=TEMPLATE)
    assert len(seen) == 1


def test_an_answer_with_no_accepted_number_raises_its_code() -> None:
    client, _ = recording_client([httpx.Response(401, json={"code": "E000004", "description": "realm"})])
    with pytest.raises(errors.AuthenticationError) as raised:
        client.messages.send(sender="isms1", to=[NUMBER], template_id=TEMPLATE)
    assert raised.value.code == "E000004"


def test_partial_success_is_an_answer_with_per_number_statuses() -> None:
    client, _ = recording_client([sent(code="MOCK.NUMBER", statuses=(ACCEPTED, "MOCK.NUMBER"))])
    answer = client.messages.send(sender="isms1", to=[NUMBER, "86138"], template_id=TEMPLATE)
    assert answer.result is not None
    assert [r.status for r in answer.result] == [ACCEPTED, "MOCK.NUMBER"]


def test_the_mock_sends_renders_the_template_and_fills_the_outbox(mock: VendorMock) -> None:
    answer = SmsClient().messages.send(
        sender="isms1", to=[NUMBER, OTHER], template_id=TEMPLATE, template_params=["123456", "5"]
    )
    assert answer.code == ACCEPTED and answer.result is not None
    assert [(r.origin_to, r.status) for r in answer.result] == [(NUMBER, ACCEPTED), (OTHER, ACCEPTED)]
    assert all(r.sms_msg_id for r in answer.result)
    [delivery] = mock.outbox(to=NUMBER)
    assert (delivery.vendor, delivery.channel) == ("huawei", "sms")
    assert delivery.text == "Your code is 123456, valid for 5 minutes."
    again = SmsClient().messages.send(
        sender="isms1", to=[NUMBER], template_id=TEMPLATE, template_params=["123456", "5"]
    )
    assert again.result is not None and again.result[0].sms_msg_id != answer.result[0].sms_msg_id
    assert len(mock.outbox(to=NUMBER)) == 2  # a repeated send sends again


def test_the_mock_reports_a_bad_number_and_sends_to_the_others(mock: VendorMock) -> None:
    answer = SmsClient().messages.send(
        sender="isms1", to=[NUMBER, "8613800000009"], template_id=TEMPLATE, template_params=["1", "2"]
    )
    assert answer.result is not None
    assert [r.status for r in answer.result] == [ACCEPTED, "MOCK.NUMBER"]
    assert answer.result[1].sms_msg_id is None
    assert [d.to for d in mock.outbox()] == [NUMBER]


def test_send_diff_sends_each_template_to_its_numbers(mock: VendorMock) -> None:
    seed_sms_template(mock.server, "t2", "Hello ${TXT_10}")
    answer = SmsClient().messages.send_diff(
        sender="isms1",
        sms_content=[
            {"to": [NUMBER], "templateId": TEMPLATE, "templateParas": ["1", "2"]},
            {"to": [OTHER], "templateId": "t2", "templateParas": ["Ann"]},
        ],
    )
    assert answer.result is not None and [r.status for r in answer.result] == [ACCEPTED, ACCEPTED]
    assert [d.text for d in mock.outbox(to=OTHER)] == ["Hello Ann"]


@pytest.mark.parametrize(
    ("template_id", "params", "error", "code"),
    [
        ("missing", ["1", "2"], errors.NotFoundError, "MOCK.TEMPLATE"),
        (TEMPLATE, ["1"], errors.InvalidParameterError, "MOCK.PARAMS"),
        ("reviewing", [], errors.InvalidParameterError, "MOCK.TEMPLATE_STATUS"),
    ],
)
def test_the_mock_checks_the_template(
    mock: VendorMock, template_id: str, params: list[str], error: type[errors.APIError], code: str
) -> None:
    seed_sms_template(mock.server, "reviewing", "Hi", approved=False)
    with pytest.raises(error) as raised:
        SmsClient().messages.send(
            sender="isms1", to=[NUMBER], template_id=template_id, template_params=params
        )
    assert raised.value.code == code
    assert mock.outbox() == []


def test_the_mock_sends_a_template_made_and_approved_through_msgsms(mock: VendorMock) -> None:
    msgsms = MsgsmsClient()
    made = msgsms.templates.create(
        app_id="5e0c0000-1a6b-4ee5-9651-5bca450694b3",  # the mock's demo application
        region="intl",
        template_name="otp",
        template_content="Code ${NUM_6}",
        template_type="NOTIFY_TYPE",
        universal_template=0,
    )
    mock.server.backend("huawei").review(msgsms.project_id, made.id, approve=True)
    SmsClient().messages.send(sender="isms1", to=[NUMBER], template_id=made.id, template_params=["424242"])
    assert [d.text for d in mock.outbox(to=NUMBER)] == ["Code 424242"]


def test_the_mock_checks_the_wsse_digest_and_the_created_window(mock: VendorMock) -> None:
    body = (
        f"from=isms1&to=%2B8613800000000&templateId={TEMPLATE}&templateParas=%5B%221%22%2C%222%22%5D".encode()
    )
    path = "/sms/batchSendSms/v1"
    form = [(b"content-type", b"application/x-www-form-urlencoded")]
    assert asgi(mock.server, "POST", path, headers=wsse_headers() + form, body=body).status == 200
    stale = time.strftime(CREATED_FORMAT, time.gmtime(time.time() - 25 * 3600))
    answer = asgi(mock.server, "POST", path, headers=wsse_headers(created=stale) + form, body=body)
    assert (answer.status, answer.json()["code"]) == (401, "MOCK.CREATED")
    authorization, wsse = wsse_headers()
    tampered = (wsse[0], wsse[1].replace(b'Nonce="n0nce"', b'Nonce="other"'))
    answer = asgi(mock.server, "POST", path, headers=[authorization, tampered, *form], body=body)
    assert (answer.status, answer.json()["code"]) == (401, "MOCK.WSSE")
    answer = asgi(mock.server, "POST", path, headers=[wsse, *form], body=body)
    assert answer.json()["code"] == "E000001"
    answer = asgi(
        mock.server,
        "POST",
        path,
        headers=[(b"authorization", b'WSSE realm="X",profile="UsernameToken"'), wsse, *form],
        body=body,
    )
    assert answer.json()["code"] == "E000004"
    assert len(mock.outbox()) == 1


def test_a_wrong_app_secret_is_an_authentication_error(mock: VendorMock) -> None:
    with pytest.raises(errors.AuthenticationError) as raised:
        SmsClient(app_secret="not-the-secret").messages.send(
            sender="isms1", to=[NUMBER], template_id=TEMPLATE
        )
    assert raised.value.code == "MOCK.WSSE"
    assert "not-the-secret" not in repr(raised.value) + str(raised.value)


def test_credentials_come_from_the_environment_and_stay_out_of_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SMS_APP_KEY", "env-key")
    monkeypatch.setenv("HUAWEICLOUD_SMS_APP_SECRET", "env-secret")
    monkeypatch.setenv("HUAWEICLOUD_SMS_URL", "https://smsapi.example:443")
    client = SmsClient()
    assert client.base_url == "https://smsapi.example:443"
    assert "env-secret" not in repr(client) and "env-secret" not in repr(client._pipeline.auth)
    monkeypatch.delenv("HUAWEICLOUD_SMS_APP_SECRET")
    with pytest.raises(errors.ConfigurationError, match="app_secret"):
        SmsClient()


async def test_the_async_client_sends(mock: VendorMock) -> None:
    async with AsyncSmsClient() as client:
        answer = await client.messages.send(
            sender="isms1", to=[NUMBER], template_id=TEMPLATE, template_params=["1", "2"]
        )
    assert answer.code == ACCEPTED
    assert len(mock.outbox(to=NUMBER)) == 1
