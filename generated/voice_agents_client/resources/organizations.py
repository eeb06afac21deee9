"""The ``organizations`` resource: ``archive`` (archive_entity), ``unarchive`` (unarchive_entity)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import overload

import httpx

from ..api.organization import archive_entity as _archive_entity
from ..api.organization import unarchive_entity as _unarchive_entity
from ..models.archive_entity_type import ArchiveEntityType
from ..models.archive_response import ArchiveResponse
from ..models.archive_target import ArchiveTarget
from ..models.error import Error
from ..models.unarchive_response import UnarchiveResponse
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
]


class Organizations(SyncResource):
    """The ``organizations`` operations: ``client.organizations.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: OrganizationsWithRawResponse

    @property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = OrganizationsWithRawResponse(self._runtime)
            return self._raw

    @overload
    def archive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse: ...

    @overload
    def archive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse: ...

    def archive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse:
        """Archive an organization or a workspace

        Marks an organization or a single workspace as archived, and everything beneath it with
        it: an organization takes its workspaces, assistants and campaigns along; a workspace
        takes its assistants and campaigns. Archived assistants reject updates (400) and place
        no calls.

        The organization that owns the key pair must hold the `admin` or `organization_admin`
        role, otherwise the answer is 403. One narrative page says the role travels as a JWT
        bearer token, but no operation definition declares such a token, so this contract sends
        the key pair only.

        Args:
            type_: Level to archive or restore: `organization` (with all its workspaces) or a single
                `workspace`.
            id: A 24-character hexadecimal database id.
            body: The whole request as a prepared ``ArchiveTarget``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ArchiveResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ArchiveResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.archive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.archive", ("type_", "id"), (type_, id)
            )
        kwargs = _archive_entity._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "organizations.archive", _archive_entity._parse_response, response
        )
        if isinstance(parsed, ArchiveResponse):
            return parsed
        raise self._runtime.unexpected("organizations.archive", response)

    @overload
    def unarchive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse: ...

    @overload
    def unarchive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse: ...

    def unarchive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse:
        """Restore an archived organization or workspace

        Reverses an archive, with the same cascade: restoring an organization restores its
        workspaces, assistants and campaigns; restoring a workspace restores its assistants and
        campaigns. A workspace whose organization is still archived cannot be restored on its
        own (400): restore the organization first.

        Requires the same role as archiving. When a workspace is restored, `data` carries the
        workspace record; otherwise it is `null`.

        Args:
            type_: Level to archive or restore: `organization` (with all its workspaces) or a single
                `workspace`.
            id: A 24-character hexadecimal database id.
            body: The whole request as a prepared ``ArchiveTarget``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UnarchiveResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UnarchiveResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.unarchive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.unarchive", ("type_", "id"), (type_, id)
            )
        kwargs = _unarchive_entity._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "organizations.unarchive", _unarchive_entity._parse_response, response
        )
        if isinstance(parsed, UnarchiveResponse):
            return parsed
        raise self._runtime.unexpected("organizations.unarchive", response)


class OrganizationsWithRawResponse(SyncResource):
    """``organizations`` returning whole responses: ``client.organizations.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    def archive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]: ...

    @overload
    def archive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]: ...

    def archive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]:
        """Archive an organization or a workspace; the whole response, documented error statuses included.

        Takes the arguments of ``organizations.archive``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[ArchiveResponse | Error]
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.archive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.archive", ("type_", "id"), (type_, id)
            )
        kwargs = _archive_entity._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 429, 500)
        )
        return self._runtime.parse(
            "organizations.archive", _archive_entity._build_response, response
        )

    @overload
    def unarchive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]: ...

    @overload
    def unarchive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]: ...

    def unarchive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]:
        """Restore an archived organization or workspace; the whole response, documented error statuses included.

        Takes the arguments of ``organizations.unarchive``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UnarchiveResponse]
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.unarchive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.unarchive", ("type_", "id"), (type_, id)
            )
        kwargs = _unarchive_entity._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 429, 500)
        )
        return self._runtime.parse(
            "organizations.unarchive", _unarchive_entity._build_response, response
        )


class AsyncOrganizations(AsyncResource):
    """The ``organizations`` operations (awaitable): ``client.organizations.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncOrganizationsWithRawResponse

    @property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncOrganizationsWithRawResponse(self._runtime)
            return self._raw

    @overload
    async def archive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse: ...

    @overload
    async def archive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse: ...

    async def archive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> ArchiveResponse:
        """Archive an organization or a workspace

        Marks an organization or a single workspace as archived, and everything beneath it with
        it: an organization takes its workspaces, assistants and campaigns along; a workspace
        takes its assistants and campaigns. Archived assistants reject updates (400) and place
        no calls.

        The organization that owns the key pair must hold the `admin` or `organization_admin`
        role, otherwise the answer is 403. One narrative page says the role travels as a JWT
        bearer token, but no operation definition declares such a token, so this contract sends
        the key pair only.

        Args:
            type_: Level to archive or restore: `organization` (with all its workspaces) or a single
                `workspace`.
            id: A 24-character hexadecimal database id.
            body: The whole request as a prepared ``ArchiveTarget``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            ArchiveResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``ArchiveResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.archive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.archive", ("type_", "id"), (type_, id)
            )
        kwargs = _archive_entity._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "organizations.archive", _archive_entity._parse_response, response
        )
        if isinstance(parsed, ArchiveResponse):
            return parsed
        raise self._runtime.unexpected("organizations.archive", response)

    @overload
    async def unarchive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse: ...

    @overload
    async def unarchive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse: ...

    async def unarchive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> UnarchiveResponse:
        """Restore an archived organization or workspace

        Reverses an archive, with the same cascade: restoring an organization restores its
        workspaces, assistants and campaigns; restoring a workspace restores its assistants and
        campaigns. A workspace whose organization is still archived cannot be restored on its
        own (400): restore the organization first.

        Requires the same role as archiving. When a workspace is restored, `data` carries the
        workspace record; otherwise it is `null`.

        Args:
            type_: Level to archive or restore: `organization` (with all its workspaces) or a single
                `workspace`.
            id: A 24-character hexadecimal database id.
            body: The whole request as a prepared ``ArchiveTarget``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            UnarchiveResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``UnarchiveResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.unarchive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.unarchive", ("type_", "id"), (type_, id)
            )
        kwargs = _unarchive_entity._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "organizations.unarchive", _unarchive_entity._parse_response, response
        )
        if isinstance(parsed, UnarchiveResponse):
            return parsed
        raise self._runtime.unexpected("organizations.unarchive", response)


class AsyncOrganizationsWithRawResponse(AsyncResource):
    """``organizations`` returning whole responses: ``client.organizations.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    async def archive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]: ...

    @overload
    async def archive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]: ...

    async def archive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[ArchiveResponse | Error]:
        """Archive an organization or a workspace; the whole response, documented error statuses included.

        Takes the arguments of ``organizations.archive``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[ArchiveResponse | Error]
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.archive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.archive", ("type_", "id"), (type_, id)
            )
        kwargs = _archive_entity._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 429, 500)
        )
        return self._runtime.parse(
            "organizations.archive", _archive_entity._build_response, response
        )

    @overload
    async def unarchive(
        self,
        *,
        type_: ArchiveEntityType,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]: ...

    @overload
    async def unarchive(
        self,
        *,
        body: ArchiveTarget,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]: ...

    async def unarchive(
        self,
        *,
        type_: ArchiveEntityType | Unset = UNSET,
        id: str | Unset = UNSET,
        body: ArchiveTarget | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | UnarchiveResponse]:
        """Restore an archived organization or workspace; the whole response, documented error statuses included.

        Takes the arguments of ``organizations.unarchive``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | UnarchiveResponse]
        """
        if body is None:
            if isinstance(type_, Unset) or isinstance(id, Unset):
                raise self._runtime.missing(
                    "organizations.unarchive", ("type_", "id"), (type_, id)
                )
            body = ArchiveTarget(
                type_=type_,
                id=id,
            )
        elif not (isinstance(type_, Unset) and isinstance(id, Unset)):
            raise self._runtime.conflict(
                "organizations.unarchive", ("type_", "id"), (type_, id)
            )
        kwargs = _unarchive_entity._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 429, 500)
        )
        return self._runtime.parse(
            "organizations.unarchive", _unarchive_entity._build_response, response
        )
