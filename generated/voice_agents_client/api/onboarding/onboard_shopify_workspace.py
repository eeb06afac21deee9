from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.onboard_shopify_workspace_request import OnboardShopifyWorkspaceRequest
from ...models.onboard_shopify_workspace_response import OnboardShopifyWorkspaceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OnboardShopifyWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/workspace/onboard/shopify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OnboardShopifyWorkspaceResponse | None:
    if response.status_code == 201:
        response_201 = OnboardShopifyWorkspaceResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | OnboardShopifyWorkspaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OnboardShopifyWorkspaceRequest,
) -> Response[Error | OnboardShopifyWorkspaceResponse]:
    """Create a workspace for a Shopify store

     Registers a Shopify merchant: creates the workspace from the store's identity, its trust
    figures and its return, shipping and cash-on-delivery policies, and sets up billing in
    the same step. Any other kind of integration should call the custom onboarding route,
    `POST /v2/workspace/onboard/custom`.

    Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
    status 201. Its `workspace` field is the id to send as the `workspace` header from now
    on.

    Args:
        body (OnboardShopifyWorkspaceRequest): A Shopify store's identity, trust figures and
            policies. All six parts are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnboardShopifyWorkspaceResponse]
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
    body: OnboardShopifyWorkspaceRequest,
) -> Error | OnboardShopifyWorkspaceResponse | None:
    """Create a workspace for a Shopify store

     Registers a Shopify merchant: creates the workspace from the store's identity, its trust
    figures and its return, shipping and cash-on-delivery policies, and sets up billing in
    the same step. Any other kind of integration should call the custom onboarding route,
    `POST /v2/workspace/onboard/custom`.

    Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
    status 201. Its `workspace` field is the id to send as the `workspace` header from now
    on.

    Args:
        body (OnboardShopifyWorkspaceRequest): A Shopify store's identity, trust figures and
            policies. All six parts are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnboardShopifyWorkspaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OnboardShopifyWorkspaceRequest,
) -> Response[Error | OnboardShopifyWorkspaceResponse]:
    """Create a workspace for a Shopify store

     Registers a Shopify merchant: creates the workspace from the store's identity, its trust
    figures and its return, shipping and cash-on-delivery policies, and sets up billing in
    the same step. Any other kind of integration should call the custom onboarding route,
    `POST /v2/workspace/onboard/custom`.

    Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
    status 201. Its `workspace` field is the id to send as the `workspace` header from now
    on.

    Args:
        body (OnboardShopifyWorkspaceRequest): A Shopify store's identity, trust figures and
            policies. All six parts are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnboardShopifyWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OnboardShopifyWorkspaceRequest,
) -> Error | OnboardShopifyWorkspaceResponse | None:
    """Create a workspace for a Shopify store

     Registers a Shopify merchant: creates the workspace from the store's identity, its trust
    figures and its return, shipping and cash-on-delivery policies, and sets up billing in
    the same step. Any other kind of integration should call the custom onboarding route,
    `POST /v2/workspace/onboard/custom`.

    Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
    status 201. Its `workspace` field is the id to send as the `workspace` header from now
    on.

    Args:
        body (OnboardShopifyWorkspaceRequest): A Shopify store's identity, trust figures and
            policies. All six parts are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnboardShopifyWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
