"""ITNIO Tech: OTP task flows and AI voice outbound tasks."""

from commspec.itnio._auth import ItnioAuth, sign
from commspec.itnio._client import AsyncItnioClient, ItnioClient

__all__ = ["AsyncItnioClient", "ItnioAuth", "ItnioClient", "sign"]
