from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.iam_error import IamError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenRequest,
    nocatalog: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["nocatalog"] = nocatalog

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/auth/tokens",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IamError | TokenResponse | None:
    if response.status_code == 201:
        response_201 = TokenResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = IamError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = IamError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = IamError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = IamError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = IamError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = IamError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IamError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    nocatalog: str | Unset = UNSET,
) -> Response[IamError | TokenResponse]:
    """Obtain a user token with a password (project scope)

     Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
    `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

    Args:
        nocatalog (str | Unset):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        nocatalog=nocatalog,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    nocatalog: str | Unset = UNSET,
) -> IamError | TokenResponse | None:
    """Obtain a user token with a password (project scope)

     Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
    `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

    Args:
        nocatalog (str | Unset):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        nocatalog=nocatalog,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    nocatalog: str | Unset = UNSET,
) -> Response[IamError | TokenResponse]:
    """Obtain a user token with a password (project scope)

     Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
    `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

    Args:
        nocatalog (str | Unset):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        nocatalog=nocatalog,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    nocatalog: str | Unset = UNSET,
) -> IamError | TokenResponse | None:
    """Obtain a user token with a password (project scope)

     Unauthenticated call. The vendor documents `Content-Type: application/json;charset=utf8`;
    `application/json` is what is sent. Success is 201 with the token in `X-Subject-Token`.

    Args:
        nocatalog (str | Unset):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            nocatalog=nocatalog,
        )
    ).parsed
