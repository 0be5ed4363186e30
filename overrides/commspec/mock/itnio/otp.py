"""ITNIO verification codes: what the engine cannot express as spec data (moto-style, testable without
HTTP). Applications and templates are the engine's (``otp_apps``, ``otp_templates``; the engine finds
the ones a send names, ``refers``, before this runs: ``call.referred``); this sends codes
into the mock's outbox, checks them, counts the applications' send-rate periods and walks task flows
as the mock clock advances. Every vendor fact (alphabets, period units, codes, ``matched`` values)
comes from the spec's ``x-commspec.mock`` (specs/itnio/otp.openapi.yaml), with its source there.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commspec._spec import ApiSpec, Operation
from commspec.mock._engine import Call, Item, MockError, clock_text

if TYPE_CHECKING:
    from commspec.mock._server import MockServer

VENDOR = "itnio"


@dataclass(slots=True)
class Verification:
    """One code sent: what ``verify`` checks and what a flow re-delivers."""

    verification_id: str
    to: str
    code: str = field(repr=False)  # a secret while it is valid
    text: str = field(repr=False)  # holds the code
    channel: str
    expires_at: float
    last_sent_at: float
    flow: list[Item] = field(default_factory=list)  # the flow's nodes not yet reached
    verified: bool = False


class Verifications:
    """Per account: verification id -> ``Verification``; per (account, app[, number]): send times."""

    def __init__(self, api: ApiSpec, server: MockServer) -> None:
        self.facts = api.mock
        self.server = server
        self.clock: Callable[[], float] = server.clock
        self.reset()
        server.clock.on_advance(self.advance)

    def reset(self) -> None:
        self.sent: dict[str, dict[str, Verification]] = {}
        self.send_times: dict[tuple[str, ...], list[float]] = {}
        self._serial = itertools.count(1)

    def snapshot(self) -> dict[str, int]:
        """How many codes each account sent (never the codes)."""
        return {account: len(found) for account, found in self.sent.items()}

    # -- operations ----------------------------------------------------------------------------------
    def send(self, operation: Operation, call: Call) -> Item:
        """``verifications_send`` (a generated code) and ``verifications_send_rule`` (the caller's)."""
        mock = operation.api.mock
        referred = call.referred
        args = call.arguments
        app, template, flow = referred["appId"], referred.get("templateId"), referred.get("flowId")
        if template is not None and template.get("appId") != app["appId"]:
            raise MockError(mock["invalid-parameter"], "templateId: a template of another application")
        account, to, now = call.scope or "", str(args["to"]), self.clock()
        self._check_limits(mock, app, (account, app["appId"]), to, now)
        code = args.get("code")
        if code is None:  # send: ITNIO generates it (verifications_send requires templateId)
            assert template is not None
            alphabet = mock["code-alphabets"][template["codeType"]]
            code = "".join(secrets.choice(alphabet) for _ in range(template["codeLength"]))
        text = template["text"].replace(mock["code-placeholder"], code) if template else code
        verification = Verification(
            verification_id=self._new_id(now),
            to=to,
            code=code,
            text=text,
            channel=str(args.get("channel") or "sms"),
            expires_at=now + 60 * int(app.get("codeExpiry", 5)),
            last_sent_at=now,
            flow=[dict(node) for node in (flow or {}).get("flow", ())],
        )
        self.sent.setdefault(account, {})[verification.verification_id] = verification
        sna_url = None
        if verification.channel == "sna":
            sna_url = mock["sna-url"].format(verificationId=verification.verification_id)
            text = sna_url
        self.server.deliver(VENDOR, verification.channel, to, text, code, at=now)
        return {
            "verificationId": verification.verification_id,
            "to": to,
            "channel": verification.channel,
            "snaUrl": sna_url,
        }

    def verify(self, operation: Operation, call: Call) -> Item:
        """``verifications_verify``: the check's result in ``matched`` (status stays success)."""
        matched = operation.api.mock["matched"]
        wanted = str(call.arguments["verificationId"])
        verification = self.sent.get(call.scope or "", {}).get(wanted)
        if verification is None:
            return {"verificationId": wanted, "to": None, "channel": None, "matched": matched["unknown"]}
        found = {"verificationId": wanted, "to": verification.to, "channel": verification.channel}
        if verification.verified:
            return {**found, "matched": matched["used"]}
        if self.clock() >= verification.expires_at:
            return {**found, "matched": matched["expired"]}
        if not secrets.compare_digest(str(call.arguments["code"]).encode(), verification.code.encode()):
            return {**found, "matched": matched["wrong"]}
        verification.verified = True
        verification.flow.clear()  # verified: no fallback is due any more
        return {**found, "matched": matched["verified"]}

    # -- time ----------------------------------------------------------------------------------------
    def advance(self, now: float) -> None:
        """Walk every pending flow to ``now``: each node, ``waitingTime`` seconds after the last send,
        sends the code again when its condition holds (the code is not verified: status 2; the mock
        never fails a delivery, so a status-1 node is passed over), by its channel unless it keeps the
        last one (channelCut 1). An expired or verified code ends its flow."""
        for verification in [v for found in self.sent.values() for v in found.values() if v.flow]:
            self._walk(verification, now)

    def _walk(self, verification: Verification, now: float) -> None:
        mock = self.facts
        while verification.flow:
            node = verification.flow[0]
            due = verification.last_sent_at + int(node["waitingTime"])
            if due > now:
                return
            verification.flow.pop(0)
            verification.last_sent_at = due
            if verification.verified or due >= verification.expires_at:
                verification.flow.clear()
                return
            if node["status"] != mock["flow-unverified"]:
                continue
            if node.get("channelCut") != mock["flow-keep-channel"]:
                verification.channel = str(node["channel"])
            self.server.deliver(
                VENDOR, verification.channel, verification.to, verification.text, verification.code, at=due
            )

    # -- helpers -------------------------------------------------------------------------------------
    def _check_limits(
        self, mock: Mapping[str, Any], app: Item, key: tuple[str, str], to: str, now: float
    ) -> None:
        """-27 / -28 when the application's total / per-number limit is reached in the last period; a
        send that passes is counted in both."""
        checks = (
            ("periodTotalSendLimit", key, mock["total-send-limit"]),
            ("periodPhoneSendLimit", (*key, to), mock["phone-send-limit"]),
        )
        for name, counted, code in checks:
            limit = app.get(name) or {}
            if not limit.get("enabled"):
                continue
            window = int(limit["period"]) * mock["period-seconds"][limit["unit"]]
            recent = [t for t in self.send_times.get(counted, ()) if t > now - window]
            self.send_times[counted] = recent
            if len(recent) >= int(limit["limit"]):
                raise MockError(
                    code, f"{name}: {limit['limit']} per {limit['period']} x unit {limit['unit']}"
                )
        for _, counted, _ in checks:
            self.send_times.setdefault(counted, []).append(now)

    def _new_id(self, now: float) -> str:
        """20 digits like the vendor's samples ("22206051443051000003"): 2, the UTC time, a serial."""
        return f"2{clock_text(now, '%y%m%d%H%M%S')}{next(self._serial) % 10_000_000:07d}"
