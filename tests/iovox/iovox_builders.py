"""Shared builders: the seed document and one example of every rule type (no network, no mock)."""

from __future__ import annotations

from collections.abc import Callable

from commspec_generated.iovox_callflow_xml import (
    Call,
    CallEvent,
    CallEventHandlers,
    CallFlow,
    Evaluate,
    EvaluateOperator,
    Failure,
    HttpRequest,
    HttpRequestMethod,
    KeyEvent,
    KeyEventHandlers,
    KeypressFailureBehaviour,
    KeypressFailureMessage,
    KeypressFailureMessages,
    MatchEvent,
    MatchEventHandlers,
    MessageKeypress,
    MessageParts,
    Param,
    Params,
    Play,
    Request,
    SendSms,
    SendSmsAlert,
    SmsAlertDestinationBehaviour,
    SmsAlertDestinationType,
    SoundFile,
    TimeBased,
    TimeEvent,
    TimeEventHandlers,
    Voicemail,
)

# The payload of seed 004_ea29885609e73a6e.txt (updateCallFlow), verbatim.
SEED_XML = b"""<?xml version="1.0" encoding="utf-8"?>
<request>
<callFlow name="Call Agent" newName="Call Agent + Whisper Called" notes="Will Call the agent, can be used for every agent in my account.">
<call id="call_1" label="Call" destinationPhoneNumber="?" destinationContactId="?" record="true" sendCallAlert="NONE">
<calledMessage>
<soundFile soundLabel="Lead brought by IOVOX"/>
</calledMessage>
</call>
</callFlow>
</request>
"""  # noqa: E501


def sounds(*labels: str) -> list[SoundFile]:
    return [SoundFile(sound_label=label) for label in labels]


def play(rule_id: str = "play_1") -> Play:
    return Play(id=rule_id, label="Welcome", sound_file=sounds("Welcome", "?"))


def call(rule_id: str = "call_1") -> Call:
    return Call(
        id=rule_id,
        label="Ring agent",
        destination_phone_number="447700900123",
        destination_contact_id="?",
        destination_contact_name="?",
        record=False,
        recording_label="Agent calls",
        record_call_notification_label="defaultRecordMessage",
        send_call_alert="NONE",
        timeout=30,
        caller_message=MessageParts(sound_file=sounds("Connecting")),
        called_message=MessageParts(sound_file=[SoundFile(sound_label="Whisper", sound_group="")]),
        event_handlers=CallEventHandlers(
            call_event=[CallEvent(result="BUSY|NO_ANSWER", rules=[play(f"{rule_id}_busy")])],
            failure=Failure(id=f"{rule_id}_fail", label="No match", attempts=0),
        ),
    )


def message_keypress(rule_id: str = "menu_1") -> MessageKeypress:
    return MessageKeypress(
        id=rule_id,
        label="Menu",
        capture_keypress=True,
        timeout=5,
        play=play(f"{rule_id}_prompt"),
        event_handlers=KeyEventHandlers(
            key_event=[
                KeyEvent(keypress_sequence="1", rules=[call(f"{rule_id}_sales")]),
                KeyEvent(keypress_sequence="*#0", rules=[]),
            ],
            failure=Failure(
                id=f"{rule_id}_fail",
                label="Menu failure",
                attempts=3,
                keypress_failure_messages=KeypressFailureMessages(
                    keypress_failure_message=[
                        KeypressFailureMessage(
                            behaviour=KeypressFailureBehaviour.ON_NO_KEYPRESS, sound_file=sounds("Nothing")
                        ),
                        KeypressFailureMessage(
                            behaviour=KeypressFailureBehaviour.ON_UNMATCHED_KEYPRESS,
                            sound_file=sounds("Wrong"),
                        ),
                    ]
                ),
                rules=[play(f"{rule_id}_bye")],
            ),
        ),
    )


def send_sms(rule_id: str = "sms_1") -> SendSms:
    return SendSms(
        id=rule_id,
        label="Text the agent",
        message="You have a lead",
        destination_phone_number="?",
        destination_contact_id="?",
        send_sms_alert=SendSmsAlert.FAILED_SMS,
        sms_alert_destination_type=SmsAlertDestinationType.BOTH,
        sms_alert_destination_behaviour=SmsAlertDestinationBehaviour.ALL,
        sms_alert_email_template_name="alert",
        sms_alert_from="alerts@example.com",
        sms_alert_from_name="Alerts",
    )


def voicemail(rule_id: str = "vm_1") -> Voicemail:
    return Voicemail(
        id=rule_id,
        label="Voicemail",
        from_value="voicemail@example.com",
        from_name="Voicemail",
        subject="New voicemail",
        silence=5,
        max_duration=120,
        template_name="voicemail",
        destination_email_address="?",
        destination_contact_id="?",
        voicemail_message=MessageParts(sound_file=sounds("Leave a message")),
        completed_message=MessageParts(sound_file=sounds("Thanks")),
    )


def http_request(rule_id: str = "http_1") -> HttpRequest:
    return HttpRequest(
        id=rule_id,
        label="Notify CRM",
        url="https://crm.example.com/hook?a=1&b=2",
        request_method=HttpRequestMethod.POST,
        params=Params(param=[Param(name="caller", value="$_callerNumber"), Param(name="note", value="")]),
    )


def time_based(rule_id: str = "time_1") -> TimeBased:
    return TimeBased(
        id=rule_id,
        label="Office hours",
        event_handlers=TimeEventHandlers(
            time_event=[
                TimeEvent(time_template_label="Mon - Fri: 6pm - 9am", rules=[voicemail(f"{rule_id}_vm")])
            ],
            failure=Failure(
                id=f"{rule_id}_fail",
                label="Open",
                attempts=0,
                failure_message=MessageParts(sound_file=sounds("Closed")),
                rules=[call(f"{rule_id}_call")],
            ),
        ),
    )


def evaluate(rule_id: str = "eval_1") -> Evaluate:
    return Evaluate(
        id=rule_id,
        label="VIP?",
        left_expr_value="$_callerNumber",
        event_handlers=MatchEventHandlers(
            match_event=[
                MatchEvent(
                    right_expr_value="44",
                    operator=EvaluateOperator.STARTS_WITH,
                    rules=[send_sms(f"{rule_id}_sms"), http_request(f"{rule_id}_http")],
                )
            ],
            failure=Failure(id=f"{rule_id}_fail", label="Other", attempts=1),
        ),
    )


RULE_BUILDERS: dict[str, Callable[[], Rule]] = {
    "play": play,
    "call": call,
    "messageKeypress": message_keypress,
    "sendSms": send_sms,
    "voicemail": voicemail,
    "httpRequest": http_request,
    "timeBased": time_based,
    "evaluate": evaluate,
}


Rule = Play | Call | MessageKeypress | SendSms | Voicemail | HttpRequest | TimeBased | Evaluate


def request_with(*rules: Rule) -> Request:
    return Request(call_flow=CallFlow(name="Every rule", notes="built in tests", rules=list(rules)))
