"""The ``workspaces`` resource: ``onboard_custom`` (onboard_custom_workspace), ``onboard_shopify`` (onboard_shopify_workspace)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

import httpx

from ..api.onboarding import onboard_custom_workspace as _onboard_custom_workspace
from ..api.onboarding import onboard_shopify_workspace as _onboard_shopify_workspace
from ..models.custom_workspace_trust_signals import CustomWorkspaceTrustSignals
from ..models.error import Error
from ..models.onboard_custom_workspace_request import OnboardCustomWorkspaceRequest
from ..models.onboard_custom_workspace_response import OnboardCustomWorkspaceResponse
from ..models.onboard_shopify_workspace_request import OnboardShopifyWorkspaceRequest
from ..models.onboard_shopify_workspace_response import OnboardShopifyWorkspaceResponse
from ..models.policy_framework import PolicyFramework
from ..models.support_contacts import SupportContacts
from ..models.trust_signals import TrustSignals
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
]


class Workspaces(SyncResource):
    """The ``workspaces`` operations: ``client.workspaces.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: WorkspacesWithRawResponse

    @property
    def with_raw_response(self) -> WorkspacesWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = WorkspacesWithRawResponse(self._runtime)
            return self._raw

    @overload
    def onboard_custom(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse: ...

    @overload
    def onboard_custom(
        self,
        *,
        body: OnboardCustomWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse: ...

    def onboard_custom(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any] | Unset = UNSET,
        body: OnboardCustomWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse:
        """Create a custom workspace

        Creates a workspace of variant `custom` inside the organization that owns the key pair
        (no `workspace` header is sent; the organization is derived from the keys). This is the
        route for every integration that is not a Shopify store: assistants in such a workspace
        are built from your own system prompt and variables.

        Send the `_id` of the returned workspace as the `workspace` header on every
        workspace-scoped request that follows. In production the new workspace also receives a
        default outbound phone number automatically.

        Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

        Args:
            name: Name shown for the workspace. The server turns it into a unique `slug`; a second
                workspace with the same name is refused with 409.
            currency_code: ISO 4217 currency code; the server stores it in upper case.
            timezone: IANA time-zone name the workspace operates in.
            support_contacts: How customers can reach the business; assistants may read these out on a call.
            trust_signals: The one piece of positioning a custom workspace is created with. (A Shopify store
                sends the fuller `TrustSignals` instead.)
            body: The whole request as a prepared ``OnboardCustomWorkspaceRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            OnboardCustomWorkspaceResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``OnboardCustomWorkspaceResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_custom",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                    ),
                    (name, currency_code, timezone, support_contacts, trust_signals),
                )
            body = OnboardCustomWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "trust_signals",
                    trust_signals,
                    (CustomWorkspaceTrustSignals,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_custom",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                ),
                (name, currency_code, timezone, support_contacts, trust_signals),
            )
        kwargs = _onboard_custom_workspace._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "workspaces.onboard_custom",
            _onboard_custom_workspace._parse_response,
            response,
        )
        if isinstance(parsed, OnboardCustomWorkspaceResponse):
            return parsed
        raise self._runtime.unexpected("workspaces.onboard_custom", response)

    @overload
    def onboard_shopify(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: TrustSignals | Mapping[str, Any],
        policy_framework: PolicyFramework | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse: ...

    @overload
    def onboard_shopify(
        self,
        *,
        body: OnboardShopifyWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse: ...

    def onboard_shopify(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: TrustSignals | Mapping[str, Any] | Unset = UNSET,
        policy_framework: PolicyFramework | Mapping[str, Any] | Unset = UNSET,
        body: OnboardShopifyWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse:
        """Create a workspace for a Shopify store

        Registers a Shopify merchant: creates the workspace from the store's identity, its trust
        figures and its return, shipping and cash-on-delivery policies, and sets up billing in
        the same step. Any other kind of integration should call the custom onboarding route,
        `POST /v2/workspace/onboard/custom`.

        Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
        status 201. Its `workspace` field is the id to send as the `workspace` header from now
        on.

        Args:
            name: Store or brand name, used as the workspace name.
            currency_code: ISO 4217 code of the store currency.
            timezone: IANA time-zone name of the store.
            support_contacts: How customers can reach the business; assistants may read these out on a call.
            trust_signals: Facts about the store that assistants may quote to build confidence. Only the one-line
                value proposition is mandatory.
            policy_framework: The store policies assistants explain to customers. All three are required.
            body: The whole request as a prepared ``OnboardShopifyWorkspaceRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            OnboardShopifyWorkspaceResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``OnboardShopifyWorkspaceResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
                or isinstance(policy_framework, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_shopify",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                        "policy_framework",
                    ),
                    (
                        name,
                        currency_code,
                        timezone,
                        support_contacts,
                        trust_signals,
                        policy_framework,
                    ),
                )
            body = OnboardShopifyWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "trust_signals",
                    trust_signals,
                    (TrustSignals,),
                    "model",
                ),
                policy_framework=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "policy_framework",
                    policy_framework,
                    (PolicyFramework,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
            and isinstance(policy_framework, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_shopify",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                    "policy_framework",
                ),
                (
                    name,
                    currency_code,
                    timezone,
                    support_contacts,
                    trust_signals,
                    policy_framework,
                ),
            )
        kwargs = _onboard_shopify_workspace._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "workspaces.onboard_shopify",
            _onboard_shopify_workspace._parse_response,
            response,
        )
        if isinstance(parsed, OnboardShopifyWorkspaceResponse):
            return parsed
        raise self._runtime.unexpected("workspaces.onboard_shopify", response)


class WorkspacesWithRawResponse(SyncResource):
    """``workspaces`` returning whole responses: ``client.workspaces.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    def onboard_custom(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]: ...

    @overload
    def onboard_custom(
        self,
        *,
        body: OnboardCustomWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]: ...

    def onboard_custom(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any] | Unset = UNSET,
        body: OnboardCustomWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]:
        """Create a custom workspace; the whole response, documented error statuses included.

        Takes the arguments of ``workspaces.onboard_custom``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | OnboardCustomWorkspaceResponse]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_custom",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                    ),
                    (name, currency_code, timezone, support_contacts, trust_signals),
                )
            body = OnboardCustomWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "trust_signals",
                    trust_signals,
                    (CustomWorkspaceTrustSignals,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_custom",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                ),
                (name, currency_code, timezone, support_contacts, trust_signals),
            )
        kwargs = _onboard_custom_workspace._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 409, 429, 500)
        )
        return self._runtime.parse(
            "workspaces.onboard_custom",
            _onboard_custom_workspace._build_response,
            response,
        )

    @overload
    def onboard_shopify(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: TrustSignals | Mapping[str, Any],
        policy_framework: PolicyFramework | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]: ...

    @overload
    def onboard_shopify(
        self,
        *,
        body: OnboardShopifyWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]: ...

    def onboard_shopify(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: TrustSignals | Mapping[str, Any] | Unset = UNSET,
        policy_framework: PolicyFramework | Mapping[str, Any] | Unset = UNSET,
        body: OnboardShopifyWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]:
        """Create a workspace for a Shopify store; the whole response, documented error statuses included.

        Takes the arguments of ``workspaces.onboard_shopify``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | OnboardShopifyWorkspaceResponse]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
                or isinstance(policy_framework, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_shopify",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                        "policy_framework",
                    ),
                    (
                        name,
                        currency_code,
                        timezone,
                        support_contacts,
                        trust_signals,
                        policy_framework,
                    ),
                )
            body = OnboardShopifyWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "trust_signals",
                    trust_signals,
                    (TrustSignals,),
                    "model",
                ),
                policy_framework=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "policy_framework",
                    policy_framework,
                    (PolicyFramework,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
            and isinstance(policy_framework, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_shopify",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                    "policy_framework",
                ),
                (
                    name,
                    currency_code,
                    timezone,
                    support_contacts,
                    trust_signals,
                    policy_framework,
                ),
            )
        kwargs = _onboard_shopify_workspace._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (201, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "workspaces.onboard_shopify",
            _onboard_shopify_workspace._build_response,
            response,
        )


class AsyncWorkspaces(AsyncResource):
    """The ``workspaces`` operations (awaitable): ``client.workspaces.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncWorkspacesWithRawResponse

    @property
    def with_raw_response(self) -> AsyncWorkspacesWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncWorkspacesWithRawResponse(self._runtime)
            return self._raw

    @overload
    async def onboard_custom(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse: ...

    @overload
    async def onboard_custom(
        self,
        *,
        body: OnboardCustomWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse: ...

    async def onboard_custom(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any] | Unset = UNSET,
        body: OnboardCustomWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardCustomWorkspaceResponse:
        """Create a custom workspace

        Creates a workspace of variant `custom` inside the organization that owns the key pair
        (no `workspace` header is sent; the organization is derived from the keys). This is the
        route for every integration that is not a Shopify store: assistants in such a workspace
        are built from your own system prompt and variables.

        Send the `_id` of the returned workspace as the `workspace` header on every
        workspace-scoped request that follows. In production the new workspace also receives a
        default outbound phone number automatically.

        Key pairs are issued per organization by Mirai Minds; ask help@miraiminds.co.

        Args:
            name: Name shown for the workspace. The server turns it into a unique `slug`; a second
                workspace with the same name is refused with 409.
            currency_code: ISO 4217 currency code; the server stores it in upper case.
            timezone: IANA time-zone name the workspace operates in.
            support_contacts: How customers can reach the business; assistants may read these out on a call.
            trust_signals: The one piece of positioning a custom workspace is created with. (A Shopify store
                sends the fuller `TrustSignals` instead.)
            body: The whole request as a prepared ``OnboardCustomWorkspaceRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            OnboardCustomWorkspaceResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``OnboardCustomWorkspaceResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_custom",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                    ),
                    (name, currency_code, timezone, support_contacts, trust_signals),
                )
            body = OnboardCustomWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "trust_signals",
                    trust_signals,
                    (CustomWorkspaceTrustSignals,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_custom",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                ),
                (name, currency_code, timezone, support_contacts, trust_signals),
            )
        kwargs = _onboard_custom_workspace._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "workspaces.onboard_custom",
            _onboard_custom_workspace._parse_response,
            response,
        )
        if isinstance(parsed, OnboardCustomWorkspaceResponse):
            return parsed
        raise self._runtime.unexpected("workspaces.onboard_custom", response)

    @overload
    async def onboard_shopify(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: TrustSignals | Mapping[str, Any],
        policy_framework: PolicyFramework | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse: ...

    @overload
    async def onboard_shopify(
        self,
        *,
        body: OnboardShopifyWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse: ...

    async def onboard_shopify(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: TrustSignals | Mapping[str, Any] | Unset = UNSET,
        policy_framework: PolicyFramework | Mapping[str, Any] | Unset = UNSET,
        body: OnboardShopifyWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> OnboardShopifyWorkspaceResponse:
        """Create a workspace for a Shopify store

        Registers a Shopify merchant: creates the workspace from the store's identity, its trust
        figures and its return, shipping and cash-on-delivery policies, and sets up billing in
        the same step. Any other kind of integration should call the custom onboarding route,
        `POST /v2/workspace/onboard/custom`.

        Unlike most routes, the answer is a bare object (no `message`/`data` wrapper) with
        status 201. Its `workspace` field is the id to send as the `workspace` header from now
        on.

        Args:
            name: Store or brand name, used as the workspace name.
            currency_code: ISO 4217 code of the store currency.
            timezone: IANA time-zone name of the store.
            support_contacts: How customers can reach the business; assistants may read these out on a call.
            trust_signals: Facts about the store that assistants may quote to build confidence. Only the one-line
                value proposition is mandatory.
            policy_framework: The store policies assistants explain to customers. All three are required.
            body: The whole request as a prepared ``OnboardShopifyWorkspaceRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            OnboardShopifyWorkspaceResponse: The documented ``201`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``OnboardShopifyWorkspaceResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
                or isinstance(policy_framework, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_shopify",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                        "policy_framework",
                    ),
                    (
                        name,
                        currency_code,
                        timezone,
                        support_contacts,
                        trust_signals,
                        policy_framework,
                    ),
                )
            body = OnboardShopifyWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "trust_signals",
                    trust_signals,
                    (TrustSignals,),
                    "model",
                ),
                policy_framework=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "policy_framework",
                    policy_framework,
                    (PolicyFramework,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
            and isinstance(policy_framework, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_shopify",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                    "policy_framework",
                ),
                (
                    name,
                    currency_code,
                    timezone,
                    support_contacts,
                    trust_signals,
                    policy_framework,
                ),
            )
        kwargs = _onboard_shopify_workspace._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "workspaces.onboard_shopify",
            _onboard_shopify_workspace._parse_response,
            response,
        )
        if isinstance(parsed, OnboardShopifyWorkspaceResponse):
            return parsed
        raise self._runtime.unexpected("workspaces.onboard_shopify", response)


class AsyncWorkspacesWithRawResponse(AsyncResource):
    """``workspaces`` returning whole responses: ``client.workspaces.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    async def onboard_custom(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]: ...

    @overload
    async def onboard_custom(
        self,
        *,
        body: OnboardCustomWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]: ...

    async def onboard_custom(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: CustomWorkspaceTrustSignals | Mapping[str, Any] | Unset = UNSET,
        body: OnboardCustomWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardCustomWorkspaceResponse]:
        """Create a custom workspace; the whole response, documented error statuses included.

        Takes the arguments of ``workspaces.onboard_custom``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``403``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | OnboardCustomWorkspaceResponse]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_custom",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                    ),
                    (name, currency_code, timezone, support_contacts, trust_signals),
                )
            body = OnboardCustomWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_custom",
                    "trust_signals",
                    trust_signals,
                    (CustomWorkspaceTrustSignals,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_custom",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                ),
                (name, currency_code, timezone, support_contacts, trust_signals),
            )
        kwargs = _onboard_custom_workspace._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 403, 409, 429, 500)
        )
        return self._runtime.parse(
            "workspaces.onboard_custom",
            _onboard_custom_workspace._build_response,
            response,
        )

    @overload
    async def onboard_shopify(
        self,
        *,
        name: str,
        currency_code: str,
        timezone: str,
        support_contacts: SupportContacts | Mapping[str, Any],
        trust_signals: TrustSignals | Mapping[str, Any],
        policy_framework: PolicyFramework | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]: ...

    @overload
    async def onboard_shopify(
        self,
        *,
        body: OnboardShopifyWorkspaceRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]: ...

    async def onboard_shopify(
        self,
        *,
        name: str | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        support_contacts: SupportContacts | Mapping[str, Any] | Unset = UNSET,
        trust_signals: TrustSignals | Mapping[str, Any] | Unset = UNSET,
        policy_framework: PolicyFramework | Mapping[str, Any] | Unset = UNSET,
        body: OnboardShopifyWorkspaceRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[Error | OnboardShopifyWorkspaceResponse]:
        """Create a workspace for a Shopify store; the whole response, documented error statuses included.

        Takes the arguments of ``workspaces.onboard_shopify``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[Error | OnboardShopifyWorkspaceResponse]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(currency_code, Unset)
                or isinstance(timezone, Unset)
                or isinstance(support_contacts, Unset)
                or isinstance(trust_signals, Unset)
                or isinstance(policy_framework, Unset)
            ):
                raise self._runtime.missing(
                    "workspaces.onboard_shopify",
                    (
                        "name",
                        "currency_code",
                        "timezone",
                        "support_contacts",
                        "trust_signals",
                        "policy_framework",
                    ),
                    (
                        name,
                        currency_code,
                        timezone,
                        support_contacts,
                        trust_signals,
                        policy_framework,
                    ),
                )
            body = OnboardShopifyWorkspaceRequest(
                name=name,
                currency_code=currency_code,
                timezone=timezone,
                support_contacts=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "support_contacts",
                    support_contacts,
                    (SupportContacts,),
                    "model",
                ),
                trust_signals=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "trust_signals",
                    trust_signals,
                    (TrustSignals,),
                    "model",
                ),
                policy_framework=self._runtime.coerce(
                    "workspaces.onboard_shopify",
                    "policy_framework",
                    policy_framework,
                    (PolicyFramework,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(currency_code, Unset)
            and isinstance(timezone, Unset)
            and isinstance(support_contacts, Unset)
            and isinstance(trust_signals, Unset)
            and isinstance(policy_framework, Unset)
        ):
            raise self._runtime.conflict(
                "workspaces.onboard_shopify",
                (
                    "name",
                    "currency_code",
                    "timezone",
                    "support_contacts",
                    "trust_signals",
                    "policy_framework",
                ),
                (
                    name,
                    currency_code,
                    timezone,
                    support_contacts,
                    trust_signals,
                    policy_framework,
                ),
            )
        kwargs = _onboard_shopify_workspace._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (201, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "workspaces.onboard_shopify",
            _onboard_shopify_workspace._build_response,
            response,
        )
