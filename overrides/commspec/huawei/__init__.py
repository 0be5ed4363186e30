"""Huawei Cloud: MSGSMS templates with IAM token authentication."""

from commspec.huawei._client import AsyncMsgsmsClient, MsgsmsClient
from commspec.huawei._iam_auth import IamTokenAuth
from commspec.huawei._iam_credentials import IamPasswordCredentials

# The models, also in commspec.huawei.types; star-imported from where they are defined, since mypy does
# not see names that a star import brings through an `__all__ +=` of another module.
from commspec_generated.huawei_msgsms.models import *  # noqa: F403
from commspec_generated.huawei_msgsms.param_types import *  # noqa: F403

__all__ = ["AsyncMsgsmsClient", "IamPasswordCredentials", "IamTokenAuth", "MsgsmsClient"]
