"""Contains all the data models used in inputs/outputs"""

from .brackets import Brackets
from .error import Error
from .flow_status import FlowStatus
from .sort_dir import SortDir
from .sort_key import SortKey
from .template import Template
from .template_list import TemplateList
from .template_list_flow_status import TemplateListFlowStatus
from .template_list_type import TemplateListType
from .template_ref import TemplateRef
from .template_region import TemplateRegion
from .template_request import TemplateRequest
from .template_type import TemplateType
from .template_variable_attribute import TemplateVariableAttribute
from .tenant_basic import TenantBasic
from .universal_template import UniversalTemplate
from .variable_type import VariableType

__all__ = (
    "Brackets",
    "Error",
    "FlowStatus",
    "SortDir",
    "SortKey",
    "Template",
    "TemplateList",
    "TemplateListFlowStatus",
    "TemplateListType",
    "TemplateRef",
    "TemplateRegion",
    "TemplateRequest",
    "TemplateType",
    "TemplateVariableAttribute",
    "TenantBasic",
    "UniversalTemplate",
    "VariableType",
)
