"""What the mock accepts: the same environment variables as the clients, demo values when unset."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any

DEMO = {
    "ITNIO_API_KEY": "demo-itnio-key",
    "ITNIO_API_SECRET": "demo-itnio-secret",
    "HUAWEICLOUD_IAM_USER": "demo-user",
    "HUAWEICLOUD_IAM_PASSWORD": "demo-password",
    "HUAWEICLOUD_IAM_DOMAIN": "demo-domain",
    "HUAWEICLOUD_PROJECT_ID": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    "IOVOX_USERNAME": "demo-iovox-user",
    "IOVOX_SECURE_KEY": "demo-iovox-secure-key",
}
# Request bodies above this answer 413 before any vendor sees them (every route, /_mock/ too).
# 2 MiB: above the IOVOX fake's 1 MiB XML limit, so that limit keeps its vendor error string.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024


@dataclass(slots=True)
class MockConfig:
    credentials: dict[str, str] = field(default_factory=lambda: dict(DEMO))
    timestamp_window: int = 300  # seconds either side of the mock's clock (ITNIO, undocumented)
    token_lifetime: int = 24 * 3600  # seconds (Huawei IAM: 24 h)
    itnio_apps: tuple[str, ...] = ("demo-app", "LILIN888", "APP7731")  # AI voice appIds that exist
    itnio_max_robot_count: int = 10  # account maximum concurrency (-52 above it)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger request bodies get 413

    @classmethod
    def from_env(cls) -> MockConfig:
        return cls(credentials={name: os.environ.get(name) or demo for name, demo in DEMO.items()})

    def credential(self, name: str) -> str:
        return self.credentials[name]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
