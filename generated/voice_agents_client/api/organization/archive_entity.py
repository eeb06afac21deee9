from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_response import ArchiveResponse
from ...models.archive_target import ArchiveTarget
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ArchiveTarget,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/organization/archive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchiveResponse | Error | None:
    if response.status_code == 200:
        response_200 = ArchiveResponse.from_dict(response.json())

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
) -> Response[ArchiveResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArchiveTarget,
) -> Response[ArchiveResponse | Error]:
    """Archive an organization or a workspace

     Marks an organization or a single workspace as archived, and everything beneath it with
    it: an organization takes its workspaces, assistants and campaigns along; a workspace
    takes its assistants and campaigns. Archived assistants reject updates (400) and place
    no calls.

    The organization that owns the key pair must hold the `admin` or `organization_admin`
    role, otherwise the answer is 403. One narrative page says the role travels as a JWT
    bearer token, but no operation definition declares such a token, so this contract sends
    the key pair only.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveResponse | Error]
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
    body: ArchiveTarget,
) -> ArchiveResponse | Error | None:
    """Archive an organization or a workspace

     Marks an organization or a single workspace as archived, and everything beneath it with
    it: an organization takes its workspaces, assistants and campaigns along; a workspace
    takes its assistants and campaigns. Archived assistants reject updates (400) and place
    no calls.

    The organization that owns the key pair must hold the `admin` or `organization_admin`
    role, otherwise the answer is 403. One narrative page says the role travels as a JWT
    bearer token, but no operation definition declares such a token, so this contract sends
    the key pair only.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArchiveTarget,
) -> Response[ArchiveResponse | Error]:
    """Archive an organization or a workspace

     Marks an organization or a single workspace as archived, and everything beneath it with
    it: an organization takes its workspaces, assistants and campaigns along; a workspace
    takes its assistants and campaigns. Archived assistants reject updates (400) and place
    no calls.

    The organization that owns the key pair must hold the `admin` or `organization_admin`
    role, otherwise the answer is 403. One narrative page says the role travels as a JWT
    bearer token, but no operation definition declares such a token, so this contract sends
    the key pair only.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArchiveTarget,
) -> ArchiveResponse | Error | None:
    """Archive an organization or a workspace

     Marks an organization or a single workspace as archived, and everything beneath it with
    it: an organization takes its workspaces, assistants and campaigns along; a workspace
    takes its assistants and campaigns. Archived assistants reject updates (400) and place
    no calls.

    The organization that owns the key pair must hold the `admin` or `organization_admin`
    role, otherwise the answer is 403. One narrative page says the role travels as a JWT
    bearer token, but no operation definition declares such a token, so this contract sends
    the key pair only.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
