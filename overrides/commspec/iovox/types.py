"""IOVOX models: the call flow classes generated from specs/iovox/callflow.xsd (``CallFlow``, every rule
and branch) and the pydantic models of the JSON answers (``CallFlowSummary``, fields the vendor adds kept
in ``model_extra``). Also importable from ``commspec.iovox``."""

from commspec_generated import iovox_callflow_xml as _call_flow_classes
from commspec_generated.iovox_callflow import models as _callflow_models
from commspec_generated.iovox_callflow.models import *  # noqa: F403
from commspec_generated.iovox_callflow_xml import *  # noqa: F403

__all__: list[str] = []
__all__ += _call_flow_classes.__all__
__all__ += _callflow_models.__all__
