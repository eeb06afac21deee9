from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.number_search_response import NumberSearchResponse
from ...models.telephony_number_type import TelephonyNumberType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country_code: str,
    number_type: TelephonyNumberType | Unset = UNSET,
    pattern: str | Unset = UNSET,
    limit: int | Unset = 20,
    provider: str | Unset = "miraiminds",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["countryCode"] = country_code

    json_number_type: str | Unset = UNSET
    if not isinstance(number_type, Unset):
        json_number_type = number_type.value

    params["numberType"] = json_number_type

    params["pattern"] = pattern

    params["limit"] = limit

    params["provider"] = provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/number-pool/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NumberSearchResponse | None:
    if response.status_code == 200:
        response_200 = NumberSearchResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | NumberSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country_code: str,
    number_type: TelephonyNumberType | Unset = UNSET,
    pattern: str | Unset = UNSET,
    limit: int | Unset = 20,
    provider: str | Unset = "miraiminds",
) -> Response[Error | NumberSearchResponse]:
    """Find phone numbers available to buy

     Lists numbers the telephony provider currently offers for purchase in one country,
    optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
    by searching: buy a number with `POST /v1/number-pool/purchase`.

    Rates are integers in cents of the provider's billing currency.

    Args:
        country_code (str):
        number_type (TelephonyNumberType | Unset): Kind of phone number. Only `local` exists
            today.
        pattern (str | Unset):
        limit (int | Unset):  Default: 20.
        provider (str | Unset):  Default: 'miraiminds'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NumberSearchResponse]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        number_type=number_type,
        pattern=pattern,
        limit=limit,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country_code: str,
    number_type: TelephonyNumberType | Unset = UNSET,
    pattern: str | Unset = UNSET,
    limit: int | Unset = 20,
    provider: str | Unset = "miraiminds",
) -> Error | NumberSearchResponse | None:
    """Find phone numbers available to buy

     Lists numbers the telephony provider currently offers for purchase in one country,
    optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
    by searching: buy a number with `POST /v1/number-pool/purchase`.

    Rates are integers in cents of the provider's billing currency.

    Args:
        country_code (str):
        number_type (TelephonyNumberType | Unset): Kind of phone number. Only `local` exists
            today.
        pattern (str | Unset):
        limit (int | Unset):  Default: 20.
        provider (str | Unset):  Default: 'miraiminds'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NumberSearchResponse
    """

    return sync_detailed(
        client=client,
        country_code=country_code,
        number_type=number_type,
        pattern=pattern,
        limit=limit,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country_code: str,
    number_type: TelephonyNumberType | Unset = UNSET,
    pattern: str | Unset = UNSET,
    limit: int | Unset = 20,
    provider: str | Unset = "miraiminds",
) -> Response[Error | NumberSearchResponse]:
    """Find phone numbers available to buy

     Lists numbers the telephony provider currently offers for purchase in one country,
    optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
    by searching: buy a number with `POST /v1/number-pool/purchase`.

    Rates are integers in cents of the provider's billing currency.

    Args:
        country_code (str):
        number_type (TelephonyNumberType | Unset): Kind of phone number. Only `local` exists
            today.
        pattern (str | Unset):
        limit (int | Unset):  Default: 20.
        provider (str | Unset):  Default: 'miraiminds'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NumberSearchResponse]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        number_type=number_type,
        pattern=pattern,
        limit=limit,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country_code: str,
    number_type: TelephonyNumberType | Unset = UNSET,
    pattern: str | Unset = UNSET,
    limit: int | Unset = 20,
    provider: str | Unset = "miraiminds",
) -> Error | NumberSearchResponse | None:
    """Find phone numbers available to buy

     Lists numbers the telephony provider currently offers for purchase in one country,
    optionally narrowed to those containing a digit or letter sequence. Nothing is reserved
    by searching: buy a number with `POST /v1/number-pool/purchase`.

    Rates are integers in cents of the provider's billing currency.

    Args:
        country_code (str):
        number_type (TelephonyNumberType | Unset): Kind of phone number. Only `local` exists
            today.
        pattern (str | Unset):
        limit (int | Unset):  Default: 20.
        provider (str | Unset):  Default: 'miraiminds'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NumberSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            country_code=country_code,
            number_type=number_type,
            pattern=pattern,
            limit=limit,
            provider=provider,
        )
    ).parsed
