"""ITNIO Tech: OTP task flows and AI voice outbound tasks."""

from commspec.itnio._auth import ItnioAuth, sign
from commspec.itnio._client import AsyncItnioClient, ItnioClient

# The models, also in commspec.itnio.types; star-imported from where they are defined, since mypy does
# not see names that a star import brings through an `__all__ +=` of another module.
from commspec_generated.itnio_aivoice.models import *  # noqa: F403
from commspec_generated.itnio_aivoice.param_types import *  # noqa: F403
from commspec_generated.itnio_otp.models import *  # noqa: F403
from commspec_generated.itnio_otp.param_types import *  # noqa: F403

__all__ = ["AsyncItnioClient", "ItnioAuth", "ItnioClient", "sign"]
