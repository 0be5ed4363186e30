"""Contains all the data models used in inputs/outputs"""

from .call_flow_summary import CallFlowSummary
from .call_flow_summary_advanced import CallFlowSummaryAdvanced
from .call_flow_summary_template_type import CallFlowSummaryTemplateType
from .call_flows_create_method import CallFlowsCreateMethod
from .call_flows_create_v import CallFlowsCreateV
from .call_flows_delete_detach_from_links import CallFlowsDeleteDetachFromLinks
from .call_flows_delete_method import CallFlowsDeleteMethod
from .call_flows_delete_v import CallFlowsDeleteV
from .call_flows_list_advanced import CallFlowsListAdvanced
from .call_flows_list_interface import CallFlowsListInterface
from .call_flows_list_method import CallFlowsListMethod
from .call_flows_list_output import CallFlowsListOutput
from .call_flows_list_template_type import CallFlowsListTemplateType
from .call_flows_list_v import CallFlowsListV
from .call_flows_page import CallFlowsPage
from .call_flows_page_response import CallFlowsPageResponse
from .call_flows_retrieve_method import CallFlowsRetrieveMethod
from .call_flows_retrieve_v import CallFlowsRetrieveV
from .call_flows_update_method import CallFlowsUpdateMethod
from .call_flows_update_v import CallFlowsUpdateV

__all__ = (
    "CallFlowsCreateMethod",
    "CallFlowsCreateV",
    "CallFlowsDeleteDetachFromLinks",
    "CallFlowsDeleteMethod",
    "CallFlowsDeleteV",
    "CallFlowsListAdvanced",
    "CallFlowsListInterface",
    "CallFlowsListMethod",
    "CallFlowsListOutput",
    "CallFlowsListTemplateType",
    "CallFlowsListV",
    "CallFlowsPage",
    "CallFlowsPageResponse",
    "CallFlowsRetrieveMethod",
    "CallFlowsRetrieveV",
    "CallFlowSummary",
    "CallFlowSummaryAdvanced",
    "CallFlowSummaryTemplateType",
    "CallFlowsUpdateMethod",
    "CallFlowsUpdateV",
)
