from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_dir import SortDir
from ...models.sort_key import SortKey
from ...models.template_list import TemplateList
from ...models.template_list_flow_status import (
    TemplateListFlowStatus,
)
from ...models.template_list_type import TemplateListType
from ...models.template_region import TemplateRegion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    app_key: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    flow_status: TemplateListFlowStatus | Unset = UNSET,
    has_variable: str | Unset = UNSET,
    region: TemplateRegion | Unset = UNSET,
    sign_name: str | Unset = UNSET,
    sort_dir: SortDir | Unset = UNSET,
    sort_key: SortKey | Unset = UNSET,
    template_id: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    template_type: TemplateListType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_key"] = app_key

    params["app_name"] = app_name

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["limit"] = limit

    params["offset"] = offset

    json_flow_status: str | Unset = UNSET
    if not isinstance(flow_status, Unset):
        json_flow_status = flow_status

    params["flow_status"] = json_flow_status

    params["has_variable"] = has_variable

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    params["sign_name"] = sign_name

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir

    params["sort_dir"] = json_sort_dir

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key

    params["sort_key"] = json_sort_key

    params["template_id"] = template_id

    params["template_name"] = template_name

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type

    params["template_type"] = json_template_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/msgsms/templates".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TemplateList | None:
    if response.status_code == 200:
        response_200 = TemplateList.from_dict(response.json())

        return response_200

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
) -> Response[Error | TemplateList]:
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
    app_key: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    flow_status: TemplateListFlowStatus | Unset = UNSET,
    has_variable: str | Unset = UNSET,
    region: TemplateRegion | Unset = UNSET,
    sign_name: str | Unset = UNSET,
    sort_dir: SortDir | Unset = UNSET,
    sort_key: SortKey | Unset = UNSET,
    template_id: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    template_type: TemplateListType | Unset = UNSET,
) -> Response[Error | TemplateList]:
    """Query SMS templates

     The templates matching the filters, paged by offset and limit (Huawei's client calls the operation
    ListTemplateDetails).

    Args:
        project_id (str):
        app_key (str | Unset):
        app_name (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset): Default: 10.
        offset (int | Unset):
        flow_status (TemplateListFlowStatus | Unset): Review states a list can be filtered by
            (Huawei's client, ListTemplateDetailsRequest).
        has_variable (str | Unset):
        region (TemplateRegion | Unset): Region: cn = Chinese mainland, intl = international.
        sign_name (str | Unset):
        sort_dir (SortDir | Unset):
        sort_key (SortKey | Unset):
        template_id (str | Unset):
        template_name (str | Unset):
        template_type (TemplateListType | Unset): Template types a list can be filtered by
            (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_key=app_key,
        app_name=app_name,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        offset=offset,
        flow_status=flow_status,
        has_variable=has_variable,
        region=region,
        sign_name=sign_name,
        sort_dir=sort_dir,
        sort_key=sort_key,
        template_id=template_id,
        template_name=template_name,
        template_type=template_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_key: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    flow_status: TemplateListFlowStatus | Unset = UNSET,
    has_variable: str | Unset = UNSET,
    region: TemplateRegion | Unset = UNSET,
    sign_name: str | Unset = UNSET,
    sort_dir: SortDir | Unset = UNSET,
    sort_key: SortKey | Unset = UNSET,
    template_id: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    template_type: TemplateListType | Unset = UNSET,
) -> Error | TemplateList | None:
    """Query SMS templates

     The templates matching the filters, paged by offset and limit (Huawei's client calls the operation
    ListTemplateDetails).

    Args:
        project_id (str):
        app_key (str | Unset):
        app_name (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset): Default: 10.
        offset (int | Unset):
        flow_status (TemplateListFlowStatus | Unset): Review states a list can be filtered by
            (Huawei's client, ListTemplateDetailsRequest).
        has_variable (str | Unset):
        region (TemplateRegion | Unset): Region: cn = Chinese mainland, intl = international.
        sign_name (str | Unset):
        sort_dir (SortDir | Unset):
        sort_key (SortKey | Unset):
        template_id (str | Unset):
        template_name (str | Unset):
        template_type (TemplateListType | Unset): Template types a list can be filtered by
            (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        app_key=app_key,
        app_name=app_name,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        offset=offset,
        flow_status=flow_status,
        has_variable=has_variable,
        region=region,
        sign_name=sign_name,
        sort_dir=sort_dir,
        sort_key=sort_key,
        template_id=template_id,
        template_name=template_name,
        template_type=template_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_key: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    flow_status: TemplateListFlowStatus | Unset = UNSET,
    has_variable: str | Unset = UNSET,
    region: TemplateRegion | Unset = UNSET,
    sign_name: str | Unset = UNSET,
    sort_dir: SortDir | Unset = UNSET,
    sort_key: SortKey | Unset = UNSET,
    template_id: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    template_type: TemplateListType | Unset = UNSET,
) -> Response[Error | TemplateList]:
    """Query SMS templates

     The templates matching the filters, paged by offset and limit (Huawei's client calls the operation
    ListTemplateDetails).

    Args:
        project_id (str):
        app_key (str | Unset):
        app_name (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset): Default: 10.
        offset (int | Unset):
        flow_status (TemplateListFlowStatus | Unset): Review states a list can be filtered by
            (Huawei's client, ListTemplateDetailsRequest).
        has_variable (str | Unset):
        region (TemplateRegion | Unset): Region: cn = Chinese mainland, intl = international.
        sign_name (str | Unset):
        sort_dir (SortDir | Unset):
        sort_key (SortKey | Unset):
        template_id (str | Unset):
        template_name (str | Unset):
        template_type (TemplateListType | Unset): Template types a list can be filtered by
            (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TemplateList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_key=app_key,
        app_name=app_name,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        offset=offset,
        flow_status=flow_status,
        has_variable=has_variable,
        region=region,
        sign_name=sign_name,
        sort_dir=sort_dir,
        sort_key=sort_key,
        template_id=template_id,
        template_name=template_name,
        template_type=template_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_key: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
    flow_status: TemplateListFlowStatus | Unset = UNSET,
    has_variable: str | Unset = UNSET,
    region: TemplateRegion | Unset = UNSET,
    sign_name: str | Unset = UNSET,
    sort_dir: SortDir | Unset = UNSET,
    sort_key: SortKey | Unset = UNSET,
    template_id: str | Unset = UNSET,
    template_name: str | Unset = UNSET,
    template_type: TemplateListType | Unset = UNSET,
) -> Error | TemplateList | None:
    """Query SMS templates

     The templates matching the filters, paged by offset and limit (Huawei's client calls the operation
    ListTemplateDetails).

    Args:
        project_id (str):
        app_key (str | Unset):
        app_name (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset): Default: 10.
        offset (int | Unset):
        flow_status (TemplateListFlowStatus | Unset): Review states a list can be filtered by
            (Huawei's client, ListTemplateDetailsRequest).
        has_variable (str | Unset):
        region (TemplateRegion | Unset): Region: cn = Chinese mainland, intl = international.
        sign_name (str | Unset):
        sort_dir (SortDir | Unset):
        sort_key (SortKey | Unset):
        template_id (str | Unset):
        template_name (str | Unset):
        template_type (TemplateListType | Unset): Template types a list can be filtered by
            (https://support.huaweicloud.com/intl/en-us/api-msgsms/sms_05_0038.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TemplateList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            app_key=app_key,
            app_name=app_name,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            flow_status=flow_status,
            has_variable=has_variable,
            region=region,
            sign_name=sign_name,
            sort_dir=sort_dir,
            sort_key=sort_key,
            template_id=template_id,
            template_name=template_name,
            template_type=template_type,
        )
    ).parsed
