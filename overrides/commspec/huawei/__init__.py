"""Huawei Cloud: MSGSMS templates with IAM token authentication."""

from commspec.huawei._client import AsyncMsgsmsClient, MsgsmsClient
from commspec.huawei._iam_auth import IamTokenAuth
from commspec.huawei._iam_credentials import IamPasswordCredentials

__all__ = ["AsyncMsgsmsClient", "IamPasswordCredentials", "IamTokenAuth", "MsgsmsClient"]
