"""The IOVOX part of `nox -s demo`: create a call flow, then apply the seed's updateCallFlow."""

from __future__ import annotations

from commspec.iovox import Call, CallFlow, IovoxClient, MessageParts, Play, SoundFile
from commspec.mock import MockServer
from commspec_generated.iovox_callflow import spec as callflow_spec

NOTES = "Will Call the agent, can be used for every agent in my account."


def seed_update() -> CallFlow:
    """The call flow of seed 004_ea29885609e73a6e.txt (updateCallFlow), built from typed classes."""
    return CallFlow(
        name="Call Agent",
        new_name="Call Agent + Whisper Called",
        notes=NOTES,
        rules=[
            Call(
                id="call_1",
                label="Call",
                destination_phone_number="?",
                destination_contact_id="?",
                record=True,
                send_call_alert="NONE",
                called_message=MessageParts(sound_file=[SoundFile(sound_label="Lead brought by IOVOX")]),
            )
        ],
    )


def demo(base_url: str, server: MockServer) -> None:
    user, key = (server.config.argument(callflow_spec.API, name) for name in ("username", "secure_key"))
    with IovoxClient(user, key, base_url=base_url) as iovox:
        print("\n== IOVOX: call flows (XML, validated against callflow.xsd before sending)")
        iovox.call_flows.create(
            CallFlow(
                name="Call Agent",
                notes=NOTES,
                rules=[Play(id="play_1", label="Welcome", sound_file=[SoundFile(sound_label="Welcome")])],
            )
        )
        print("call_flows.create   -> 'Call Agent' with 1 rule (play)")
        iovox.call_flows.update(seed_update())  # seed 004: updateCallFlow
        flow = iovox.call_flows.retrieve("Call Agent + Whisper Called")
        rule = flow.rules[0]
        assert isinstance(rule, Call)
        sounds = [s.sound_label for s in rule.called_message.sound_file] if rule.called_message else []
        print(
            f"call_flows.update   -> renamed to {flow.name!r}; rules now: {type(rule).__name__} "
            f"{rule.id!r} to {rule.destination_phone_number!r} (record={rule.record}), "
            f"calledMessage {sounds}"
        )
        names = [summary.template_name for summary in iovox.call_flows.list()]
        print(f"call_flows.list     -> {names}")
