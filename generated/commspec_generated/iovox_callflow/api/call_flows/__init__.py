"""Resources for `call_flows`: generated from specs/ by `nox -s generate`. Do not edit by hand."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from commspec import _response
from commspec._arguments import join_names
from commspec._pagination import AsyncPage, Page
from commspec._resource import AsyncResource, SyncResource, require

from commspec_generated.iovox_callflow_xml import CallFlow, Request, Response

from ... import spec as _spec
from ...models import *  # noqa: F403 - the signatures name nested models and literal types
from ...types import UNSET, Unset

if TYPE_CHECKING:
    pass

__all__ = ["CallFlows", "AsyncCallFlows"]


class CallFlows(SyncResource):
    """`call_flows` operations (blocking)."""

    def retrieve(
        self,
        name: str,
    ) -> CallFlow:
        """getCallFlow — one Call Flow with its rules

        `GET /CallFlow`
        `GET https://api.iovox.com:444/CallFlow?v=3&method=getCallFlow&call_flow=<name>`; 200 with a
        `response` element holding one `callFlow` (callflow.xsd) [vendor docs D5].
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "getCallFlow",
            "call_flow": name,
        }
        call_body = None
        payload = self._client.call(_spec.CALL_FLOWS_RETRIEVE, call_params, call_body)
        return _response.parse_xml(
            _spec.CALL_FLOWS_RETRIEVE, payload, Response
        ).call_flow

    def update(
        self,
        call_flow: CallFlow,
    ) -> None:
        """updateCallFlow — replace the rules of a Call Flow, optionally renaming it

        `PUT /CallFlow`
        `PUT https://api.iovox.com:444/CallFlow?v=3&method=updateCallFlow` with a `request` body holding
        one `callFlow` (`name` = the existing flow, `newName` optional, `notes` optional) and the
        complete
        new rule set [seed 004_ea29885609e73a6e.txt]. The new version is applied to every Link that used
        the previous one; per-Link variable values are carried over by matching rule `id` (unmatched
        values are dropped) [seed 004_ea29885609e73a6e.txt]. Success: 204 No Content; the seed has no
        success section, decision per [client lib L1] which expects 204 (iovox.md Q1).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "updateCallFlow",
        }
        call_body = Request(call_flow=call_flow)
        self._client.call(_spec.CALL_FLOWS_UPDATE, call_params, call_body)

    def create(
        self,
        call_flow: CallFlow,
    ) -> None:
        """createCallFlow — create a Call Flow

        `POST /CallFlow`
        `POST https://api.iovox.com:444/CallFlow?v=3&method=createCallFlow` with a `request` body like
        updateCallFlow's but without `newName`; `name` must be unique in the account [vendor docs D3].
        Success: 201 Created; the body is undocumented and treated as empty [client lib L1] (iovox.md
        Q16).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "createCallFlow",
        }
        call_body = Request(call_flow=call_flow)
        self._client.call(_spec.CALL_FLOWS_CREATE, call_params, call_body)

    def delete(
        self,
        names: Sequence[str],
        *,
        detach_from_links: bool = False,
    ) -> None:
        """deleteCallFlows — delete one or more Call Flows

        `DELETE /CallFlow`
        `DELETE https://api.iovox.com:444/CallFlow?v=3&method=deleteCallFlows&call_flows=A|B[&detach_fro
        m_links=TRUE]`;
        204 No Content [vendor docs D7]. Names are checked in order; without `detach_from_links=TRUE`
        only flows attached to no Link can be deleted. Decision (iovox.md Q11): port 444 although the D7
        URL omits it. There is no singular deleteCallFlow.

        `names` is a list of names, sent joined by `|`. The list syntax has no escape while the XSD
        allows `|` in a name, so a name containing `|` is refused before sending (it would delete the
        flows named by its parts; such a flow cannot be deleted through this API), as are a bare string
        (not split into characters), a non-string item, an empty name and an empty list.
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "deleteCallFlows",
            "call_flows": join_names(_spec.CALL_FLOWS_DELETE, "names", names, "|"),
            "detach_from_links": "TRUE" if detach_from_links else "FALSE",
        }
        call_body = None
        self._client.call(_spec.CALL_FLOWS_DELETE, call_params, call_body)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: str | Unset = UNSET,
        req_fields: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        template_type: CallFlowsListTemplateType | Unset = UNSET,
        advanced: CallFlowsListAdvanced | Unset = UNSET,
    ) -> Page[CallFlowSummary]:
        """getCallFlows — list Call Flows, paged

        `GET /{interface}`
        `GET https://api.iovox.com:444/CallFlow?v=3&method=getCallFlows[&page&limit&order&req_fields&tem
        plate_name&template_type&advanced&output]`
        [client lib L1]; parameter defaults and limits from the generic getFlows page [vendor docs D6].
        Decision: the client sends `output=JSON` as L1 does, because the XML form of the list is
        undocumented; the JSON shape is L1's (`response` with `current_page`, `total_pages`,
        `total_results`, `results`) [client lib L1].
        """
        call_params: dict[str, Any] = {
            "interface": "CallFlow",
            "v": 3,
            "method": "getCallFlows",
            "page": page,
            "limit": limit,
            "order": order,
            "req_fields": req_fields,
            "template_name": template_name,
            "template_type": template_type,
            "advanced": advanced,
            "output": "JSON",
        }
        call_body = None

        def parse(payload: Any) -> CallFlowsPage:
            return _response.parse(
                _spec.CALL_FLOWS_LIST, payload, CallFlowsPage.from_dict
            )

        return self._client.paginate(
            _spec.CALL_FLOWS_LIST, call_params, call_body, parse
        )


class AsyncCallFlows(AsyncResource):
    """`call_flows` operations (asyncio)."""

    async def retrieve(
        self,
        name: str,
    ) -> CallFlow:
        """getCallFlow — one Call Flow with its rules

        `GET /CallFlow`
        `GET https://api.iovox.com:444/CallFlow?v=3&method=getCallFlow&call_flow=<name>`; 200 with a
        `response` element holding one `callFlow` (callflow.xsd) [vendor docs D5].
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "getCallFlow",
            "call_flow": name,
        }
        call_body = None
        payload = await self._client.call(
            _spec.CALL_FLOWS_RETRIEVE, call_params, call_body
        )
        return _response.parse_xml(
            _spec.CALL_FLOWS_RETRIEVE, payload, Response
        ).call_flow

    async def update(
        self,
        call_flow: CallFlow,
    ) -> None:
        """updateCallFlow — replace the rules of a Call Flow, optionally renaming it

        `PUT /CallFlow`
        `PUT https://api.iovox.com:444/CallFlow?v=3&method=updateCallFlow` with a `request` body holding
        one `callFlow` (`name` = the existing flow, `newName` optional, `notes` optional) and the
        complete
        new rule set [seed 004_ea29885609e73a6e.txt]. The new version is applied to every Link that used
        the previous one; per-Link variable values are carried over by matching rule `id` (unmatched
        values are dropped) [seed 004_ea29885609e73a6e.txt]. Success: 204 No Content; the seed has no
        success section, decision per [client lib L1] which expects 204 (iovox.md Q1).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "updateCallFlow",
        }
        call_body = Request(call_flow=call_flow)
        await self._client.call(_spec.CALL_FLOWS_UPDATE, call_params, call_body)

    async def create(
        self,
        call_flow: CallFlow,
    ) -> None:
        """createCallFlow — create a Call Flow

        `POST /CallFlow`
        `POST https://api.iovox.com:444/CallFlow?v=3&method=createCallFlow` with a `request` body like
        updateCallFlow's but without `newName`; `name` must be unique in the account [vendor docs D3].
        Success: 201 Created; the body is undocumented and treated as empty [client lib L1] (iovox.md
        Q16).
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "createCallFlow",
        }
        call_body = Request(call_flow=call_flow)
        await self._client.call(_spec.CALL_FLOWS_CREATE, call_params, call_body)

    async def delete(
        self,
        names: Sequence[str],
        *,
        detach_from_links: bool = False,
    ) -> None:
        """deleteCallFlows — delete one or more Call Flows

        `DELETE /CallFlow`
        `DELETE https://api.iovox.com:444/CallFlow?v=3&method=deleteCallFlows&call_flows=A|B[&detach_fro
        m_links=TRUE]`;
        204 No Content [vendor docs D7]. Names are checked in order; without `detach_from_links=TRUE`
        only flows attached to no Link can be deleted. Decision (iovox.md Q11): port 444 although the D7
        URL omits it. There is no singular deleteCallFlow.

        `names` is a list of names, sent joined by `|`. The list syntax has no escape while the XSD
        allows `|` in a name, so a name containing `|` is refused before sending (it would delete the
        flows named by its parts; such a flow cannot be deleted through this API), as are a bare string
        (not split into characters), a non-string item, an empty name and an empty list.
        """
        call_params: dict[str, Any] = {
            "v": 3,
            "method": "deleteCallFlows",
            "call_flows": join_names(_spec.CALL_FLOWS_DELETE, "names", names, "|"),
            "detach_from_links": "TRUE" if detach_from_links else "FALSE",
        }
        call_body = None
        await self._client.call(_spec.CALL_FLOWS_DELETE, call_params, call_body)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: str | Unset = UNSET,
        req_fields: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        template_type: CallFlowsListTemplateType | Unset = UNSET,
        advanced: CallFlowsListAdvanced | Unset = UNSET,
    ) -> AsyncPage[CallFlowSummary]:
        """getCallFlows — list Call Flows, paged

        `GET /{interface}`
        `GET https://api.iovox.com:444/CallFlow?v=3&method=getCallFlows[&page&limit&order&req_fields&tem
        plate_name&template_type&advanced&output]`
        [client lib L1]; parameter defaults and limits from the generic getFlows page [vendor docs D6].
        Decision: the client sends `output=JSON` as L1 does, because the XML form of the list is
        undocumented; the JSON shape is L1's (`response` with `current_page`, `total_pages`,
        `total_results`, `results`) [client lib L1].
        """
        call_params: dict[str, Any] = {
            "interface": "CallFlow",
            "v": 3,
            "method": "getCallFlows",
            "page": page,
            "limit": limit,
            "order": order,
            "req_fields": req_fields,
            "template_name": template_name,
            "template_type": template_type,
            "advanced": advanced,
            "output": "JSON",
        }
        call_body = None

        def parse(payload: Any) -> CallFlowsPage:
            return _response.parse(
                _spec.CALL_FLOWS_LIST, payload, CallFlowsPage.from_dict
            )

        return await self._client.paginate(
            _spec.CALL_FLOWS_LIST, call_params, call_body, parse
        )
