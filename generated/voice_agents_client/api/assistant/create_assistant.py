from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_create_request import AssistantCreateRequest
from ...models.assistant_create_response import AssistantCreateResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AssistantCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/assistant/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantCreateResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssistantCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[AssistantCreateResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssistantCreateRequest,
) -> Response[AssistantCreateResponse | Error]:
    """Create an assistant

     Adds a new assistant to the workspace named in the `workspace` header and answers with
    its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
    and `agent.identity`; every other block can be filled in now or later with
    `update_assistant`.

    `variant.type` selects the conversation flow. It also decides what `variant.config` has
    to contain, and it can never be changed after creation:

    | `variant.type` | Who writes the prompt | What `variant.config` needs |
    |---|---|---|
    | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to declare
    per-call variables |
    | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
    | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee, support
    contacts) |
    | `address_verification` | the platform | the `address_verification` block (delivery window, support
    contacts) |
    | `order_confirmation` | the platform | optionally the `order_confirmation` block |
    | `ndr_followup` | the platform | optionally the `ndr_followup` block |

    Placeholders such as `{{customerName}}` or `{{customer.firstName}}` inside
    `agent.systemPrompt` and `agent.firstMessage` are filled, call by call, from the
    `payload` sent to `POST /v2/call/initiate`. A placeholder that receives no value is
    kept as literal text, so the voice would read the braces out loud.

    Names are unique inside a workspace; a duplicate yields 409. In production the very
    first assistant of a fresh workspace is given the workspace's default number as its
    outbound caller id; any further assistant needs `telephony` set explicitly.

    Args:
        body (AssistantCreateRequest): Body of `create_assistant`. Only `name`, `variant` and
            `agent` are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantCreateResponse | Error]
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
    body: AssistantCreateRequest,
) -> AssistantCreateResponse | Error | None:
    """Create an assistant

     Adds a new assistant to the workspace named in the `workspace` header and answers with
    its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
    and `agent.identity`; every other block can be filled in now or later with
    `update_assistant`.

    `variant.type` selects the conversation flow. It also decides what `variant.config` has
    to contain, and it can never be changed after creation:

    | `variant.type` | Who writes the prompt | What `variant.config` needs |
    |---|---|---|
    | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to declare
    per-call variables |
    | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
    | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee, support
    contacts) |
    | `address_verification` | the platform | the `address_verification` block (delivery window, support
    contacts) |
    | `order_confirmation` | the platform | optionally the `order_confirmation` block |
    | `ndr_followup` | the platform | optionally the `ndr_followup` block |

    Placeholders such as `{{customerName}}` or `{{customer.firstName}}` inside
    `agent.systemPrompt` and `agent.firstMessage` are filled, call by call, from the
    `payload` sent to `POST /v2/call/initiate`. A placeholder that receives no value is
    kept as literal text, so the voice would read the braces out loud.

    Names are unique inside a workspace; a duplicate yields 409. In production the very
    first assistant of a fresh workspace is given the workspace's default number as its
    outbound caller id; any further assistant needs `telephony` set explicitly.

    Args:
        body (AssistantCreateRequest): Body of `create_assistant`. Only `name`, `variant` and
            `agent` are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantCreateResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssistantCreateRequest,
) -> Response[AssistantCreateResponse | Error]:
    """Create an assistant

     Adds a new assistant to the workspace named in the `workspace` header and answers with
    its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
    and `agent.identity`; every other block can be filled in now or later with
    `update_assistant`.

    `variant.type` selects the conversation flow. It also decides what `variant.config` has
    to contain, and it can never be changed after creation:

    | `variant.type` | Who writes the prompt | What `variant.config` needs |
    |---|---|---|
    | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to declare
    per-call variables |
    | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
    | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee, support
    contacts) |
    | `address_verification` | the platform | the `address_verification` block (delivery window, support
    contacts) |
    | `order_confirmation` | the platform | optionally the `order_confirmation` block |
    | `ndr_followup` | the platform | optionally the `ndr_followup` block |

    Placeholders such as `{{customerName}}` or `{{customer.firstName}}` inside
    `agent.systemPrompt` and `agent.firstMessage` are filled, call by call, from the
    `payload` sent to `POST /v2/call/initiate`. A placeholder that receives no value is
    kept as literal text, so the voice would read the braces out loud.

    Names are unique inside a workspace; a duplicate yields 409. In production the very
    first assistant of a fresh workspace is given the workspace's default number as its
    outbound caller id; any further assistant needs `telephony` set explicitly.

    Args:
        body (AssistantCreateRequest): Body of `create_assistant`. Only `name`, `variant` and
            `agent` are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantCreateResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssistantCreateRequest,
) -> AssistantCreateResponse | Error | None:
    """Create an assistant

     Adds a new assistant to the workspace named in the `workspace` header and answers with
    its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
    and `agent.identity`; every other block can be filled in now or later with
    `update_assistant`.

    `variant.type` selects the conversation flow. It also decides what `variant.config` has
    to contain, and it can never be changed after creation:

    | `variant.type` | Who writes the prompt | What `variant.config` needs |
    |---|---|---|
    | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to declare
    per-call variables |
    | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
    | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee, support
    contacts) |
    | `address_verification` | the platform | the `address_verification` block (delivery window, support
    contacts) |
    | `order_confirmation` | the platform | optionally the `order_confirmation` block |
    | `ndr_followup` | the platform | optionally the `ndr_followup` block |

    Placeholders such as `{{customerName}}` or `{{customer.firstName}}` inside
    `agent.systemPrompt` and `agent.firstMessage` are filled, call by call, from the
    `payload` sent to `POST /v2/call/initiate`. A placeholder that receives no value is
    kept as literal text, so the voice would read the braces out loud.

    Names are unique inside a workspace; a duplicate yields 409. In production the very
    first assistant of a fresh workspace is given the workspace's default number as its
    outbound caller id; any further assistant needs `telephony` set explicitly.

    Args:
        body (AssistantCreateRequest): Body of `create_assistant`. Only `name`, `variant` and
            `agent` are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantCreateResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
