"""IOVOX: the CallFlow interface with typed call flows (classes generated from specs/iovox/callflow.xsd).

Build a flow from the typed rule and branch classes and send it::

    from commspec.iovox import CallFlow, IovoxClient, Play, SoundFile

    with IovoxClient() as iovox:  # IOVOX_USERNAME / IOVOX_SECURE_KEY
        iovox.call_flows.update(CallFlow(name="Sales", rules=[Play(...)]))
"""

# Generated from specs/iovox/ by `nox -s generate`. Do not edit by hand.
# __all__ names the lazy models (from the star imports type checkers see) too.
# ruff: noqa: F405

from typing import TYPE_CHECKING

from commspec._lazy import lazy_getattr
from commspec._xml_binding import parse_xml, to_xml
from commspec._xml_safe import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, XmlRefusedError, secure_parse
from commspec.iovox._call_flow_schema import call_flow_schema, schema_errors
from commspec.iovox._client import AsyncIovoxClient, IovoxClient
from commspec.iovox._error_envelope import IovoxErrorEntry, read_errors

# The models (also in commspec.iovox.types) load on first access; type checkers see them here.
if TYPE_CHECKING:
    from commspec_generated.iovox_callflow.models import *  # noqa: F403
    from commspec_generated.iovox_callflow_xml import *  # noqa: F403

__getattr__ = lazy_getattr(
    __name__,
    (
        "commspec_generated.iovox_callflow_xml",
        "commspec_generated.iovox_callflow.models",
    ),
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "AsyncIovoxClient",
    "Call",
    "CallEvent",
    "CallEventHandlers",
    "CallFlow",
    "CallFlowSummary",
    "CallFlowsPage",
    "CallFlowsPageResponse",
    "Error",
    "Errors",
    "Evaluate",
    "EvaluateOperator",
    "Failure",
    "HttpRequest",
    "HttpRequestMethod",
    "IovoxClient",
    "IovoxErrorEntry",
    "KeyEvent",
    "KeyEventHandlers",
    "KeypressFailureBehaviour",
    "KeypressFailureMessage",
    "KeypressFailureMessages",
    "MatchEvent",
    "MatchEventHandlers",
    "MessageKeypress",
    "MessageParts",
    "Param",
    "Params",
    "Play",
    "Request",
    "Response",
    "SendSms",
    "SendSmsAlert",
    "SmsAlertDestinationBehaviour",
    "SmsAlertDestinationType",
    "SoundFile",
    "TimeBased",
    "TimeEvent",
    "TimeEventHandlers",
    "Voicemail",
    "XmlRefusedError",
    "call_flow_schema",
    "parse_xml",
    "read_errors",
    "schema_errors",
    "secure_parse",
    "to_xml",
]
