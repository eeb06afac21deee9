from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.onboard_custom_workspace_request import OnboardCustomWorkspaceRequest
from ...models.onboard_custom_workspace_response import OnboardCustomWorkspaceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OnboardCustomWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/workspace/onboard/custom",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OnboardCustomWorkspaceResponse | None:
    if response.status_code == 200:
        response_200 = OnboardCustomWorkspaceResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OnboardCustomWorkspaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OnboardCustomWorkspaceRequest,
) -> Response[Error | OnboardCustomWorkspaceResponse]:
    """Create a custom workspace

     Creates a workspace of variant `custom` inside the organization that owns the key pair
    (no `workspace` header is sent; the organization is derived from the keys). This is the
    route for every integration that is not a Shopify store: assistants in such a workspace
    are built from your own system prompt and variables.

    Send the `_id` of the returned workspace as the `workspace` header on every
    workspace-scoped request that follows. In production the new workspace also receives a
    default outbound phone number automatically.

    Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

    Args:
        body (OnboardCustomWorkspaceRequest): What a custom workspace is created from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnboardCustomWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OnboardCustomWorkspaceRequest,
) -> Error | OnboardCustomWorkspaceResponse | None:
    """Create a custom workspace

     Creates a workspace of variant `custom` inside the organization that owns the key pair
    (no `workspace` header is sent; the organization is derived from the keys). This is the
    route for every integration that is not a Shopify store: assistants in such a workspace
    are built from your own system prompt and variables.

    Send the `_id` of the returned workspace as the `workspace` header on every
    workspace-scoped request that follows. In production the new workspace also receives a
    default outbound phone number automatically.

    Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

    Args:
        body (OnboardCustomWorkspaceRequest): What a custom workspace is created from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnboardCustomWorkspaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OnboardCustomWorkspaceRequest,
) -> Response[Error | OnboardCustomWorkspaceResponse]:
    """Create a custom workspace

     Creates a workspace of variant `custom` inside the organization that owns the key pair
    (no `workspace` header is sent; the organization is derived from the keys). This is the
    route for every integration that is not a Shopify store: assistants in such a workspace
    are built from your own system prompt and variables.

    Send the `_id` of the returned workspace as the `workspace` header on every
    workspace-scoped request that follows. In production the new workspace also receives a
    default outbound phone number automatically.

    Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

    Args:
        body (OnboardCustomWorkspaceRequest): What a custom workspace is created from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnboardCustomWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OnboardCustomWorkspaceRequest,
) -> Error | OnboardCustomWorkspaceResponse | None:
    """Create a custom workspace

     Creates a workspace of variant `custom` inside the organization that owns the key pair
    (no `workspace` header is sent; the organization is derived from the keys). This is the
    route for every integration that is not a Shopify store: assistants in such a workspace
    are built from your own system prompt and variables.

    Send the `_id` of the returned workspace as the `workspace` header on every
    workspace-scoped request that follows. In production the new workspace also receives a
    default outbound phone number automatically.

    Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

    Args:
        body (OnboardCustomWorkspaceRequest): What a custom workspace is created from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnboardCustomWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
