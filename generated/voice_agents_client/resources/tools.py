"""The ``tools`` resource: ``list`` (list_api_tools), ``create`` (create_api_tool), ``update`` (update_api_tool), ``delete`` (delete_api_tool)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, overload

import httpx

from ..api.tools import create_api_tool as _create_api_tool
from ..api.tools import delete_api_tool as _delete_api_tool
from ..api.tools import list_api_tools as _list_api_tools
from ..api.tools import update_api_tool as _update_api_tool
from ..models.api_tool_list_response import ApiToolListResponse
from ..models.create_api_tool_request import CreateApiToolRequest
from ..models.create_api_tool_response import CreateApiToolResponse
from ..models.delete_api_tool_response import DeleteApiToolResponse
from ..models.error import Error
from ..models.tool_header import ToolHeader
from ..models.tool_http_method import ToolHttpMethod
from ..models.tool_parameters import ToolParameters
from ..models.update_api_tool_request import UpdateApiToolRequest
from ..models.update_api_tool_response import UpdateApiToolResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncTools",
    "AsyncToolsWithRawResponse",
    "Tools",
    "ToolsWithRawResponse",
]


class Tools(SyncResource):
    """The ``tools`` operations: ``client.tools.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: ToolsWithRawResponse

    @property
    def with_raw_response(self) -> ToolsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = ToolsWithRawResponse(self._runtime)
            return self._raw

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ApiToolListResponse:
        """List the workspace's API tools

        Returns the HTTP tools defined in the current workspace, switched-off ones included, but not
        deleted ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a
        tool's `_id` in an assistant's `agent.tools` to let that assistant call it.


        Returns:
            ApiToolListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ApiToolListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_api_tools._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.list", _list_api_tools._parse_response, response
        )
        if isinstance(parsed, ApiToolListResponse):
            return parsed
        raise self._runtime.unexpected("tools.list", response)

    @overload
    def create(
        self,
        *,
        name: str,
        description: str,
        url: str,
        method: ToolHttpMethod,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse: ...

    @overload
    def create(
        self,
        *,
        body: CreateApiToolRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: CreateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse:
        """Create an API tool

        Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
        conversation. The server derives a `slug` from `name`; no two tools of a workspace may share
        a name, and a name whose slug matches an existing tool is refused with 409.

        `description` is what the model reads when deciding whether to call the tool, so phrase it
        as "use this when…". `parameters` lists the values the model must collect (or, with `value`,
        fixed values) and is returned later as `config.body`. The tool starts active unless
        `isActive` is `false`.

        Args:
            name: Display name; must be unique in the workspace. The slug is derived from it.
            description: When the model should call the tool. Write it as guidance for the model ("use this
                when a caller wants to know the delivery state of an order"), not as API
                documentation.
            url: Absolute URL of your endpoint.
            method: HTTP method used when the assistant calls the tool's URL. Lower case.
            headers: Static headers to send with each call.
            parameters: The inputs of a tool. Called `parameters` in create and update requests and
                `config.body` in the stored tool.
            is_active: Set to `false` to create the tool switched off.
            body: The whole request as a prepared ``CreateApiToolRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            CreateApiToolResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``CreateApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(description, Unset)
                or isinstance(url, Unset)
                or isinstance(method, Unset)
            ):
                raise self._runtime.missing(
                    "tools.create",
                    ("name", "description", "url", "method"),
                    (name, description, url, method),
                )
            body = CreateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.create", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.create", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.create",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _create_api_tool._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.create", _create_api_tool._parse_response, response
        )
        if isinstance(parsed, CreateApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.create", response)

    def update(
        self,
        tool_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: UpdateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateApiToolResponse:
        """Update an API tool

        Partial update: only the fields present in the body change, the rest keep their stored
        values. Sending `parameters` or `headers` replaces that whole list (inferred from the field-
        by-field update; the sources do not say whether lists are merged). Set `isActive: false` to
        stop every assistant from calling the tool without editing the assistants. Renaming to a
        name that clashes with another tool of the workspace is refused with 409.

        Args:
            tool_id: A 24-character hexadecimal database id.
            name: New display name; must stay unique in the workspace.
            description: New guidance on when the model should call the tool.
            url: New endpoint URL.
            method: HTTP method used when the assistant calls the tool's URL. Lower case.
            headers: New list of static headers (replaces the stored list).
            parameters: The inputs of a tool. Called `parameters` in create and update requests and
                `config.body` in the stored tool.
            is_active: `false` takes the tool out of service; `true` puts it back.
            body: The whole request as a prepared ``UpdateApiToolRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UpdateApiToolResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UpdateApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = UpdateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.update", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.update", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.update",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _update_api_tool._get_kwargs(
            tool_id=tool_id,
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.update", _update_api_tool._parse_response, response
        )
        if isinstance(parsed, UpdateApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.update", response)

    def delete(
        self,
        tool_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> DeleteApiToolResponse:
        """Delete an API tool

        Soft-deletes the tool: it disappears from the list and can no longer be called, while the
        stored record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the
        tool's id out of every assistant's `agent.tools` before deleting it; the sources do not say
        what happens to assistants that still reference it.

        Args:
            tool_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            DeleteApiToolResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``DeleteApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _delete_api_tool._get_kwargs(
            tool_id=tool_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.delete", _delete_api_tool._parse_response, response
        )
        if isinstance(parsed, DeleteApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.delete", response)


class ToolsWithRawResponse(SyncResource):
    """``tools`` returning whole responses: ``client.tools.with_raw_response.<method>(...)``."""

    __slots__ = ()

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ApiToolListResponse | Error]:
        """List the workspace's API tools; the whole response, documented error statuses included.

        Takes the arguments of ``tools.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[ApiToolListResponse | Error]
        """
        kwargs = _list_api_tools._get_kwargs()

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "tools.list", _list_api_tools._build_response, response
        )

    @overload
    def create(
        self,
        *,
        name: str,
        description: str,
        url: str,
        method: ToolHttpMethod,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]: ...

    @overload
    def create(
        self,
        *,
        body: CreateApiToolRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: CreateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]:
        """Create an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.create``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[CreateApiToolResponse | Error]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(description, Unset)
                or isinstance(url, Unset)
                or isinstance(method, Unset)
            ):
                raise self._runtime.missing(
                    "tools.create",
                    ("name", "description", "url", "method"),
                    (name, description, url, method),
                )
            body = CreateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.create", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.create", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.create",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _create_api_tool._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (201, 400, 401, 409, 429, 500)
        )
        return self._runtime.parse(
            "tools.create", _create_api_tool._build_response, response
        )

    def update(
        self,
        tool_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: UpdateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateApiToolResponse]:
        """Update an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.update``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UpdateApiToolResponse]
        """
        if body is None:
            body = UpdateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.update", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.update", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.update",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _update_api_tool._get_kwargs(
            tool_id=tool_id,
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "tools.update", _update_api_tool._build_response, response
        )

    def delete(
        self,
        tool_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[DeleteApiToolResponse | Error]:
        """Delete an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.delete``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[DeleteApiToolResponse | Error]
        """
        kwargs = _delete_api_tool._get_kwargs(
            tool_id=tool_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "tools.delete", _delete_api_tool._build_response, response
        )


class AsyncTools(AsyncResource):
    """The ``tools`` operations (awaitable): ``client.tools.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncToolsWithRawResponse

    @property
    def with_raw_response(self) -> AsyncToolsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncToolsWithRawResponse(self._runtime)
            return self._raw

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ApiToolListResponse:
        """List the workspace's API tools

        Returns the HTTP tools defined in the current workspace, switched-off ones included, but not
        deleted ones (both inferred: the sources only say "all" tools, and deletion is soft). Put a
        tool's `_id` in an assistant's `agent.tools` to let that assistant call it.


        Returns:
            ApiToolListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ApiToolListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_api_tools._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.list", _list_api_tools._parse_response, response
        )
        if isinstance(parsed, ApiToolListResponse):
            return parsed
        raise self._runtime.unexpected("tools.list", response)

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str,
        url: str,
        method: ToolHttpMethod,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse: ...

    @overload
    async def create(
        self,
        *,
        body: CreateApiToolRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: CreateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> CreateApiToolResponse:
        """Create an API tool

        Registers an HTTP endpoint that assistants in this workspace may call in the middle of a
        conversation. The server derives a `slug` from `name`; no two tools of a workspace may share
        a name, and a name whose slug matches an existing tool is refused with 409.

        `description` is what the model reads when deciding whether to call the tool, so phrase it
        as "use this when…". `parameters` lists the values the model must collect (or, with `value`,
        fixed values) and is returned later as `config.body`. The tool starts active unless
        `isActive` is `false`.

        Args:
            name: Display name; must be unique in the workspace. The slug is derived from it.
            description: When the model should call the tool. Write it as guidance for the model ("use this
                when a caller wants to know the delivery state of an order"), not as API
                documentation.
            url: Absolute URL of your endpoint.
            method: HTTP method used when the assistant calls the tool's URL. Lower case.
            headers: Static headers to send with each call.
            parameters: The inputs of a tool. Called `parameters` in create and update requests and
                `config.body` in the stored tool.
            is_active: Set to `false` to create the tool switched off.
            body: The whole request as a prepared ``CreateApiToolRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            CreateApiToolResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``CreateApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(description, Unset)
                or isinstance(url, Unset)
                or isinstance(method, Unset)
            ):
                raise self._runtime.missing(
                    "tools.create",
                    ("name", "description", "url", "method"),
                    (name, description, url, method),
                )
            body = CreateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.create", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.create", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.create",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _create_api_tool._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.create", _create_api_tool._parse_response, response
        )
        if isinstance(parsed, CreateApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.create", response)

    async def update(
        self,
        tool_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: UpdateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UpdateApiToolResponse:
        """Update an API tool

        Partial update: only the fields present in the body change, the rest keep their stored
        values. Sending `parameters` or `headers` replaces that whole list (inferred from the field-
        by-field update; the sources do not say whether lists are merged). Set `isActive: false` to
        stop every assistant from calling the tool without editing the assistants. Renaming to a
        name that clashes with another tool of the workspace is refused with 409.

        Args:
            tool_id: A 24-character hexadecimal database id.
            name: New display name; must stay unique in the workspace.
            description: New guidance on when the model should call the tool.
            url: New endpoint URL.
            method: HTTP method used when the assistant calls the tool's URL. Lower case.
            headers: New list of static headers (replaces the stored list).
            parameters: The inputs of a tool. Called `parameters` in create and update requests and
                `config.body` in the stored tool.
            is_active: `false` takes the tool out of service; `true` puts it back.
            body: The whole request as a prepared ``UpdateApiToolRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UpdateApiToolResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UpdateApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = UpdateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.update", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.update", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.update",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _update_api_tool._get_kwargs(
            tool_id=tool_id,
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.update", _update_api_tool._parse_response, response
        )
        if isinstance(parsed, UpdateApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.update", response)

    async def delete(
        self,
        tool_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> DeleteApiToolResponse:
        """Delete an API tool

        Soft-deletes the tool: it disappears from the list and can no longer be called, while the
        stored record keeps a `deletedAt` time (inferred from the `deletedAt` field). Take the
        tool's id out of every assistant's `agent.tools` before deleting it; the sources do not say
        what happens to assistants that still reference it.

        Args:
            tool_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            DeleteApiToolResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``DeleteApiToolResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _delete_api_tool._get_kwargs(
            tool_id=tool_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "tools.delete", _delete_api_tool._parse_response, response
        )
        if isinstance(parsed, DeleteApiToolResponse):
            return parsed
        raise self._runtime.unexpected("tools.delete", response)


class AsyncToolsWithRawResponse(AsyncResource):
    """``tools`` returning whole responses: ``client.tools.with_raw_response.<method>(...)``."""

    __slots__ = ()

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ApiToolListResponse | Error]:
        """List the workspace's API tools; the whole response, documented error statuses included.

        Takes the arguments of ``tools.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[ApiToolListResponse | Error]
        """
        kwargs = _list_api_tools._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "tools.list", _list_api_tools._build_response, response
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str,
        url: str,
        method: ToolHttpMethod,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateApiToolRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: CreateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[CreateApiToolResponse | Error]:
        """Create an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.create``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[CreateApiToolResponse | Error]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(description, Unset)
                or isinstance(url, Unset)
                or isinstance(method, Unset)
            ):
                raise self._runtime.missing(
                    "tools.create",
                    ("name", "description", "url", "method"),
                    (name, description, url, method),
                )
            body = CreateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.create", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.create", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.create",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _create_api_tool._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (201, 400, 401, 409, 429, 500)
        )
        return self._runtime.parse(
            "tools.create", _create_api_tool._build_response, response
        )

    async def update(
        self,
        tool_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        method: ToolHttpMethod | Unset = UNSET,
        headers: builtins.list[ToolHeader | Mapping[str, Any]] | Unset = UNSET,
        parameters: ToolParameters | Mapping[str, Any] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        body: UpdateApiToolRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UpdateApiToolResponse]:
        """Update an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.update``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UpdateApiToolResponse]
        """
        if body is None:
            body = UpdateApiToolRequest(
                name=name,
                description=description,
                url=url,
                method=method,
                headers=self._runtime.coerce(
                    "tools.update", "headers", headers, (ToolHeader,), "list"
                ),
                parameters=self._runtime.coerce(
                    "tools.update", "parameters", parameters, (ToolParameters,), "model"
                ),
                is_active=is_active,
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(description, Unset)
            and isinstance(url, Unset)
            and isinstance(method, Unset)
            and isinstance(headers, Unset)
            and isinstance(parameters, Unset)
            and isinstance(is_active, Unset)
        ):
            raise self._runtime.conflict(
                "tools.update",
                (
                    "name",
                    "description",
                    "url",
                    "method",
                    "headers",
                    "parameters",
                    "is_active",
                ),
                (name, description, url, method, headers, parameters, is_active),
            )
        kwargs = _update_api_tool._get_kwargs(
            tool_id=tool_id,
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "tools.update", _update_api_tool._build_response, response
        )

    async def delete(
        self,
        tool_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[DeleteApiToolResponse | Error]:
        """Delete an API tool; the whole response, documented error statuses included.

        Takes the arguments of ``tools.delete``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[DeleteApiToolResponse | Error]
        """
        kwargs = _delete_api_tool._get_kwargs(
            tool_id=tool_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "tools.delete", _delete_api_tool._build_response, response
        )
