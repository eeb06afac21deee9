from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_target import ArchiveTarget
from ...models.error import Error
from ...models.unarchive_response import UnarchiveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ArchiveTarget,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/organization/unarchive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UnarchiveResponse | None:
    if response.status_code == 200:
        response_200 = UnarchiveResponse.from_dict(response.json())

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
) -> Response[Error | UnarchiveResponse]:
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
) -> Response[Error | UnarchiveResponse]:
    """Restore an archived organization or workspace

     Reverses an archive, with the same cascade: restoring an organization restores its
    workspaces, assistants and campaigns; restoring a workspace restores its assistants and
    campaigns. A workspace whose organization is still archived cannot be restored on its
    own (400): restore the organization first.

    Requires the same role as archiving. When a workspace is restored, `data` carries the
    workspace record; otherwise it is `null`.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnarchiveResponse]
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
) -> Error | UnarchiveResponse | None:
    """Restore an archived organization or workspace

     Reverses an archive, with the same cascade: restoring an organization restores its
    workspaces, assistants and campaigns; restoring a workspace restores its assistants and
    campaigns. A workspace whose organization is still archived cannot be restored on its
    own (400): restore the organization first.

    Requires the same role as archiving. When a workspace is restored, `data` carries the
    workspace record; otherwise it is `null`.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnarchiveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArchiveTarget,
) -> Response[Error | UnarchiveResponse]:
    """Restore an archived organization or workspace

     Reverses an archive, with the same cascade: restoring an organization restores its
    workspaces, assistants and campaigns; restoring a workspace restores its assistants and
    campaigns. A workspace whose organization is still archived cannot be restored on its
    own (400): restore the organization first.

    Requires the same role as archiving. When a workspace is restored, `data` carries the
    workspace record; otherwise it is `null`.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnarchiveResponse]
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
) -> Error | UnarchiveResponse | None:
    """Restore an archived organization or workspace

     Reverses an archive, with the same cascade: restoring an organization restores its
    workspaces, assistants and campaigns; restoring a workspace restores its assistants and
    campaigns. A workspace whose organization is still archived cannot be restored on its
    own (400): restore the organization first.

    Requires the same role as archiving. When a workspace is restored, `data` carries the
    workspace record; otherwise it is `null`.

    Args:
        body (ArchiveTarget): Which entity to archive or restore, by kind and id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnarchiveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
