"""Huawei Cloud MSGSMS and SMS sending models, generated from specs/huawei/msgsms.openapi.yaml and
sms.openapi.yaml: the pydantic models
calls return (fields the vendor adds are kept in ``model_extra``) and the ``...Param`` TypedDicts that
type a nested argument given as a dict. Also importable from ``commspec.huawei``."""

from commspec_generated.huawei_msgsms import models as _msgsms_models
from commspec_generated.huawei_msgsms import param_types as _msgsms_params
from commspec_generated.huawei_msgsms.models import *  # noqa: F403
from commspec_generated.huawei_msgsms.param_types import *  # noqa: F403
from commspec_generated.huawei_sms import models as _sms_models
from commspec_generated.huawei_sms import param_types as _sms_params
from commspec_generated.huawei_sms.models import *  # noqa: F403
from commspec_generated.huawei_sms.param_types import *  # noqa: F403

__all__: list[str] = []
__all__ += _msgsms_models.__all__
__all__ += _msgsms_params.__all__
__all__ += _sms_models.__all__
__all__ += _sms_params.__all__
