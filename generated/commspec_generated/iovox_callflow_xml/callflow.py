"""Code generated from specs/iovox/callflow.xsd by generator/xsd.py. Do not edit by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(slots=True, kw_only=True)
class CallEventHandlers:
    """
    Branches of a call: callEvent* then an optional failure (taken when no callEvent
    matches).
    """

    class Meta:
        name = "callEventHandlers"

    call_event: list[CallEvent] = field(
        default_factory=list,
        metadata={
            "name": "callEvent",
            "type": "Element",
        },
    )
    failure: None | Failure = field(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Error:
    """
    One error: the exact error string as text, `status` = the HTTP status of the
    response (400 validation, 401 authentication, 500 retry later).
    """

    class Meta:
        name = "error"

    value: str = field(default="")
    status: int = field(
        metadata={
            "type": "Attribute",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


class EvaluateOperator(Enum):
    """
    Comparison of leftExprValue with rightExprValue; the values contain spaces.
    """

    EQUALS = "EQUALS"
    LESS_THAN = "LESS THAN"
    GREATER_THAN = "GREATER THAN"
    NOT_EQUALS = "NOT EQUALS"
    STARTS_WITH = "STARTS WITH"
    ENDS_WITH = "ENDS WITH"
    CONTAINS = "CONTAINS"
    LENGTH_EQUALS = "LENGTH EQUALS"
    LENGTH_LESS_THAN = "LENGTH LESS THAN"
    LENGTH_GREATER_THAN = "LENGTH GREATER THAN"


class HttpRequestMethod(Enum):
    """
    GET sends the params as a query string, POST in the body.
    """

    POST = "POST"
    GET = "GET"


@dataclass(slots=True, kw_only=True)
class KeyEventHandlers:
    """
    Branches of messageKeypress: keyEvent* then an optional failure.
    """

    class Meta:
        name = "keyEventHandlers"

    key_event: list[KeyEvent] = field(
        default_factory=list,
        metadata={
            "name": "keyEvent",
            "type": "Element",
        },
    )
    failure: None | Failure = field(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


class KeypressFailureBehaviour(Enum):
    """
    When a keypressFailureMessage is played: onNoKeypress (no key before the
    messageKeypress timeout) or onUnmatchedKeypress (no keyEvent matched).
    """

    ON_NO_KEYPRESS = "onNoKeypress"
    ON_UNMATCHED_KEYPRESS = "onUnmatchedKeypress"


@dataclass(slots=True, kw_only=True)
class MatchEventHandlers:
    """
    Branches of evaluate: matchEvent* then a mandatory failure; every part is
    required.
    """

    class Meta:
        name = "matchEventHandlers"

    match_event: list[MatchEvent] = field(
        default_factory=list,
        metadata={
            "name": "matchEvent",
            "type": "Element",
        },
    )
    failure: Failure = field(
        metadata={
            "type": "Element",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Param:
    """
    One parameter: `value` is text or a `$_` internal variable.
    """

    class Meta:
        name = "param"

    name: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    value: str = field(
        metadata={
            "type": "Attribute",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


class SendSmsAlert(Enum):
    """
    Email alert about the SMS: NONE, FAILED_SMS or ALL_SMS.
    """

    NONE = "NONE"
    FAILED_SMS = "FAILED_SMS"
    ALL_SMS = "ALL_SMS"


class SmsAlertDestinationBehaviour(Enum):
    """
    FIRST or ALL matching Contacts; vendor default FIRST.
    """

    FIRST = "FIRST"
    ALL = "ALL"


class SmsAlertDestinationType(Enum):
    """
    Which Contact email receives the alert: PRIMARY, SECONDARY or BOTH; vendor
    default PRIMARY.
    """

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
    BOTH = "BOTH"


@dataclass(slots=True, kw_only=True)
class SoundFile:
    """
    A previously uploaded sound (SoundFiles interface). `soundLabel` is mandatory
    and may be `?` (per-Link variable); `soundGroup` is optional and may be empty;
    labels are unique only within a group.
    """

    class Meta:
        name = "soundFile"

    sound_label: str = field(
        metadata={
            "name": "soundLabel",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    sound_group: None | str = field(
        default=None,
        metadata={
            "name": "soundGroup",
            "type": "Attribute",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class TimeEventHandlers:
    """
    Branches of timeBased: timeEvent* then an optional failure, run when no template
    matches (without it such calls are dropped).
    """

    class Meta:
        name = "timeEventHandlers"

    time_event: list[TimeEvent] = field(
        default_factory=list,
        metadata={
            "name": "timeEvent",
            "type": "Element",
        },
    )
    failure: None | Failure = field(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Errors:
    """
    Error envelope: one error element per problem.

    A bare `error` root (the documented 401 body `&lt;error status="401"&gt;HTTP
    401: Unauthorized&lt;/error&gt;`) is also a valid document.
    """

    class Meta:
        name = "errors"

    error: list[Error] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Evaluate:
    """
    Compares `leftExprValue` (a fixed string, a `$_` variable or an internal
    function) with each matchEvent.
    """

    class Meta:
        name = "evaluate"

    event_handlers: MatchEventHandlers = field(
        metadata={
            "name": "eventHandlers",
            "type": "Element",
            "namespace": "",
        }
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    left_expr_value: str = field(
        metadata={
            "name": "leftExprValue",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class MessageParts:
    """
    "messageParts" is a content group, not a tag: one or more soundFile elements
    directly inside the message element, played in sequence.

    No text-to-speech part is documented.
    """

    class Meta:
        name = "messageParts"

    sound_file: list[SoundFile] = field(
        default_factory=list,
        metadata={
            "name": "soundFile",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Params:
    """
    The parameters of an httpRequest: exactly one params holding one or more param.
    """

    class Meta:
        name = "params"

    param: list[Param] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class SendSms:
    """
    Sends an SMS to a Contact (empty element). `from` is fixed to `$_partnerName`,
    the only documented value. `message` is optional as in the vendor's table,
    although createCallFlow answers `Message empty` without it.
    `destinationPhoneNumber` is mandatory, plus at least one of
    `destinationContactId` / `destinationContactName`.

    The vendor defaults PRIMARY / FIRST apply when the attributes are absent.

    Attributes:
        id:
        label:
        from_value:
        message:
        destination_phone_number:
        destination_contact_id:
        destination_contact_name:
        send_sms_alert:
        sms_alert_destination_type:
        sms_alert_destination_behaviour:
        sms_alert_email_template_name:
        sms_alert_from:
        sms_alert_from_name: Not in the vendor's attribute table but used by its
            examples; optional.
        any_attributes:
    """

    class Meta:
        name = "sendSms"

    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    from_value: str = field(
        init=False,
        default="$_partnerName",
        metadata={
            "name": "from",
            "type": "Attribute",
            "required": True,
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    destination_phone_number: str = field(
        metadata={
            "name": "destinationPhoneNumber",
            "type": "Attribute",
            "pattern": r"\?|[0-9]{1,15}",
        }
    )
    destination_contact_id: None | str = field(
        default=None,
        metadata={
            "name": "destinationContactId",
            "type": "Attribute",
            "min_length": 1,
        },
    )
    destination_contact_name: None | str = field(
        default=None,
        metadata={
            "name": "destinationContactName",
            "type": "Attribute",
            "min_length": 1,
        },
    )
    send_sms_alert: None | SendSmsAlert = field(
        default=None,
        metadata={
            "name": "sendSmsAlert",
            "type": "Attribute",
        },
    )
    sms_alert_destination_type: None | SmsAlertDestinationType = field(
        default=None,
        metadata={
            "name": "smsAlertDestinationType",
            "type": "Attribute",
        },
    )
    sms_alert_destination_behaviour: None | SmsAlertDestinationBehaviour = field(
        default=None,
        metadata={
            "name": "smsAlertDestinationBehaviour",
            "type": "Attribute",
        },
    )
    sms_alert_email_template_name: None | str = field(
        default=None,
        metadata={
            "name": "smsAlertEmailTemplateName",
            "type": "Attribute",
        },
    )
    sms_alert_from: None | str = field(
        default=None,
        metadata={
            "name": "smsAlertFrom",
            "type": "Attribute",
        },
    )
    sms_alert_from_name: None | str = field(
        default=None,
        metadata={
            "name": "smsAlertFromName",
            "type": "Attribute",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class TimeBased:
    """
    Branches on the time of the call using stored Time Templates.
    """

    class Meta:
        name = "timeBased"

    event_handlers: TimeEventHandlers = field(
        metadata={
            "name": "eventHandlers",
            "type": "Element",
            "namespace": "",
        }
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Call:
    """
    Calls a destination and bridges the caller.

    Children, all optional, in this order: callerMessage (played to the caller while
    connecting), calledMessage (whisper to the called party after answer, before
    bridging), eventHandlers (callEvent*, failure?). The attribute set is closed, so
    a misspelt attribute is caught before sending.

    Attributes:
        caller_message:
        called_message:
        event_handlers:
        id:
        label:
        destination_phone_number: `?` or digits; mandatory
            (`destinationPhoneNumber Empty`).
        destination_contact_id: `?` or a Contact id; mandatory
            (`destinationContactId Empty`).
        destination_contact_name: `?` or a Contact display name.
        record: Record the call; mandatory (present in every vendor example).
            Written `true`/`false`.
        recording_label: Label for the recording.
        record_call_notification_label: Sound played as the "call is recorded"
            notice, e.g. `defaultRecordMessage`.
        send_call_alert: Call alert mode; only `NONE` is documented. Mandatory
            (present in every vendor example).
        timeout: Seconds to ring before giving up (documented only in
            https://github.com/Yproximite/IovoxBundle).
        call_alert_from_name: Sender name of the call alert email (documented
            only in https://github.com/Yproximite/IovoxBundle).
        call_alert_email_template_name: Email template of the call alert
            (documented only in https://github.com/Yproximite/IovoxBundle).
        any_attributes:
    """

    class Meta:
        name = "call"

    caller_message: None | MessageParts = field(
        default=None,
        metadata={
            "name": "callerMessage",
            "type": "Element",
            "namespace": "",
        },
    )
    called_message: None | MessageParts = field(
        default=None,
        metadata={
            "name": "calledMessage",
            "type": "Element",
            "namespace": "",
        },
    )
    event_handlers: None | CallEventHandlers = field(
        default=None,
        metadata={
            "name": "eventHandlers",
            "type": "Element",
            "namespace": "",
        },
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    destination_phone_number: str = field(
        metadata={
            "name": "destinationPhoneNumber",
            "type": "Attribute",
            "pattern": r"\?|[0-9]{1,15}",
        }
    )
    destination_contact_id: str = field(
        metadata={
            "name": "destinationContactId",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    destination_contact_name: None | str = field(
        default=None,
        metadata={
            "name": "destinationContactName",
            "type": "Attribute",
        },
    )
    record: bool = field(
        metadata={
            "type": "Attribute",
        }
    )
    recording_label: None | str = field(
        default=None,
        metadata={
            "name": "recordingLabel",
            "type": "Attribute",
        },
    )
    record_call_notification_label: None | str = field(
        default=None,
        metadata={
            "name": "recordCallNotificationLabel",
            "type": "Attribute",
        },
    )
    send_call_alert: str = field(
        metadata={
            "name": "sendCallAlert",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    timeout: None | int = field(
        default=None,
        metadata={
            "type": "Attribute",
            "min_inclusive": 0,
        },
    )
    call_alert_from_name: None | str = field(
        default=None,
        metadata={
            "name": "callAlertFromName",
            "type": "Attribute",
        },
    )
    call_alert_email_template_name: None | str = field(
        default=None,
        metadata={
            "name": "callAlertEmailTemplateName",
            "type": "Attribute",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class HttpRequest:
    """
    Fire-and-forget HTTP request to `url` with `params` (no branching on the
    response).
    """

    class Meta:
        name = "httpRequest"

    params: Params = field(
        metadata={
            "type": "Element",
        }
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    url: str = field(
        metadata={
            "type": "Attribute",
            "pattern": r"https?://\S+",
        }
    )
    request_method: HttpRequestMethod = field(
        metadata={
            "name": "requestMethod",
            "type": "Attribute",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class KeypressFailureMessage(MessageParts):
    """
    Sound files played on a keypress failure of the given `behaviour`.
    """

    class Meta:
        name = "keypressFailureMessage"

    behaviour: KeypressFailureBehaviour = field(
        metadata={
            "type": "Attribute",
        }
    )


@dataclass(slots=True, kw_only=True)
class Play(MessageParts):
    """
    Plays one or more sound files to the caller.

    No attributes besides id and label.
    """

    class Meta:
        name = "play"

    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )


@dataclass(slots=True, kw_only=True)
class Voicemail:
    """
    Plays a greeting, records a message and emails it as an MP3 attachment.
    `destinationContactId` is mandatory (present in every vendor example);
    `fromName` is optional (vendor default empty).

    Attributes:
        voicemail_message:
        completed_message:
        id:
        label:
        from_value:
        from_name:
        subject:
        silence: Seconds of silence that end the recording.
        max_duration: Maximum recording length in seconds.
        template_name:
        destination_email_address:
        destination_contact_id:
        any_attributes:
    """

    class Meta:
        name = "voicemail"

    voicemail_message: MessageParts = field(
        metadata={
            "name": "voicemailMessage",
            "type": "Element",
            "namespace": "",
        }
    )
    completed_message: None | MessageParts = field(
        default=None,
        metadata={
            "name": "completedMessage",
            "type": "Element",
            "namespace": "",
        },
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    from_value: str = field(
        metadata={
            "name": "from",
            "type": "Attribute",
            "pattern": r"[^@\s]+@[^@\s]+",
        }
    )
    from_name: None | str = field(
        default=None,
        metadata={
            "name": "fromName",
            "type": "Attribute",
        },
    )
    subject: str = field(
        metadata={
            "type": "Attribute",
        }
    )
    silence: int = field(
        metadata={
            "type": "Attribute",
            "min_inclusive": 0,
        }
    )
    max_duration: int = field(
        metadata={
            "name": "maxDuration",
            "type": "Attribute",
            "min_inclusive": 0,
        }
    )
    template_name: str = field(
        metadata={
            "name": "templateName",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    destination_email_address: str = field(
        metadata={
            "name": "destinationEmailAddress",
            "type": "Attribute",
            "pattern": r"\?|[^@\s]+@[^@\s]+",
        }
    )
    destination_contact_id: str = field(
        metadata={
            "name": "destinationContactId",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class KeypressFailureMessages:
    """
    Wrapper of the messages played when a keypress fails (first child of a
    messageKeypress failure).
    """

    class Meta:
        name = "keypressFailureMessages"

    keypress_failure_message: list[KeypressFailureMessage] = field(
        default_factory=list,
        metadata={
            "name": "keypressFailureMessage",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class MessageKeypress:
    """
    IVR menu: plays a prompt (exactly one play rule with its own unique id) and
    branches on the keys pressed. `captureKeypress` and `timeout` are mandatory.

    Attributes:
        play:
        event_handlers:
        id:
        label:
        capture_keypress: Store the pressed keys.
        timeout: Seconds to wait for a key; on expiry the onNoKeypress behaviour
            applies.
        any_attributes:
    """

    class Meta:
        name = "messageKeypress"

    play: Play = field(
        metadata={
            "type": "Element",
        }
    )
    event_handlers: KeyEventHandlers = field(
        metadata={
            "name": "eventHandlers",
            "type": "Element",
            "namespace": "",
        }
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    capture_keypress: bool = field(
        metadata={
            "name": "captureKeypress",
            "type": "Attribute",
        }
    )
    timeout: int = field(
        metadata={
            "type": "Attribute",
            "min_inclusive": 0,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class CallEvent:
    """
    Rules run when the call outcome is one of `result`. `action` is always
    `onMatchResult` (fixed).
    """

    class Meta:
        name = "callEvent"

    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    action: str = field(
        init=False,
        default="onMatchResult",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )
    result: str = field(
        metadata={
            "type": "Attribute",
            "pattern": r"(ANSWERED|BUSY|REJECTED|NO_ANSWER|CANCELLED)(\|(ANSWERED|BUSY|REJECTED|NO_ANSWER|CANCELLED))*",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class CallFlow:
    """
    A named Call Flow template: attributes `name` (mandatory; identifies the flow,
    unique per account), `newName` (optional, updateCallFlow only: the new name) and
    `notes` (optional), then one or more rules executed in document order.

    A flow without rules is answered `There are no Rules in this Template`. IOVOX
    does not document the maximum name length (`CallFlow Name too long`, `New
    CallFlow Name too long`), so it is not checked before sending.
    """

    class Meta:
        name = "callFlow"

    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    name: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    new_name: None | str = field(
        default=None,
        metadata={
            "name": "newName",
            "type": "Attribute",
            "min_length": 1,
        },
    )
    notes: None | str = field(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Failure:
    """
    The branch taken when no event of the enclosing eventHandlers matches; at most
    one, after the events. `id`, `label` and `attempts` are mandatory.

    Content: an optional message wrapper (keypressFailureMessages in a
    messageKeypress, failureMessage in a timeBased), then rules.

    Attributes:
        keypress_failure_messages:
        failure_message:
        rules:
        id:
        label:
        attempts: Number of attempts (a non-negative integer; `0` and `3`
            appear).
        any_attributes:
    """

    class Meta:
        name = "failure"

    keypress_failure_messages: None | KeypressFailureMessages = field(
        default=None,
        metadata={
            "name": "keypressFailureMessages",
            "type": "Element",
        },
    )
    failure_message: None | MessageParts = field(
        default=None,
        metadata={
            "name": "failureMessage",
            "type": "Element",
            "namespace": "",
        },
    )
    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    id: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    label: str = field(
        metadata={
            "type": "Attribute",
            "min_length": 1,
        }
    )
    attempts: int = field(
        metadata={
            "type": "Attribute",
            "min_inclusive": 0,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class KeyEvent:
    """
    Rules run when the caller keys `keypressSequence`. `action` is always
    `onMatchKeypressSequence` (fixed).
    """

    class Meta:
        name = "keyEvent"

    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    action: str = field(
        init=False,
        default="onMatchKeypressSequence",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )
    keypress_sequence: str = field(
        metadata={
            "name": "keypressSequence",
            "type": "Attribute",
            "pattern": r"[0-9*#]+",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class MatchEvent:
    """
    Rules run when `leftExprValue operator rightExprValue` holds. `action` is always
    `onMatchCondition` (fixed).
    """

    class Meta:
        name = "matchEvent"

    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    action: str = field(
        init=False,
        default="onMatchCondition",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )
    right_expr_value: str = field(
        metadata={
            "name": "rightExprValue",
            "type": "Attribute",
        }
    )
    operator: EvaluateOperator = field(
        metadata={
            "type": "Attribute",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class TimeEvent:
    """
    Rules run when the call time matches the Time Template `timeTemplateLabel` (e.g.
    `Mon - Fri: 6pm - 9am`). `action` is always `onMatchTime` (fixed).
    """

    class Meta:
        name = "timeEvent"

    rules: list[
        Play
        | Call
        | MessageKeypress
        | SendSms
        | Voicemail
        | HttpRequest
        | TimeBased
        | Evaluate
    ] = field(
        default_factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "play",
                    "type": Play,
                },
                {
                    "name": "call",
                    "type": Call,
                },
                {
                    "name": "messageKeypress",
                    "type": MessageKeypress,
                },
                {
                    "name": "sendSms",
                    "type": SendSms,
                },
                {
                    "name": "voicemail",
                    "type": Voicemail,
                },
                {
                    "name": "httpRequest",
                    "type": HttpRequest,
                },
                {
                    "name": "timeBased",
                    "type": TimeBased,
                },
                {
                    "name": "evaluate",
                    "type": Evaluate,
                },
            ),
        },
    )
    action: str = field(
        init=False,
        default="onMatchTime",
        metadata={
            "type": "Attribute",
            "required": True,
        },
    )
    time_template_label: str = field(
        metadata={
            "name": "timeTemplateLabel",
            "type": "Attribute",
            "min_length": 1,
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Request:
    """
    Request body of createCallFlow and updateCallFlow: exactly one callFlow, sent
    after `&lt;?xml version="1.0" encoding="utf-8"?&gt;`.

    A request without callFlow is answered `Request Empty`.
    """

    class Meta:
        name = "request"

    call_flow: CallFlow = field(
        metadata={
            "name": "callFlow",
            "type": "Element",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Response:
    """
    Success body of getCallFlow: one callFlow.
    """

    class Meta:
        name = "response"

    call_flow: CallFlow = field(
        metadata={
            "name": "callFlow",
            "type": "Element",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )
