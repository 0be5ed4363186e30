"""Contains all the data models used in inputs/outputs"""

from .auth import Auth
from .auth_method import AuthMethod
from .domain import Domain
from .iam_error import IamError
from .identity import Identity
from .keystone_error import KeystoneError
from .named_ref import NamedRef
from .password_identity import PasswordIdentity
from .password_user import PasswordUser
from .project_scope import ProjectScope
from .scope import Scope
from .token import Token
from .token_catalog_item import TokenCatalogItem
from .token_project import TokenProject
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_user import TokenUser

__all__ = (
    "Auth",
    "AuthMethod",
    "Domain",
    "IamError",
    "Identity",
    "KeystoneError",
    "NamedRef",
    "PasswordIdentity",
    "PasswordUser",
    "ProjectScope",
    "Scope",
    "Token",
    "TokenCatalogItem",
    "TokenProject",
    "TokenRequest",
    "TokenResponse",
    "TokenUser",
)
