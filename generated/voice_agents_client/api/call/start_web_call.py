from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.web_call_request import WebCallRequest
from ...models.web_call_response import WebCallResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WebCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/call/web",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebCallResponse | None:
    if response.status_code == 201:
        response_201 = WebCallResponse.from_dict(response.json())

        return response_201

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
) -> Response[Error | WebCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebCallRequest,
) -> Response[Error | WebCallResponse]:
    """Start a browser-based call with an assistant

     Opens a call that runs in the browser instead of over the phone network and returns a LiveKit access
    token the front end uses to join it. `systemPrompt`, when given, replaces the assistant's prompt for
    this one call only; `payload` follows the same per-variant shapes as for `initiate_call`. Answers
    201 with a bare `{success, token, error}` object.

    Args:
        body (WebCallRequest): Parameters of a browser-based call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebCallResponse]
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
    body: WebCallRequest,
) -> Error | WebCallResponse | None:
    """Start a browser-based call with an assistant

     Opens a call that runs in the browser instead of over the phone network and returns a LiveKit access
    token the front end uses to join it. `systemPrompt`, when given, replaces the assistant's prompt for
    this one call only; `payload` follows the same per-variant shapes as for `initiate_call`. Answers
    201 with a bare `{success, token, error}` object.

    Args:
        body (WebCallRequest): Parameters of a browser-based call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebCallRequest,
) -> Response[Error | WebCallResponse]:
    """Start a browser-based call with an assistant

     Opens a call that runs in the browser instead of over the phone network and returns a LiveKit access
    token the front end uses to join it. `systemPrompt`, when given, replaces the assistant's prompt for
    this one call only; `payload` follows the same per-variant shapes as for `initiate_call`. Answers
    201 with a bare `{success, token, error}` object.

    Args:
        body (WebCallRequest): Parameters of a browser-based call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebCallRequest,
) -> Error | WebCallResponse | None:
    """Start a browser-based call with an assistant

     Opens a call that runs in the browser instead of over the phone network and returns a LiveKit access
    token the front end uses to join it. `systemPrompt`, when given, replaces the assistant's prompt for
    this one call only; `payload` follows the same per-variant shapes as for `initiate_call`. Answers
    201 with a bare `{success, token, error}` object.

    Args:
        body (WebCallRequest): Parameters of a browser-based call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
