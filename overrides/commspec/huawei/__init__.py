"""Huawei Cloud: MSGSMS templates with IAM token authentication."""

from commspec.huawei._client import AsyncMsgsmsClient, MsgsmsClient
from commspec.huawei._iam_auth import IamPasswordCredentials, IamTokenAuth
from commspec.huawei.types import *  # noqa: F403 - the models, also in commspec.huawei.types

__all__ = ["AsyncMsgsmsClient", "IamPasswordCredentials", "IamTokenAuth", "MsgsmsClient"]
