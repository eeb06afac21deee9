from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_call_payload_request import UpdateCallPayloadRequest
from ...models.update_call_payload_response import UpdateCallPayloadResponse
from ...types import Response


def _get_kwargs(
    call_id: str,
    *,
    body: UpdateCallPayloadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/call/{call_id}".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateCallPayloadResponse | None:
    if response.status_code == 200:
        response_200 = UpdateCallPayloadResponse.from_dict(response.json())

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
) -> Response[Error | UpdateCallPayloadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallPayloadRequest,
) -> Response[Error | UpdateCallPayloadResponse]:
    """Replace the payload of a queued call

     Swaps the `payload` of a call that is queued but has not been dialled yet. The new object replaces
    the old one entirely (nothing is merged), so send every field the assistant needs. Once the first
    attempt has started the call is locked and the API answers 400.

    Args:
        call_id (str):
        body (UpdateCallPayloadRequest): The complete new payload of a queued call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCallPayloadResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallPayloadRequest,
) -> Error | UpdateCallPayloadResponse | None:
    """Replace the payload of a queued call

     Swaps the `payload` of a call that is queued but has not been dialled yet. The new object replaces
    the old one entirely (nothing is merged), so send every field the assistant needs. Once the first
    attempt has started the call is locked and the API answers 400.

    Args:
        call_id (str):
        body (UpdateCallPayloadRequest): The complete new payload of a queued call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCallPayloadResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallPayloadRequest,
) -> Response[Error | UpdateCallPayloadResponse]:
    """Replace the payload of a queued call

     Swaps the `payload` of a call that is queued but has not been dialled yet. The new object replaces
    the old one entirely (nothing is merged), so send every field the assistant needs. Once the first
    attempt has started the call is locked and the API answers 400.

    Args:
        call_id (str):
        body (UpdateCallPayloadRequest): The complete new payload of a queued call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCallPayloadResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallPayloadRequest,
) -> Error | UpdateCallPayloadResponse | None:
    """Replace the payload of a queued call

     Swaps the `payload` of a call that is queued but has not been dialled yet. The new object replaces
    the old one entirely (nothing is merged), so send every field the assistant needs. Once the first
    attempt has started the call is locked and the API answers 400.

    Args:
        call_id (str):
        body (UpdateCallPayloadRequest): The complete new payload of a queued call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCallPayloadResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
