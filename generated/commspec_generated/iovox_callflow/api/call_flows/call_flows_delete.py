from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_flows_delete_detach_from_links import (
    CallFlowsDeleteDetachFromLinks,
)
from ...models.call_flows_delete_method import (
    CallFlowsDeleteMethod,
)
from ...models.call_flows_delete_v import CallFlowsDeleteV
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    v: CallFlowsDeleteV = 3,
    method: CallFlowsDeleteMethod = "deleteCallFlows",
    call_flows: str,
    detach_from_links: CallFlowsDeleteDetachFromLinks | Unset = "FALSE",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_v: int = v
    params["v"] = json_v

    json_method: str = method
    params["method"] = json_method

    params["call_flows"] = call_flows

    json_detach_from_links: str | Unset = UNSET
    if not isinstance(detach_from_links, Unset):
        json_detach_from_links = detach_from_links

    params["detach_from_links"] = json_detach_from_links

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/CallFlow",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsDeleteV = 3,
    method: CallFlowsDeleteMethod = "deleteCallFlows",
    call_flows: str,
    detach_from_links: CallFlowsDeleteDetachFromLinks | Unset = "FALSE",
) -> Response[Any | File]:
    """Delete one or more Call Flows (deleteCallFlows)

     Names are checked in order. Unless `detach_from_links` is true, only flows attached to no Link can
    be deleted. To delete a single flow, pass one name (IOVOX has no singular delete method).

    `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow name may
    contain `|`, so a name containing `|` is refused before sending (it would delete the flows named by
    its parts), as are a bare string (not split into characters), a non-string item, an empty name and
    an empty list.

    Args:
        v (CallFlowsDeleteV): Default: 3.
        method (CallFlowsDeleteMethod): Default: 'deleteCallFlows'.
        call_flows (str):
        detach_from_links (CallFlowsDeleteDetachFromLinks | Unset): Default: 'FALSE'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        v=v,
        method=method,
        call_flows=call_flows,
        detach_from_links=detach_from_links,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsDeleteV = 3,
    method: CallFlowsDeleteMethod = "deleteCallFlows",
    call_flows: str,
    detach_from_links: CallFlowsDeleteDetachFromLinks | Unset = "FALSE",
) -> Any | File | None:
    """Delete one or more Call Flows (deleteCallFlows)

     Names are checked in order. Unless `detach_from_links` is true, only flows attached to no Link can
    be deleted. To delete a single flow, pass one name (IOVOX has no singular delete method).

    `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow name may
    contain `|`, so a name containing `|` is refused before sending (it would delete the flows named by
    its parts), as are a bare string (not split into characters), a non-string item, an empty name and
    an empty list.

    Args:
        v (CallFlowsDeleteV): Default: 3.
        method (CallFlowsDeleteMethod): Default: 'deleteCallFlows'.
        call_flows (str):
        detach_from_links (CallFlowsDeleteDetachFromLinks | Unset): Default: 'FALSE'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        v=v,
        method=method,
        call_flows=call_flows,
        detach_from_links=detach_from_links,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsDeleteV = 3,
    method: CallFlowsDeleteMethod = "deleteCallFlows",
    call_flows: str,
    detach_from_links: CallFlowsDeleteDetachFromLinks | Unset = "FALSE",
) -> Response[Any | File]:
    """Delete one or more Call Flows (deleteCallFlows)

     Names are checked in order. Unless `detach_from_links` is true, only flows attached to no Link can
    be deleted. To delete a single flow, pass one name (IOVOX has no singular delete method).

    `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow name may
    contain `|`, so a name containing `|` is refused before sending (it would delete the flows named by
    its parts), as are a bare string (not split into characters), a non-string item, an empty name and
    an empty list.

    Args:
        v (CallFlowsDeleteV): Default: 3.
        method (CallFlowsDeleteMethod): Default: 'deleteCallFlows'.
        call_flows (str):
        detach_from_links (CallFlowsDeleteDetachFromLinks | Unset): Default: 'FALSE'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        v=v,
        method=method,
        call_flows=call_flows,
        detach_from_links=detach_from_links,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsDeleteV = 3,
    method: CallFlowsDeleteMethod = "deleteCallFlows",
    call_flows: str,
    detach_from_links: CallFlowsDeleteDetachFromLinks | Unset = "FALSE",
) -> Any | File | None:
    """Delete one or more Call Flows (deleteCallFlows)

     Names are checked in order. Unless `detach_from_links` is true, only flows attached to no Link can
    be deleted. To delete a single flow, pass one name (IOVOX has no singular delete method).

    `names` is a list of names, sent joined by `|`. The list syntax has no escape while a flow name may
    contain `|`, so a name containing `|` is refused before sending (it would delete the flows named by
    its parts), as are a bare string (not split into characters), a non-string item, an empty name and
    an empty list.

    Args:
        v (CallFlowsDeleteV): Default: 3.
        method (CallFlowsDeleteMethod): Default: 'deleteCallFlows'.
        call_flows (str):
        detach_from_links (CallFlowsDeleteDetachFromLinks | Unset): Default: 'FALSE'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            v=v,
            method=method,
            call_flows=call_flows,
            detach_from_links=detach_from_links,
        )
    ).parsed
