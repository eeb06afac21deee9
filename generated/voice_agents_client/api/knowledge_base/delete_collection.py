from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_collection_response import DeleteCollectionResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    collection_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/knowledge-base/collection/{collection_name}".format(
            collection_name=quote(str(collection_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCollectionResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteCollectionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[DeleteCollectionResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCollectionResponse | Error]:
    """Delete a knowledge-base collection

     Removes a retrieval collection and everything indexed in it, for good. The path takes the file's
    `collectionName`, not its `_id`. A collection that an assistant still uses is refused with 409:
    detach it from the assistant's knowledge base first.

    Args:
        collection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCollectionResponse | Error]
    """

    kwargs = _get_kwargs(
        collection_name=collection_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCollectionResponse | Error | None:
    """Delete a knowledge-base collection

     Removes a retrieval collection and everything indexed in it, for good. The path takes the file's
    `collectionName`, not its `_id`. A collection that an assistant still uses is refused with 409:
    detach it from the assistant's knowledge base first.

    Args:
        collection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCollectionResponse | Error
    """

    return sync_detailed(
        collection_name=collection_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCollectionResponse | Error]:
    """Delete a knowledge-base collection

     Removes a retrieval collection and everything indexed in it, for good. The path takes the file's
    `collectionName`, not its `_id`. A collection that an assistant still uses is refused with 409:
    detach it from the assistant's knowledge base first.

    Args:
        collection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCollectionResponse | Error]
    """

    kwargs = _get_kwargs(
        collection_name=collection_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCollectionResponse | Error | None:
    """Delete a knowledge-base collection

     Removes a retrieval collection and everything indexed in it, for good. The path takes the file's
    `collectionName`, not its `_id`. A collection that an assistant still uses is refused with 409:
    detach it from the assistant's knowledge base first.

    Args:
        collection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCollectionResponse | Error
    """

    return (
        await asyncio_detailed(
            collection_name=collection_name,
            client=client,
        )
    ).parsed
