from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.release_number_response import ReleaseNumberResponse
from ...types import Response


def _get_kwargs(
    telephony_number_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/number-pool/{telephony_number_id}".format(
            telephony_number_id=quote(str(telephony_number_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReleaseNumberResponse | None:
    if response.status_code == 200:
        response_200 = ReleaseNumberResponse.from_dict(response.json())

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
) -> Response[Error | ReleaseNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    telephony_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReleaseNumberResponse]:
    """Release a number the organization bought

     Returns the number to the provider's pool; its monthly charge ends. The record stays, with
    `status: released`. This cannot be undone and the same number is unlikely to be
    available again, so detach it from every assistant first; calls through a released
    number fail.

    The path takes the `_id` of the telephony record, not the phone number. The sources
    disagree on whether the released record comes back in `data`, so treat it as optional.

    Args:
        telephony_number_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseNumberResponse]
    """

    kwargs = _get_kwargs(
        telephony_number_id=telephony_number_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    telephony_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReleaseNumberResponse | None:
    """Release a number the organization bought

     Returns the number to the provider's pool; its monthly charge ends. The record stays, with
    `status: released`. This cannot be undone and the same number is unlikely to be
    available again, so detach it from every assistant first; calls through a released
    number fail.

    The path takes the `_id` of the telephony record, not the phone number. The sources
    disagree on whether the released record comes back in `data`, so treat it as optional.

    Args:
        telephony_number_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReleaseNumberResponse
    """

    return sync_detailed(
        telephony_number_id=telephony_number_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    telephony_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReleaseNumberResponse]:
    """Release a number the organization bought

     Returns the number to the provider's pool; its monthly charge ends. The record stays, with
    `status: released`. This cannot be undone and the same number is unlikely to be
    available again, so detach it from every assistant first; calls through a released
    number fail.

    The path takes the `_id` of the telephony record, not the phone number. The sources
    disagree on whether the released record comes back in `data`, so treat it as optional.

    Args:
        telephony_number_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseNumberResponse]
    """

    kwargs = _get_kwargs(
        telephony_number_id=telephony_number_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    telephony_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReleaseNumberResponse | None:
    """Release a number the organization bought

     Returns the number to the provider's pool; its monthly charge ends. The record stays, with
    `status: released`. This cannot be undone and the same number is unlikely to be
    available again, so detach it from every assistant first; calls through a released
    number fail.

    The path takes the `_id` of the telephony record, not the phone number. The sources
    disagree on whether the released record comes back in `data`, so treat it as optional.

    Args:
        telephony_number_id (str): A 24-character hexadecimal database id. Example:
            6690a1b2c3d4e5f600000002.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReleaseNumberResponse
    """

    return (
        await asyncio_detailed(
            telephony_number_id=telephony_number_id,
            client=client,
        )
    ).parsed
