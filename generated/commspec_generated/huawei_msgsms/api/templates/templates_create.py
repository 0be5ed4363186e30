from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.template_ref import TemplateRef
from ...models.template_request import TemplateRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: TemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/msgsms/templates".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TemplateRef | None:
    if response.status_code == 200:
        response_200 = TemplateRef.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TemplateRef.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TemplateRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateRequest,
) -> Response[Error | TemplateRef]:
    """Create an SMS template

     Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be submitted,
    Reviewing submits it for review. The route is the one of Huawei's client (`create_template`); there
    is no vendor page for it.

    Args:
        project_id (str):
        body (TemplateRequest): Body of create and modify (Huawei's client uses one SmsTemplateReq
            for both). `brackets` and `sign_id` are valid only when region is cn, `send_country` only
            when region is intl, and international templates are fixed to NOTIFY_TYPE. commspec
            rejects a field that the region does not allow before sending (the vendor would silently
            ignore it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateRef]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateRequest,
) -> Error | TemplateRef | None:
    """Create an SMS template

     Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be submitted,
    Reviewing submits it for review. The route is the one of Huawei's client (`create_template`); there
    is no vendor page for it.

    Args:
        project_id (str):
        body (TemplateRequest): Body of create and modify (Huawei's client uses one SmsTemplateReq
            for both). `brackets` and `sign_id` are valid only when region is cn, `send_country` only
            when region is intl, and international templates are fixed to NOTIFY_TYPE. commspec
            rejects a field that the region does not allow before sending (the vendor would silently
            ignore it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateRef
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateRequest,
) -> Response[Error | TemplateRef]:
    """Create an SMS template

     Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be submitted,
    Reviewing submits it for review. The route is the one of Huawei's client (`create_template`); there
    is no vendor page for it.

    Args:
        project_id (str):
        body (TemplateRequest): Body of create and modify (Huawei's client uses one SmsTemplateReq
            for both). `brackets` and `sign_id` are valid only when region is cn, `send_country` only
            when region is intl, and international templates are fixed to NOTIFY_TYPE. commspec
            rejects a field that the region does not allow before sending (the vendor would silently
            ignore it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateRef]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateRequest,
) -> Error | TemplateRef | None:
    """Create an SMS template

     Creates a template with the same fields as `update`: `flow_status` Pending keeps it to be submitted,
    Reviewing submits it for review. The route is the one of Huawei's client (`create_template`); there
    is no vendor page for it.

    Args:
        project_id (str):
        body (TemplateRequest): Body of create and modify (Huawei's client uses one SmsTemplateReq
            for both). `brackets` and `sign_id` are valid only when region is cn, `send_country` only
            when region is intl, and international templates are fixed to NOTIFY_TYPE. commspec
            rejects a field that the region does not allow before sending (the vendor would silently
            ignore it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateRef
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
