"""Huawei Cloud: MSGSMS templates with IAM token authentication; SMS sending with X-WSSE."""

# Generated from specs/huawei/ by `nox -s generate`. Do not edit by hand.
# __all__ names the lazy models (from the star imports type checkers see) too.
# ruff: noqa: F405

from typing import TYPE_CHECKING

from commspec._lazy import lazy_getattr
from commspec.huawei._client import AsyncMsgsmsClient, AsyncSmsClient, MsgsmsClient, SmsClient
from commspec.huawei._iam_auth import IamTokenAuth
from commspec.huawei._iam_credentials import IamPasswordCredentials

# The models (also in commspec.huawei.types) load on first access; type checkers see them here.
if TYPE_CHECKING:
    from commspec_generated.huawei_msgsms.models import *  # noqa: F403
    from commspec_generated.huawei_msgsms.param_types import *  # noqa: F403
    from commspec_generated.huawei_sms.models import *  # noqa: F403
    from commspec_generated.huawei_sms.param_types import *  # noqa: F403

__getattr__ = lazy_getattr(
    __name__,
    (
        "commspec_generated.huawei_msgsms.models",
        "commspec_generated.huawei_msgsms.param_types",
        "commspec_generated.huawei_sms.models",
        "commspec_generated.huawei_sms.param_types",
    ),
)

__all__ = [
    "App",
    "AppCount",
    "AppCreateRequest",
    "AppCreated",
    "AppList",
    "AppUpdateRequest",
    "AppUpdated",
    "AsyncMsgsmsClient",
    "AsyncSmsClient",
    "BatchStatusReport",
    "Country",
    "Error",
    "IamPasswordCredentials",
    "IamTokenAuth",
    "MsgsmsClient",
    "PhoneNumber",
    "SendAnswer",
    "SendDiffSmsBody",
    "SendSmsForm",
    "Signature",
    "SignatureFile",
    "SignatureFileRef",
    "SignatureFileUpload",
    "SignatureList",
    "SignatureRef",
    "SignatureRequest",
    "SmsClient",
    "SmsContent",
    "SmsContentParam",
    "SmsResult",
    "StatusReport",
    "Template",
    "TemplateList",
    "TemplateRef",
    "TemplateRequest",
    "TemplateVariable",
    "TemplateVariableAttribute",
    "TemplateVariableAttributeParam",
    "TemplateVariableList",
    "TenantBasic",
]
