"""The fake of Huawei's SMS sending API (the application access address): X-WSSE checked, the
template checked against the MSGSMS templates the Huawei fake keeps, each accepted number's message put
in the shared outbox.

Checks, in order (codes: ``x-commspec.mock`` of specs/huawei/sms.openapi.yaml): Authorization present
and well formed (E000001-E000005); X-WSSE a UsernameToken of the configured app_key whose
PasswordDigest is Base64(SHA256(Nonce + Created + app_secret)); Created within the 24-hour window of
the wall clock (clients sign with the real clock, as for ITNIO's timestamps); the body valid against
the spec's model (500 numbers, 21 characters, digits and +); the template exists (by its ``id`` or its
``template_id``), is approved, takes as many variables as were given, and has the signature a universal
Chinese-mainland template needs. A number that is not in the global format (no leading +) gets its own
failure status while the others are sent (the partial success sms_05_0001 describes).
"""

from __future__ import annotations

import calendar
import json
import re
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from commspec._spec import Operation
from commspec._validation import validate_model
from commspec.huawei._wsse import (
    AUTHORIZATION_HEADER,
    CREATED_FORMAT,
    WSSE_HEADER,
    parse_wsse_header,
    password_digest,
)
from commspec.mock._config import MockConfig
from commspec.mock._engine import Call, Item, MockError
from commspec.mock._http import MockRequest, MockResponse, load_json
from commspec_generated.huawei_msgsms import spec as msgsms_spec
from commspec_generated.huawei_sms import spec as sms_spec

API = sms_spec.API
CODES = API.mock
SUCCESS = API.success_code or ""
REPORT = sms_spec.WEBHOOKS["status_report"]
DELIVERED = "DELIVRD"  # the status of a delivered message (sms_05_0051)
# Fields of the Authorization constant the platform checks, in its order of codes (sms_05_0050).
_AUTH_FIELD = re.compile(r'(\w+)="([^"]*)"')
_VARIABLE = re.compile(r"\$\{[^}]*\}")  # a template variable, e.g. ${NUM_5} or ${1}
SENT_LIMIT = 10_000  # sent messages kept for state(); the oldest go first


@dataclass(slots=True)
class SentMessage:
    """One accepted number of one send: what a status report is about."""

    sms_msg_id: str
    sender: str
    to: str
    text: str
    template_id: str
    status_callback: str | None
    extend: str | None
    created: float
    parts: int = 1


@dataclass
class SmsBackend:
    """What the SMS fake keeps: the messages it accepted (bounded), on top of the Huawei fake's templates."""

    config: MockConfig
    templates: Callable[[], dict[str, dict[Any, Item]]]
    clock: Callable[[], float]
    wall: Callable[[], float] = time.time
    sent: deque[SentMessage] = field(default_factory=lambda: deque(maxlen=SENT_LIMIT))
    lock: threading.Lock = field(default_factory=threading.Lock)
    # number -> (status, delay in seconds) of its next status reports (default: DELIVRD at once)
    outcomes: dict[str, tuple[str, float]] = field(default_factory=dict)

    def reset(self) -> None:
        with self.lock:
            self.sent.clear()
            self.outcomes.clear()

    def report(self, number: str, status: str = DELIVERED, *, delay: float = 0.0) -> None:
        """What the status reports of messages to ``number`` say from now on, and how many seconds of
        the mock clock after the send they are pushed (``advance()`` releases them): e.g.
        ``report("+8613800000000", "UNDELIV", delay=60)`` for a failed delivery a minute later."""
        if delay < 0:
            raise ValueError("delay must be >= 0")
        with self.lock:
            self.outcomes[number] = (status, float(delay))

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"sent": [{"smsMsgId": m.sms_msg_id, "to": m.to, "text": m.text} for m in self.sent]}

    def add_template(self, template_id: str, content: str) -> None:
        """An approved MSGSMS template of the account's project (what the console's review leaves
        behind), for a test that only sends: variables are written ``${...}`` as in Huawei's templates."""
        project = self.config.argument(msgsms_spec.API, "project_id")
        status = CODES["approved-status"]
        self.templates().setdefault(project, {})[template_id] = {
            "id": template_id,
            "template_content": content,
            "flow_status": status,
        }

    def find_template(self, template_id: str) -> Item | None:
        for project in self.templates().values():
            for key, template in project.items():
                if template_id in (key, template.get("template_id")):
                    return template
        return None


class SmsFake:
    """The engine's ``VendorFake`` for the SMS API (both operations are ``vendor`` effects)."""

    def __init__(self, backend: SmsBackend, deliver: Callable[..., Any], push: Callable[..., Any]) -> None:
        self.backend = backend
        self._deliver = deliver
        self._push = push  # MockServer.callbacks.push

    # -- authentication -------------------------------------------------------------------------------
    def authenticate(self, operation: Operation, request: MockRequest) -> str | None:
        authorization = request.headers.get(AUTHORIZATION_HEADER)
        if not authorization:
            raise MockError(CODES["missing-header"])
        fields = dict(_AUTH_FIELD.findall(authorization))
        expected = dict(_AUTH_FIELD.findall(API.wsse["authorization"]))
        if "realm" not in fields:
            raise MockError("E000002")
        if "profile" not in fields:
            raise MockError("E000003")
        if fields["realm"] != expected["realm"]:
            raise MockError("E000004")
        if fields["profile"] != expected["profile"]:
            raise MockError("E000005")
        self._check_wsse(request.headers.get(WSSE_HEADER) or "")
        return None

    def _check_wsse(self, value: str) -> None:
        token = parse_wsse_header(value)
        if token is None or not all(k in token for k in ("Username", "PasswordDigest", "Nonce", "Created")):
            raise MockError(CODES["bad-wsse"], "X-WSSE is not a UsernameToken with the four fields")
        try:
            created = calendar.timegm(time.strptime(token["Created"], CREATED_FORMAT))
        except ValueError:
            raise MockError(CODES["created-window"], "Created is not yyyy-MM-ddTHH:mm:ssZ") from None
        if abs(self.backend.wall() - created) > int(API.wsse["window-seconds"]):
            raise MockError(CODES["created-window"])
        app_key = self.backend.config.argument(API, "app_key")
        digest = password_digest(
            token["Nonce"], token["Created"], self.backend.config.argument(API, "app_secret")
        )
        given = (token["Username"], token["PasswordDigest"])
        if not secrets.compare_digest("\0".join(given).encode(), f"{app_key}\0{digest}".encode()):
            raise MockError(CODES["bad-wsse"])

    # -- decoding -------------------------------------------------------------------------------------
    def decode(self, operation: Operation, path_params: dict[str, str], request: MockRequest) -> Call:
        body = self._form(operation, request.body) if operation.form_encoding else self._json(request.body)
        assert operation.body_model is not None
        _, errors, codes = validate_model(API, operation.body_model, body, strict=False)
        if errors:
            raise MockError(codes[0] or CODES["invalid-parameter"], str(errors[0]))
        return Call(body, body)

    @staticmethod
    def _json(raw: bytes) -> dict[str, Any]:
        try:
            body = load_json(raw)
        except ValueError:
            raise MockError(CODES["invalid-parameter"], "body is not valid JSON") from None
        if not isinstance(body, dict):
            raise MockError(CODES["invalid-parameter"], "body is not a JSON object")
        return body

    @staticmethod
    def _form(operation: Operation, raw: bytes) -> dict[str, Any]:
        """The form fields; lists read back as the spec's encoding writes them (``form_encoding``)."""
        try:
            pairs = parse_qsl(
                raw.decode("ascii"), keep_blank_values=True, strict_parsing=bool(raw), errors="strict"
            )
        except (UnicodeDecodeError, ValueError):
            raise MockError(
                CODES["invalid-parameter"], "body is not application/x-www-form-urlencoded"
            ) from None
        body: dict[str, Any] = {}
        for name, value in pairs:
            if name in body:
                raise MockError(CODES["invalid-parameter"], f"{name} is given twice")
            how = operation.form_encoding.get(name)
            if how == "csv":
                body[name] = value.split(",")
            elif how == "json":
                try:
                    body[name] = json.loads(value)
                except ValueError:
                    raise MockError(CODES["invalid-parameter"], f"{name} is not a JSON array") from None
            else:
                body[name] = value
        return body

    # -- sending ----------------------------------------------------------------------------------------
    def serve(self, operation: Operation, call: Call) -> Any:
        body = call.arguments
        if operation.form_encoding:  # one template to every number
            groups = [body]
        else:
            groups = list(body["smsContent"])
            if sum(len(group["to"]) for group in groups) > max_numbers():
                raise MockError(
                    API.field_codes.get("to", CODES["invalid-parameter"]), "more than 500 numbers"
                )
        texts = [self._text(group) for group in groups]  # every group checked before any is sent
        result = []
        for group, text in zip(groups, texts, strict=True):
            for number in group["to"]:
                result.append(self._send_one(body, group, number, text))
        accepted = sum(1 for entry in result if entry["status"] == SUCCESS)
        code = SUCCESS if accepted == len(result) else CODES["invalid-number"] if not accepted else SUCCESS
        return {
            "code": code,
            "description": "Success" if code == SUCCESS else API.codes[code][0],
            "result": result,
        }

    def _text(self, group: Mapping[str, Any]) -> str:
        template = self.backend.find_template(group["templateId"])
        if template is None:
            raise MockError(CODES["template-missing"], f"templateId={group['templateId']}")
        if template.get("flow_status") != CODES["approved-status"]:
            raise MockError(CODES["template-not-approved"], f"flow_status={template.get('flow_status')}")
        content = str(template.get("template_content", ""))
        params = list(group.get("templateParas") or [])
        variables = _VARIABLE.findall(content)
        if len(params) != len(variables):
            raise MockError(
                CODES["parameter-count"], f"{len(params)} given, the template has {len(variables)}"
            )
        universal = str(template.get("universal_template", "0")) == "1"
        if template.get("region") == "cn" and universal and not group.get("signature"):
            raise MockError(CODES["signature-required"])
        values = iter(params)
        return _VARIABLE.sub(lambda _: next(values), content)

    def _send_one(self, body: Mapping[str, Any], group: Mapping[str, Any], number: str, text: str) -> Item:
        now = self.backend.clock()
        entry: Item = {
            "from": body["from"],
            "originTo": number,
            "createTime": time.strftime(CREATED_FORMAT, time.gmtime(now)),
        }
        if not number.startswith("+"):
            # [inferred] a number that was not sent to gets no message id (no status report follows).
            entry["status"] = CODES["invalid-number"]
            return entry
        entry.update(smsMsgId=f"{uuid.uuid4()}_{secrets.randbelow(10**8)}", status=SUCCESS, total=1)
        message = SentMessage(
            entry["smsMsgId"],
            body["from"],
            number,
            text,
            group["templateId"],
            body.get("statusCallback"),
            body.get("extend"),
            now,
        )
        with self.backend.lock:
            self.backend.sent.append(message)
            status, delay = self.backend.outcomes.get(number, (DELIVERED, 0.0))
        if status == DELIVERED:
            self._deliver("huawei", "sms", number, text, at=now)
        if message.status_callback:
            self._push_report(message, status, now + delay)
        return entry

    def _push_report(self, message: SentMessage, status: str, due: float) -> None:
        """The status report of sms_05_0003 (form fields), pushed to the send's statusCallback."""
        fields = {
            "smsMsgId": message.sms_msg_id,
            "status": status,
            "total": "1",
            "sequence": "1",
            # [inferred] "2" and "000" are the values of the documented example (a DELIVRD report).
            "source": "2",
            "updateTime": time.strftime(CREATED_FORMAT, time.gmtime(due)),
            "to": message.to,
        }
        if status == DELIVERED:
            fields["orgCode"] = "000"
        if message.extend is not None:
            fields["extend"] = message.extend
        body = urlencode(fields).encode("ascii")
        assert message.status_callback is not None
        self._push("huawei", message.status_callback, REPORT.content_type, body, due)

    # -- answers ----------------------------------------------------------------------------------------
    def derive(self, resource: str, item: Item) -> Item:
        return item

    def render_success(self, operation: Operation, payload: Any) -> MockResponse:
        return MockResponse.json(payload, 200, {"content-type": API.response_content_type})

    def render_error(self, operation: Operation, error: MockError) -> MockResponse:
        meaning = API.codes.get(error.code, ("Error.", ""))[0]
        body = {"code": error.code, "description": error.message or meaning}
        status = error.status or API.code_statuses.get(error.code, int(CODES["default-http-status"]))
        return MockResponse.json(body, status, {"content-type": API.response_content_type})

    def server_error(self, operation: Operation) -> MockResponse:
        # Huawei's own failure: the "system is abnormal" code with a 500 [inferred].
        body = {"code": CODES["invalid-parameter"], "description": API.codes[CODES["invalid-parameter"]][0]}
        return MockResponse.json(body, 500, {"content-type": API.response_content_type})


def max_numbers() -> int:
    """The documented limit on the numbers of one request: the ``maxItems`` of ``to`` in the spec."""
    model = sms_spec.MESSAGES_SEND.body_model
    assert model is not None
    for constraint in model.model_fields["to"].metadata:
        max_length = getattr(constraint, "max_length", None)
        if max_length is not None:
            return int(max_length)
    raise AssertionError("the spec gives `to` a maxItems")
