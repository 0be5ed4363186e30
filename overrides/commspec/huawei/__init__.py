"""Huawei Cloud: MSGSMS templates with IAM token authentication."""

from commspec.huawei._iam_auth import IamPasswordCredentials, IamTokenAuth

__all__ = ["IamPasswordCredentials", "IamTokenAuth"]
