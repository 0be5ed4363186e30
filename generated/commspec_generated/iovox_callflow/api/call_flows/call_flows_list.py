from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_flows_list_advanced import (
    CallFlowsListAdvanced,
)
from ...models.call_flows_list_interface import (
    CallFlowsListInterface,
)
from ...models.call_flows_list_method import (
    CallFlowsListMethod,
)
from ...models.call_flows_list_output import (
    CallFlowsListOutput,
)
from ...models.call_flows_list_template_type import (
    CallFlowsListTemplateType,
)
from ...models.call_flows_list_v import CallFlowsListV
from ...models.call_flows_page import CallFlowsPage
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    interface: CallFlowsListInterface = "CallFlow",
    *,
    v: CallFlowsListV = 3,
    method: CallFlowsListMethod = "getCallFlows",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
    order: str | Unset = "c_DESC",
    req_fields: str | Unset = "tna,tno,tt,c,a",
    template_name: str | Unset = UNSET,
    template_type: CallFlowsListTemplateType | Unset = "ALL",
    advanced: CallFlowsListAdvanced | Unset = UNSET,
    output: CallFlowsListOutput | Unset = "XML",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_v: int = v
    params["v"] = json_v

    json_method: str = method
    params["method"] = json_method

    params["page"] = page

    params["limit"] = limit

    params["order"] = order

    params["req_fields"] = req_fields

    params["template_name"] = template_name

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type

    params["template_type"] = json_template_type

    json_advanced: str | Unset = UNSET
    if not isinstance(advanced, Unset):
        json_advanced = advanced

    params["advanced"] = json_advanced

    json_output: str | Unset = UNSET
    if not isinstance(output, Unset):
        json_output = output

    params["output"] = json_output

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{interface}".format(
            interface=quote(str(interface), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallFlowsPage | File | None:
    if response.status_code == 200:
        response_200 = CallFlowsPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = File(payload=BytesIO(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = File(payload=BytesIO(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = File(payload=BytesIO(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallFlowsPage | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interface: CallFlowsListInterface = "CallFlow",
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsListV = 3,
    method: CallFlowsListMethod = "getCallFlows",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
    order: str | Unset = "c_DESC",
    req_fields: str | Unset = "tna,tno,tt,c,a",
    template_name: str | Unset = UNSET,
    template_type: CallFlowsListTemplateType | Unset = "ALL",
    advanced: CallFlowsListAdvanced | Unset = UNSET,
    output: CallFlowsListOutput | Unset = "XML",
) -> Response[CallFlowsPage | File]:
    """List Call Flows, paged (getCallFlows)

     Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are those of
    the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because IOVOX does not
    document its XML form.

    Args:
        interface (CallFlowsListInterface): Default: 'CallFlow'.
        v (CallFlowsListV): Default: 3.
        method (CallFlowsListMethod): Default: 'getCallFlows'.
        page (int | Unset): Default: 1.
        limit (int | Unset): Default: 20000.
        order (str | Unset): Default: 'c_DESC'.
        req_fields (str | Unset): Default: 'tna,tno,tt,c,a'.
        template_name (str | Unset):
        template_type (CallFlowsListTemplateType | Unset): Default: 'ALL'.
        advanced (CallFlowsListAdvanced | Unset):
        output (CallFlowsListOutput | Unset): Default: 'XML'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallFlowsPage | File]
    """

    kwargs = _get_kwargs(
        interface=interface,
        v=v,
        method=method,
        page=page,
        limit=limit,
        order=order,
        req_fields=req_fields,
        template_name=template_name,
        template_type=template_type,
        advanced=advanced,
        output=output,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    interface: CallFlowsListInterface = "CallFlow",
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsListV = 3,
    method: CallFlowsListMethod = "getCallFlows",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
    order: str | Unset = "c_DESC",
    req_fields: str | Unset = "tna,tno,tt,c,a",
    template_name: str | Unset = UNSET,
    template_type: CallFlowsListTemplateType | Unset = "ALL",
    advanced: CallFlowsListAdvanced | Unset = UNSET,
    output: CallFlowsListOutput | Unset = "XML",
) -> CallFlowsPage | File | None:
    """List Call Flows, paged (getCallFlows)

     Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are those of
    the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because IOVOX does not
    document its XML form.

    Args:
        interface (CallFlowsListInterface): Default: 'CallFlow'.
        v (CallFlowsListV): Default: 3.
        method (CallFlowsListMethod): Default: 'getCallFlows'.
        page (int | Unset): Default: 1.
        limit (int | Unset): Default: 20000.
        order (str | Unset): Default: 'c_DESC'.
        req_fields (str | Unset): Default: 'tna,tno,tt,c,a'.
        template_name (str | Unset):
        template_type (CallFlowsListTemplateType | Unset): Default: 'ALL'.
        advanced (CallFlowsListAdvanced | Unset):
        output (CallFlowsListOutput | Unset): Default: 'XML'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallFlowsPage | File
    """

    return sync_detailed(
        interface=interface,
        client=client,
        v=v,
        method=method,
        page=page,
        limit=limit,
        order=order,
        req_fields=req_fields,
        template_name=template_name,
        template_type=template_type,
        advanced=advanced,
        output=output,
    ).parsed


async def asyncio_detailed(
    interface: CallFlowsListInterface = "CallFlow",
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsListV = 3,
    method: CallFlowsListMethod = "getCallFlows",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
    order: str | Unset = "c_DESC",
    req_fields: str | Unset = "tna,tno,tt,c,a",
    template_name: str | Unset = UNSET,
    template_type: CallFlowsListTemplateType | Unset = "ALL",
    advanced: CallFlowsListAdvanced | Unset = UNSET,
    output: CallFlowsListOutput | Unset = "XML",
) -> Response[CallFlowsPage | File]:
    """List Call Flows, paged (getCallFlows)

     Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are those of
    the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because IOVOX does not
    document its XML form.

    Args:
        interface (CallFlowsListInterface): Default: 'CallFlow'.
        v (CallFlowsListV): Default: 3.
        method (CallFlowsListMethod): Default: 'getCallFlows'.
        page (int | Unset): Default: 1.
        limit (int | Unset): Default: 20000.
        order (str | Unset): Default: 'c_DESC'.
        req_fields (str | Unset): Default: 'tna,tno,tt,c,a'.
        template_name (str | Unset):
        template_type (CallFlowsListTemplateType | Unset): Default: 'ALL'.
        advanced (CallFlowsListAdvanced | Unset):
        output (CallFlowsListOutput | Unset): Default: 'XML'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallFlowsPage | File]
    """

    kwargs = _get_kwargs(
        interface=interface,
        v=v,
        method=method,
        page=page,
        limit=limit,
        order=order,
        req_fields=req_fields,
        template_name=template_name,
        template_type=template_type,
        advanced=advanced,
        output=output,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    interface: CallFlowsListInterface = "CallFlow",
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsListV = 3,
    method: CallFlowsListMethod = "getCallFlows",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
    order: str | Unset = "c_DESC",
    req_fields: str | Unset = "tna,tno,tt,c,a",
    template_name: str | Unset = UNSET,
    template_type: CallFlowsListTemplateType | Unset = "ALL",
    advanced: CallFlowsListAdvanced | Unset = UNSET,
    output: CallFlowsListOutput | Unset = "XML",
) -> CallFlowsPage | File | None:
    """List Call Flows, paged (getCallFlows)

     Summaries of the account's Call Flows, a page at a time. Parameter defaults and limits are those of
    the vendor's getFlows page; the list is requested as JSON (`output=JSON`) because IOVOX does not
    document its XML form.

    Args:
        interface (CallFlowsListInterface): Default: 'CallFlow'.
        v (CallFlowsListV): Default: 3.
        method (CallFlowsListMethod): Default: 'getCallFlows'.
        page (int | Unset): Default: 1.
        limit (int | Unset): Default: 20000.
        order (str | Unset): Default: 'c_DESC'.
        req_fields (str | Unset): Default: 'tna,tno,tt,c,a'.
        template_name (str | Unset):
        template_type (CallFlowsListTemplateType | Unset): Default: 'ALL'.
        advanced (CallFlowsListAdvanced | Unset):
        output (CallFlowsListOutput | Unset): Default: 'XML'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallFlowsPage | File
    """

    return (
        await asyncio_detailed(
            interface=interface,
            client=client,
            v=v,
            method=method,
            page=page,
            limit=limit,
            order=order,
            req_fields=req_fields,
            template_name=template_name,
            template_type=template_type,
            advanced=advanced,
            output=output,
        )
    ).parsed
