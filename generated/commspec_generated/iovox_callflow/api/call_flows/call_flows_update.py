from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_flows_update_method import (
    CallFlowsUpdateMethod,
)
from ...models.call_flows_update_v import CallFlowsUpdateV
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    body: File,
    v: CallFlowsUpdateV = 3,
    method: CallFlowsUpdateMethod = "updateCallFlow",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_v: int = v
    params["v"] = json_v

    json_method: str = method
    params["method"] = json_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/CallFlow",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/xml"

    _kwargs["headers"] = headers
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
    body: File,
    v: CallFlowsUpdateV = 3,
    method: CallFlowsUpdateMethod = "updateCallFlow",
) -> Response[Any | File]:
    """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow)

     Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and its
    rules are the complete new rule set. The new version is applied to every Link that used the previous
    one; per-Link variable values are carried over by matching rule `id` (unmatched values are dropped).
    The document is validated against the call flow schema before it is sent.

    Args:
        v (CallFlowsUpdateV): Default: 3.
        method (CallFlowsUpdateMethod): Default: 'updateCallFlow'.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
        v=v,
        method=method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    v: CallFlowsUpdateV = 3,
    method: CallFlowsUpdateMethod = "updateCallFlow",
) -> Any | File | None:
    """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow)

     Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and its
    rules are the complete new rule set. The new version is applied to every Link that used the previous
    one; per-Link variable values are carried over by matching rule `id` (unmatched values are dropped).
    The document is validated against the call flow schema before it is sent.

    Args:
        v (CallFlowsUpdateV): Default: 3.
        method (CallFlowsUpdateMethod): Default: 'updateCallFlow'.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        body=body,
        v=v,
        method=method,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    v: CallFlowsUpdateV = 3,
    method: CallFlowsUpdateMethod = "updateCallFlow",
) -> Response[Any | File]:
    """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow)

     Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and its
    rules are the complete new rule set. The new version is applied to every Link that used the previous
    one; per-Link variable values are carried over by matching rule `id` (unmatched values are dropped).
    The document is validated against the call flow schema before it is sent.

    Args:
        v (CallFlowsUpdateV): Default: 3.
        method (CallFlowsUpdateMethod): Default: 'updateCallFlow'.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
        v=v,
        method=method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    v: CallFlowsUpdateV = 3,
    method: CallFlowsUpdateMethod = "updateCallFlow",
) -> Any | File | None:
    """Replace the rules of a Call Flow, optionally renaming it (updateCallFlow)

     Sends one `callFlow`: `name` is the existing flow, `new_name` and `notes` are optional, and its
    rules are the complete new rule set. The new version is applied to every Link that used the previous
    one; per-Link variable values are carried over by matching rule `id` (unmatched values are dropped).
    The document is validated against the call flow schema before it is sent.

    Args:
        v (CallFlowsUpdateV): Default: 3.
        method (CallFlowsUpdateMethod): Default: 'updateCallFlow'.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            v=v,
            method=method,
        )
    ).parsed
