"""ITNIO's models, generated from specs/itnio/: the pydantic models calls return (snake_case fields,
``task.job_id``; fields the vendor adds are kept in ``model_extra``) and the ``...Param`` TypedDicts that
type a nested argument given as a dict (``flow=[{"waitingTime": 60, ...}]``). Also importable from
``commspec.itnio``."""

from commspec_generated.itnio_aivoice import models as _aivoice_models
from commspec_generated.itnio_aivoice import param_types as _aivoice_params
from commspec_generated.itnio_aivoice.models import *  # noqa: F403
from commspec_generated.itnio_aivoice.param_types import *  # noqa: F403
from commspec_generated.itnio_otp import models as _otp_models
from commspec_generated.itnio_otp import param_types as _otp_params
from commspec_generated.itnio_otp.models import *  # noqa: F403
from commspec_generated.itnio_otp.param_types import *  # noqa: F403

__all__: list[str] = []
__all__ += _aivoice_models.__all__
__all__ += _aivoice_params.__all__
__all__ += _otp_models.__all__
__all__ += _otp_params.__all__
