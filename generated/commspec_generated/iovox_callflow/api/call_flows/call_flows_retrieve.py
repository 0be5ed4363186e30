from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_flows_retrieve_method import (
    CallFlowsRetrieveMethod,
)
from ...models.call_flows_retrieve_v import (
    CallFlowsRetrieveV,
)
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    v: CallFlowsRetrieveV = 3,
    method: CallFlowsRetrieveMethod = "getCallFlow",
    call_flow: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_v: int = v
    params["v"] = json_v

    json_method: str = method
    params["method"] = json_method

    params["call_flow"] = call_flow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/CallFlow",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsRetrieveV = 3,
    method: CallFlowsRetrieveMethod = "getCallFlow",
    call_flow: str,
) -> Response[File]:
    """Get one Call Flow with its rules (getCallFlow)

     The flow is parsed into the same typed classes that `create` and `update` take.

    Args:
        v (CallFlowsRetrieveV): Default: 3.
        method (CallFlowsRetrieveMethod): Default: 'getCallFlow'.
        call_flow (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        v=v,
        method=method,
        call_flow=call_flow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsRetrieveV = 3,
    method: CallFlowsRetrieveMethod = "getCallFlow",
    call_flow: str,
) -> File | None:
    """Get one Call Flow with its rules (getCallFlow)

     The flow is parsed into the same typed classes that `create` and `update` take.

    Args:
        v (CallFlowsRetrieveV): Default: 3.
        method (CallFlowsRetrieveMethod): Default: 'getCallFlow'.
        call_flow (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        v=v,
        method=method,
        call_flow=call_flow,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsRetrieveV = 3,
    method: CallFlowsRetrieveMethod = "getCallFlow",
    call_flow: str,
) -> Response[File]:
    """Get one Call Flow with its rules (getCallFlow)

     The flow is parsed into the same typed classes that `create` and `update` take.

    Args:
        v (CallFlowsRetrieveV): Default: 3.
        method (CallFlowsRetrieveMethod): Default: 'getCallFlow'.
        call_flow (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        v=v,
        method=method,
        call_flow=call_flow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    v: CallFlowsRetrieveV = 3,
    method: CallFlowsRetrieveMethod = "getCallFlow",
    call_flow: str,
) -> File | None:
    """Get one Call Flow with its rules (getCallFlow)

     The flow is parsed into the same typed classes that `create` and `update` take.

    Args:
        v (CallFlowsRetrieveV): Default: 3.
        method (CallFlowsRetrieveMethod): Default: 'getCallFlow'.
        call_flow (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            v=v,
            method=method,
            call_flow=call_flow,
        )
    ).parsed
