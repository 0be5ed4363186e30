"""What the mock accepts: the same environment variables as the clients, demo values when unset."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any

from commspec._spec import ApiSpec
from commspec_generated.huawei_iam import spec as huawei_iam
from commspec_generated.huawei_msgsms import spec as huawei_msgsms
from commspec_generated.huawei_sms import spec as huawei_sms
from commspec_generated.iovox_callflow import spec as iovox_callflow
from commspec_generated.itnio_otp import spec as itnio_otp

# Keyed by the environment variables the specs name for the clients' credentials (x-commspec.environment).
DEMO = {
    itnio_otp.API.environment["api_key"]: "demo-itnio-key",
    itnio_otp.API.environment["api_secret"]: "demo-itnio-secret",
    huawei_iam.API.environment["user_name"]: "demo-user",
    huawei_iam.API.environment["password"]: "demo-password",
    huawei_iam.API.environment["domain_name"]: "demo-domain",
    huawei_msgsms.API.environment["project_id"]: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    huawei_sms.API.environment["app_key"]: "demo-sms-app-key",
    huawei_sms.API.environment["app_secret"]: "demo-sms-app-secret",
    iovox_callflow.API.environment["username"]: "demo-iovox-user",
    iovox_callflow.API.environment["secure_key"]: "demo-iovox-secure-key",
}
# Request bodies above this answer 413 before any vendor sees them (every route, /_mock/ too).
# 2 MiB: above the IOVOX fake's 1 MiB XML limit, so that limit keeps its vendor error string.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024


@dataclass(slots=True)
class MockConfig:
    credentials: dict[str, str] = field(default_factory=lambda: dict(DEMO))
    timestamp_window: int = 300  # seconds either side of the mock's clock (ITNIO, undocumented)
    token_lifetime: int = int(huawei_iam.API.mock["token-lifetime"])  # seconds (Huawei IAM, from its spec)
    itnio_apps: tuple[str, ...] = ("demo-app", "LILIN888", "APP7731")  # AI voice appIds that exist
    itnio_max_robot_count: int = 10  # account maximum concurrency (-52 above it)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger request bodies get 413

    @classmethod
    def from_env(cls) -> MockConfig:
        return cls(credentials={name: os.environ.get(name) or demo for name, demo in DEMO.items()})

    def credential(self, name: str) -> str:
        """The value expected for the environment variable ``name``."""
        return self.credentials[name]

    def argument(self, api: ApiSpec, argument: str) -> str:
        """The value expected for a client's credential ``argument`` (named as in its constructor)."""
        return self.credentials[api.environment[argument]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
