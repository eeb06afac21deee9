from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abort_call_request import AbortCallRequest
from ...models.abort_call_response import AbortCallResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AbortCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/call/abort",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbortCallResponse | Error | None:
    if response.status_code == 200:
        response_200 = AbortCallResponse.from_dict(response.json())

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
) -> Response[AbortCallResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AbortCallRequest,
) -> Response[AbortCallResponse | Error]:
    """Cancel a queued call or its pending retries

     Cancels a call that has not been answered, identified by the `callId` in the body (not in
    the path). This also ends its retry chain, and a `call.aborted` event follows.

    Possible while the call is still waiting in the queue (no status yet) or after an attempt
    that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
    with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
    The success body is a bare `{message}`.

    Args:
        body (AbortCallRequest): Which call to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortCallResponse | Error]
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
    body: AbortCallRequest,
) -> AbortCallResponse | Error | None:
    """Cancel a queued call or its pending retries

     Cancels a call that has not been answered, identified by the `callId` in the body (not in
    the path). This also ends its retry chain, and a `call.aborted` event follows.

    Possible while the call is still waiting in the queue (no status yet) or after an attempt
    that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
    with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
    The success body is a bare `{message}`.

    Args:
        body (AbortCallRequest): Which call to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortCallResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AbortCallRequest,
) -> Response[AbortCallResponse | Error]:
    """Cancel a queued call or its pending retries

     Cancels a call that has not been answered, identified by the `callId` in the body (not in
    the path). This also ends its retry chain, and a `call.aborted` event follows.

    Possible while the call is still waiting in the queue (no status yet) or after an attempt
    that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
    with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
    The success body is a bare `{message}`.

    Args:
        body (AbortCallRequest): Which call to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortCallResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AbortCallRequest,
) -> AbortCallResponse | Error | None:
    """Cancel a queued call or its pending retries

     Cancels a call that has not been answered, identified by the `callId` in the body (not in
    the path). This also ends its retry chain, and a `call.aborted` event follows.

    Possible while the call is still waiting in the queue (no status yet) or after an attempt
    that ended as `busy`, `failed`, `no-answer`, `rescheduled` or `validation-failed`. Refused
    with 400 once it is `in-progress`, `ended`, `completed`, `timeout`, or already `aborted`.
    The success body is a bare `{message}`.

    Args:
        body (AbortCallRequest): Which call to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortCallResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
