"""ITNIO Tech: OTP task flows and AI voice outbound tasks."""

from commspec.itnio._auth import ItnioAuth, sign
from commspec.itnio._client import AsyncItnioClient, ItnioClient
from commspec.itnio.types import *  # noqa: F403 - the models, also in commspec.itnio.types

__all__ = ["AsyncItnioClient", "ItnioAuth", "ItnioClient", "sign"]
