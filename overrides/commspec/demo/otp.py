"""The demo's ITNIO verification code: an application and a template, one code sent (with a fallback
flow), read from the mock's outbox as the phone would show it, then verified."""

from __future__ import annotations

from commspec.itnio import ItnioClient
from commspec.mock import MockServer

PHONE = "8613800000000"


def demo(itnio: ItnioClient, server: MockServer) -> None:
    print("\n== ITNIO Tech: send and verify a code")
    app = itnio.apps.create(name="demo-login", code_expiry=5)
    print(f"apps.create     -> appId={app.app_id} codeExpiry={app.code_expiry} min")
    template = itnio.templates.create(
        app_id=app.app_id, name="demo-login-code", text="Your login code is ##code##", code_length=6
    )
    print(f"templates.create -> templateId={template.template_id} codeType={template.code_type} length=6")
    flow = itnio.flows.create(
        name="demo-sms-then-call", flow=[{"waitingTime": 60, "status": 2, "channel": "call"}]
    )
    sent = itnio.verifications.send(
        app_id=app.app_id, template_id=template.template_id, to=PHONE, flow_id=flow.flow_id
    )
    print(f"verifications.send -> verificationId={sent.verification_id} to={sent.to} by {sent.channel}")
    message = server.outbox.messages(to=PHONE)[-1]
    print(f"the outbox has  -> {message!r}")  # its repr masks the code: a secret while it is valid
    assert message.code is not None
    wrong = itnio.verifications.verify(verification_id=sent.verification_id, code="000000")
    print(f"verify(wrong)   -> matched={wrong.matched} (2: wrong code)")
    right = itnio.verifications.verify(verification_id=sent.verification_id, code=message.code)
    print(f"verify(right)   -> matched={right.matched} (0: verified)")
    again = itnio.verifications.verify(verification_id=sent.verification_id, code=message.code)
    print(f"verify(again)   -> matched={again.matched} (4: already used)")
    server.advance(60)
    print(
        f"a minute later  -> {len(server.outbox.messages(to=PHONE))} message(s): verified, no fallback call"
    )
