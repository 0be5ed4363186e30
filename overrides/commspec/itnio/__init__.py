"""ITNIO Tech: OTP task flows and AI voice outbound tasks."""

# Generated from specs/itnio/ by `nox -s generate`. Do not edit by hand.
# __all__ names the lazy models (from the star imports type checkers see) too.
# ruff: noqa: F405

from typing import TYPE_CHECKING

from commspec._lazy import lazy_getattr
from commspec.itnio._auth import ItnioAuth, sign
from commspec.itnio._client import AsyncItnioClient, ItnioClient

# The models (also in commspec.itnio.types) load on first access; type checkers see them here.
if TYPE_CHECKING:
    from commspec_generated.itnio_aivoice.models import *  # noqa: F403
    from commspec_generated.itnio_aivoice.param_types import *  # noqa: F403
    from commspec_generated.itnio_otp.models import *  # noqa: F403
    from commspec_generated.itnio_otp.param_types import *  # noqa: F403

__getattr__ = lazy_getattr(
    __name__,
    (
        "commspec_generated.itnio_aivoice.models",
        "commspec_generated.itnio_aivoice.param_types",
        "commspec_generated.itnio_otp.models",
        "commspec_generated.itnio_otp.param_types",
    ),
)

__all__ = [
    "AsyncItnioClient",
    "CallDetail",
    "CallRecord",
    "FlowEnvelope",
    "FlowListEnvelope",
    "FlowNode",
    "FlowNodeParam",
    "FlowWrite",
    "InactiveDate",
    "InactiveDateParam",
    "InactiveTime",
    "InactiveTimeParam",
    "ItnioAuth",
    "ItnioClient",
    "JobIdEnvelope",
    "NullEnvelope",
    "SendLimit",
    "SendLimitParam",
    "Task",
    "TaskCreate",
    "TaskEdit",
    "TaskFields",
    "TaskFlow",
    "TaskListParams",
    "TaskListQuery",
    "TaskPage",
    "TaskPageEnvelope",
    "TaskRef",
    "VerificationApp",
    "VerificationAppEnvelope",
    "VerificationAppWrite",
    "VerificationCheck",
    "VerificationCheckEnvelope",
    "VerificationSend",
    "VerificationSendRule",
    "VerificationSent",
    "VerificationSentEnvelope",
    "VerificationTemplate",
    "VerificationTemplateCreate",
    "VerificationTemplateEnvelope",
    "VerificationTemplateListEnvelope",
    "VerificationTemplateUpdate",
    "VerificationVerify",
    "sign",
]
