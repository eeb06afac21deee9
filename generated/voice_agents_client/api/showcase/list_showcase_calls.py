from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.showcase_call_category_filter import ShowcaseCallCategoryFilter
from ...models.showcase_call_list_response import ShowcaseCallListResponse
from ...models.showcase_language_filter import ShowcaseLanguageFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: ShowcaseCallCategoryFilter | Unset = ShowcaseCallCategoryFilter.ALL,
    lang: ShowcaseLanguageFilter | Unset = ShowcaseLanguageFilter.ALL,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/showcase/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowcaseCallListResponse | None:
    if response.status_code == 200:
        response_200 = ShowcaseCallListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | ShowcaseCallListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: ShowcaseCallCategoryFilter | Unset = ShowcaseCallCategoryFilter.ALL,
    lang: ShowcaseLanguageFilter | Unset = ShowcaseLanguageFilter.ALL,
) -> Response[Error | ShowcaseCallListResponse]:
    """List showcase call recordings

     Public, credential-free list of recordings of real calls made for live stores, as shown
    on the marketing site. Narrow it by call category, by language, or both; `all` (the
    default) switches a filter off. The reply uses the `{success, data}` envelope that only
    the showcase routes use.

    Args:
        category (ShowcaseCallCategoryFilter | Unset): A `ShowcaseCallCategory`, or `all` for no
            category filter. Default: ShowcaseCallCategoryFilter.ALL.
        lang (ShowcaseLanguageFilter | Unset): A `ShowcaseLanguage`, or `all` for no language
            filter. Default: ShowcaseLanguageFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseCallListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: ShowcaseCallCategoryFilter | Unset = ShowcaseCallCategoryFilter.ALL,
    lang: ShowcaseLanguageFilter | Unset = ShowcaseLanguageFilter.ALL,
) -> Error | ShowcaseCallListResponse | None:
    """List showcase call recordings

     Public, credential-free list of recordings of real calls made for live stores, as shown
    on the marketing site. Narrow it by call category, by language, or both; `all` (the
    default) switches a filter off. The reply uses the `{success, data}` envelope that only
    the showcase routes use.

    Args:
        category (ShowcaseCallCategoryFilter | Unset): A `ShowcaseCallCategory`, or `all` for no
            category filter. Default: ShowcaseCallCategoryFilter.ALL.
        lang (ShowcaseLanguageFilter | Unset): A `ShowcaseLanguage`, or `all` for no language
            filter. Default: ShowcaseLanguageFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseCallListResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: ShowcaseCallCategoryFilter | Unset = ShowcaseCallCategoryFilter.ALL,
    lang: ShowcaseLanguageFilter | Unset = ShowcaseLanguageFilter.ALL,
) -> Response[Error | ShowcaseCallListResponse]:
    """List showcase call recordings

     Public, credential-free list of recordings of real calls made for live stores, as shown
    on the marketing site. Narrow it by call category, by language, or both; `all` (the
    default) switches a filter off. The reply uses the `{success, data}` envelope that only
    the showcase routes use.

    Args:
        category (ShowcaseCallCategoryFilter | Unset): A `ShowcaseCallCategory`, or `all` for no
            category filter. Default: ShowcaseCallCategoryFilter.ALL.
        lang (ShowcaseLanguageFilter | Unset): A `ShowcaseLanguage`, or `all` for no language
            filter. Default: ShowcaseLanguageFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowcaseCallListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: ShowcaseCallCategoryFilter | Unset = ShowcaseCallCategoryFilter.ALL,
    lang: ShowcaseLanguageFilter | Unset = ShowcaseLanguageFilter.ALL,
) -> Error | ShowcaseCallListResponse | None:
    """List showcase call recordings

     Public, credential-free list of recordings of real calls made for live stores, as shown
    on the marketing site. Narrow it by call category, by language, or both; `all` (the
    default) switches a filter off. The reply uses the `{success, data}` envelope that only
    the showcase routes use.

    Args:
        category (ShowcaseCallCategoryFilter | Unset): A `ShowcaseCallCategory`, or `all` for no
            category filter. Default: ShowcaseCallCategoryFilter.ALL.
        lang (ShowcaseLanguageFilter | Unset): A `ShowcaseLanguage`, or `all` for no language
            filter. Default: ShowcaseLanguageFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowcaseCallListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            lang=lang,
        )
    ).parsed
