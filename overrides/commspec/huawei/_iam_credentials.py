"""What a Huawei client authenticates with: an IAM user's password login, or a pre-issued token.

Argument names, environment variables and which values travel in a header come from the specs
(``x-commspec.environment``, ``securitySchemes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

from commspec import _defaults, errors
from commspec_generated.huawei_iam import spec as iam_spec
from commspec_generated.huawei_msgsms import spec as msgsms_spec

__all__ = ["DOMAIN_NAME", "PASSWORD", "TOKEN", "USER_NAME", "IamPasswordCredentials"]

# The IAM login travels in a JSON body: any text without control characters. IAM passwords may contain
# spaces, so a password may also start or end with one.
USER_NAME = iam_spec.API.credential("user_name")
PASSWORD = iam_spec.API.credential("password", spaces_around=True)
DOMAIN_NAME = iam_spec.API.credential("domain_name")
TOKEN = msgsms_spec.API.credential("token")  # sent as X-Auth-Token


@dataclass(frozen=True, slots=True)
class IamPasswordCredentials:
    """An IAM user's password login: user name, password (left out of the repr) and the account
    (domain) owning the user."""

    user_name: str
    password: str = field(repr=False)
    domain_name: str

    def __post_init__(self) -> None:
        USER_NAME.check(self.user_name)
        PASSWORD.check(self.password)
        DOMAIN_NAME.check(self.domain_name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Read HUAWEICLOUD_IAM_USER, HUAWEICLOUD_IAM_PASSWORD and HUAWEICLOUD_IAM_DOMAIN (inside a
        test's ``mock_vendors()``, from the mock's environment, as a client built there does)."""
        env = _defaults.environ() if environ is None else environ
        fields = (USER_NAME, PASSWORD, DOMAIN_NAME)
        missing = [f.variable for f in fields if f.variable is not None and env.get(f.variable) is None]
        if missing:
            raise errors.ConfigurationError(
                "credentials", f"not given, and environment variable(s) not set: {', '.join(missing)}"
            )
        return cls(*(field.resolve(None, env) for field in fields))
