"""The ``assistants`` resource: ``create`` (create_assistant), ``get`` (get_assistant), ``list`` (list_assistants), ``update`` (update_assistant)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

import httpx

from ..api.assistant import create_assistant as _create_assistant
from ..api.assistant import get_assistant as _get_assistant
from ..api.assistant import list_assistants as _list_assistants
from ..api.assistant import update_assistant as _update_assistant
from ..models.abandoned_cart_variant import AbandonedCartVariant
from ..models.address_verification_variant import AddressVerificationVariant
from ..models.agent_create import AgentCreate
from ..models.agent_update import AgentUpdate
from ..models.analysis_plan import AnalysisPlan
from ..models.assistant_create_request import AssistantCreateRequest
from ..models.assistant_create_response import AssistantCreateResponse
from ..models.assistant_get_response import AssistantGetResponse
from ..models.assistant_knowledge_base import AssistantKnowledgeBase
from ..models.assistant_list_response import AssistantListResponse
from ..models.assistant_telephony import AssistantTelephony
from ..models.assistant_update_request import AssistantUpdateRequest
from ..models.assistant_update_response import AssistantUpdateResponse
from ..models.assistant_variant_update import AssistantVariantUpdate
from ..models.call_settings import CallSettings
from ..models.call_settings_update import CallSettingsUpdate
from ..models.cod_to_prepaid_variant import CodToPrepaidVariant
from ..models.custom_variant import CustomVariant
from ..models.error import Error
from ..models.icp_context import IcpContext
from ..models.ndr_followup_variant import NdrFollowupVariant
from ..models.order_confirmation_variant import OrderConfirmationVariant
from ..models.pre_call import PreCall
from ..types import UNSET, Response, Unset
from ._runtime import AsyncResource, SyncResource

__all__ = [
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "Assistants",
    "AssistantsWithRawResponse",
]


class Assistants(SyncResource):
    """The ``assistants`` operations: ``client.assistants.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AssistantsWithRawResponse

    @property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AssistantsWithRawResponse(self._runtime)
            return self._raw

    @overload
    def create(
        self,
        *,
        name: str,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any],
        agent: AgentCreate | Mapping[str, Any],
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse: ...

    @overload
    def create(
        self,
        *,
        body: AssistantCreateRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any]
        | Unset = UNSET,
        agent: AgentCreate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantCreateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse:
        """Create an assistant

        Adds a new assistant to the workspace named in the `workspace` header and answers with
        its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
        and `agent.identity`; every other block can be filled in now or later with
        `update_assistant`.

        `variant.type` selects the conversation flow. It also decides what `variant.config` has
        to contain, and it can never be changed after creation:

        | `variant.type` | Who writes the prompt | What `variant.config` needs |
        |---|---|---|
        | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to
        declare per-call variables |
        | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
        | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee,
        support contacts) |
        | `address_verification` | the platform | the `address_verification` block (delivery window,
        support contacts) |
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
            name: Display name, at most 40 characters and unique inside the workspace.
            variant: The variant of a new assistant: one of six shapes, told apart by the constant `type`.
                Only `type` is required; each shape names the `config` block that belongs to it.
            agent: Who the agent is and what it says, as sent to `create_assistant`.
            telephony: Phone numbers bound to the assistant, each given as the `_id` of a telephony number of
                the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns).
                `null` means no number. An inbound number belongs to one assistant at a time: binding
                it here unbinds it from any other assistant.
            icp_context: Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to
                the people it calls.
            call_settings: When and how the assistant dials. Optional as a whole, but once present it must carry
                `slots` and `retryProtocol`.
            analysis_plan: Prompts evaluated against the recording and transcript once a call has ended. The
                results arrive with the `end-of-call` webhook event.
            pre_call: Optional lookup made before every call of the assistant, inbound and outbound alike.
                The platform sends `number` (the customer's phone number), `assistantId` and
                `callDirection` (`inbound` or `outbound`), plus the fields of `apiPlan.body`, to
                `apiPlan.url`. Header values and body fields may contain templates:
                `{{variableValues.<name>}}`, `{{metadata.<name>}}`, `{{number}}`, `{{assistantId}}`,
                `{{callDirection}}`.

                A 2xx JSON object in reply is spread into the call's variables (a reply shaped
                `{"data": {...}}` has its `data` spread instead), so prompts can use those keys as
                placeholders; the whole reply is also kept as `preCallData`. A reply that is not an
                object only sets `preCallData`. Errors, timeouts, non-2xx answers and empty bodies are
                ignored: the call goes ahead without the extra data.
            knowledge_base: Material the agent can search during a call: documents fetched from a URL and
                question-and-answer pairs.
            body: The whole request as a prepared ``AssistantCreateRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantCreateResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantCreateResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(variant, Unset)
                or isinstance(agent, Unset)
            ):
                raise self._runtime.missing(
                    "assistants.create",
                    ("name", "variant", "agent"),
                    (name, variant, agent),
                )
            body = AssistantCreateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.create",
                    "variant",
                    variant,
                    (
                        CustomVariant,
                        AbandonedCartVariant,
                        CodToPrepaidVariant,
                        AddressVerificationVariant,
                        OrderConfirmationVariant,
                        NdrFollowupVariant,
                    ),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.create", "agent", agent, (AgentCreate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.create",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.create",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.create",
                    "call_settings",
                    call_settings,
                    (CallSettings,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.create",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.create", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.create",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.create",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _create_assistant._get_kwargs(
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.create", _create_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantCreateResponse):
            return parsed
        raise self._runtime.unexpected("assistants.create", response)

    def get(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantGetResponse:
        """Get one assistant

        Returns the stored configuration of one assistant of the workspace, including blocks the
        platform filled in itself: for preset variants `variant.config.inputSchema` lists the
        call-payload fields the flow expects, and `agent.tools` comes back grouped by
        integration rather than as the flat id list sent on create. An id that belongs to
        another workspace is reported as not found.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantGetResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantGetResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_assistant._get_kwargs(
            assistant_id=assistant_id,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.get", _get_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantGetResponse):
            return parsed
        raise self._runtime.unexpected("assistants.get", response)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantListResponse:
        """List the workspace's assistants

        Returns all assistants of the workspace in a single array. Each element has exactly the
        shape `get_assistant` returns. The operation takes no query parameters: there is no
        paging, filtering or field selection.


        Returns:
            AssistantListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_assistants._get_kwargs()

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.list", _list_assistants._parse_response, response
        )
        if isinstance(parsed, AssistantListResponse):
            return parsed
        raise self._runtime.unexpected("assistants.list", response)

    def update(
        self,
        assistant_id: str,
        *,
        name: str | Unset = UNSET,
        variant: AssistantVariantUpdate | Mapping[str, Any] | Unset = UNSET,
        agent: AgentUpdate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettingsUpdate | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantUpdateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantUpdateResponse:
        """Update an assistant

        Changes only the top-level blocks present in the body; anything left out keeps its stored
        value. Inside a block, what you send takes the place of what was there (for example
        `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
        except `agent.identity`, where only the sub-fields you send change.

        The variant type is fixed at creation, so `variant` here carries `config` only and a
        `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
        name another assistant of the workspace already uses gives 409.

        While the update is applied, campaigns running on this assistant pause for a moment and
        then continue. The platform also enforces a cooldown between successive updates of one
        assistant (its length is not documented); an update inside it may be refused with 429.
        The success body is the bare `{assistantId}`, without the usual `message`/`data`
        wrapper.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            name: New display name, at most 40 characters and unique inside the workspace.
            variant: Variant part of an update. Only the configuration can change; the type chosen at
                creation is permanent, which is why no `type` key is allowed here.
            agent: Agent changes for `update_assistant`. Identity sub-fields you omit keep their value;
                `tools`, when sent, becomes the complete new tool list.
            telephony: Phone numbers bound to the assistant, each given as the `_id` of a telephony number of
                the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns).
                `null` means no number. An inbound number belongs to one assistant at a time: binding
                it here unbinds it from any other assistant.
            icp_context: Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to
                the people it calls.
            call_settings: Call-settings changes for `update_assistant`; every field is optional.
            analysis_plan: Prompts evaluated against the recording and transcript once a call has ended. The
                results arrive with the `end-of-call` webhook event.
            pre_call: Optional lookup made before every call of the assistant, inbound and outbound alike.
                The platform sends `number` (the customer's phone number), `assistantId` and
                `callDirection` (`inbound` or `outbound`), plus the fields of `apiPlan.body`, to
                `apiPlan.url`. Header values and body fields may contain templates:
                `{{variableValues.<name>}}`, `{{metadata.<name>}}`, `{{number}}`, `{{assistantId}}`,
                `{{callDirection}}`.

                A 2xx JSON object in reply is spread into the call's variables (a reply shaped
                `{"data": {...}}` has its `data` spread instead), so prompts can use those keys as
                placeholders; the whole reply is also kept as `preCallData`. A reply that is not an
                object only sets `preCallData`. Errors, timeouts, non-2xx answers and empty bodies are
                ignored: the call goes ahead without the extra data.
            knowledge_base: Material the agent can search during a call: documents fetched from a URL and
                question-and-answer pairs.
            body: The whole request as a prepared ``AssistantUpdateRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantUpdateResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantUpdateResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = AssistantUpdateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.update",
                    "variant",
                    variant,
                    (AssistantVariantUpdate,),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.update", "agent", agent, (AgentUpdate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.update",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.update",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.update",
                    "call_settings",
                    call_settings,
                    (CallSettingsUpdate,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.update",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.update", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.update",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.update",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _update_assistant._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = self._runtime.send(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.update", _update_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantUpdateResponse):
            return parsed
        raise self._runtime.unexpected("assistants.update", response)


class AssistantsWithRawResponse(SyncResource):
    """``assistants`` returning whole responses: ``client.assistants.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        name: str,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any],
        agent: AgentCreate | Mapping[str, Any],
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]: ...

    @overload
    def create(
        self,
        *,
        body: AssistantCreateRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any]
        | Unset = UNSET,
        agent: AgentCreate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantCreateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]:
        """Create an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.create``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantCreateResponse | Error]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(variant, Unset)
                or isinstance(agent, Unset)
            ):
                raise self._runtime.missing(
                    "assistants.create",
                    ("name", "variant", "agent"),
                    (name, variant, agent),
                )
            body = AssistantCreateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.create",
                    "variant",
                    variant,
                    (
                        CustomVariant,
                        AbandonedCartVariant,
                        CodToPrepaidVariant,
                        AddressVerificationVariant,
                        OrderConfirmationVariant,
                        NdrFollowupVariant,
                    ),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.create", "agent", agent, (AgentCreate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.create",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.create",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.create",
                    "call_settings",
                    call_settings,
                    (CallSettings,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.create",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.create", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.create",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.create",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _create_assistant._get_kwargs(
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 409, 429, 500)
        )
        return self._runtime.parse(
            "assistants.create", _create_assistant._build_response, response
        )

    def get(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantGetResponse | Error]:
        """Get one assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.get``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantGetResponse | Error]
        """
        kwargs = _get_assistant._get_kwargs(
            assistant_id=assistant_id,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "assistants.get", _get_assistant._build_response, response
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantListResponse | Error]:
        """List the workspace's assistants; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantListResponse | Error]
        """
        kwargs = _list_assistants._get_kwargs()

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "assistants.list", _list_assistants._build_response, response
        )

    def update(
        self,
        assistant_id: str,
        *,
        name: str | Unset = UNSET,
        variant: AssistantVariantUpdate | Mapping[str, Any] | Unset = UNSET,
        agent: AgentUpdate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettingsUpdate | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantUpdateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantUpdateResponse | Error]:
        """Update an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.update``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantUpdateResponse | Error]
        """
        if body is None:
            body = AssistantUpdateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.update",
                    "variant",
                    variant,
                    (AssistantVariantUpdate,),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.update", "agent", agent, (AgentUpdate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.update",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.update",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.update",
                    "call_settings",
                    call_settings,
                    (CallSettingsUpdate,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.update",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.update", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.update",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.update",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _update_assistant._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = self._runtime.send(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "assistants.update", _update_assistant._build_response, response
        )


class AsyncAssistants(AsyncResource):
    """The ``assistants`` operations (awaitable): ``client.assistants.<method>(...)``."""

    __slots__ = ("_raw",)

    _raw: AsyncAssistantsWithRawResponse

    @property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning the whole response (status, headers, parsed model)."""
        try:
            return self._raw
        except AttributeError:
            self._raw = AsyncAssistantsWithRawResponse(self._runtime)
            return self._raw

    @overload
    async def create(
        self,
        *,
        name: str,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any],
        agent: AgentCreate | Mapping[str, Any],
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        body: AssistantCreateRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any]
        | Unset = UNSET,
        agent: AgentCreate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantCreateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantCreateResponse:
        """Create an assistant

        Adds a new assistant to the workspace named in the `workspace` header and answers with
        its id. Mandatory are `name`, `variant` (with whatever config block its type demands)
        and `agent.identity`; every other block can be filled in now or later with
        `update_assistant`.

        `variant.type` selects the conversation flow. It also decides what `variant.config` has
        to contain, and it can never be changed after creation:

        | `variant.type` | Who writes the prompt | What `variant.config` needs |
        |---|---|---|
        | `custom` | you, in `agent.systemPrompt` | optionally `inputSchema` or `variableSchema` to
        declare per-call variables |
        | `abandoned_cart` | the platform (send `""`) | the `abandoned_cart` block (payment plan) |
        | `cod_to_prepaid` | the platform | the `cod_to_prepaid` block (link validity, COD fee,
        support contacts) |
        | `address_verification` | the platform | the `address_verification` block (delivery window,
        support contacts) |
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
            name: Display name, at most 40 characters and unique inside the workspace.
            variant: The variant of a new assistant: one of six shapes, told apart by the constant `type`.
                Only `type` is required; each shape names the `config` block that belongs to it.
            agent: Who the agent is and what it says, as sent to `create_assistant`.
            telephony: Phone numbers bound to the assistant, each given as the `_id` of a telephony number of
                the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns).
                `null` means no number. An inbound number belongs to one assistant at a time: binding
                it here unbinds it from any other assistant.
            icp_context: Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to
                the people it calls.
            call_settings: When and how the assistant dials. Optional as a whole, but once present it must carry
                `slots` and `retryProtocol`.
            analysis_plan: Prompts evaluated against the recording and transcript once a call has ended. The
                results arrive with the `end-of-call` webhook event.
            pre_call: Optional lookup made before every call of the assistant, inbound and outbound alike.
                The platform sends `number` (the customer's phone number), `assistantId` and
                `callDirection` (`inbound` or `outbound`), plus the fields of `apiPlan.body`, to
                `apiPlan.url`. Header values and body fields may contain templates:
                `{{variableValues.<name>}}`, `{{metadata.<name>}}`, `{{number}}`, `{{assistantId}}`,
                `{{callDirection}}`.

                A 2xx JSON object in reply is spread into the call's variables (a reply shaped
                `{"data": {...}}` has its `data` spread instead), so prompts can use those keys as
                placeholders; the whole reply is also kept as `preCallData`. A reply that is not an
                object only sets `preCallData`. Errors, timeouts, non-2xx answers and empty bodies are
                ignored: the call goes ahead without the extra data.
            knowledge_base: Material the agent can search during a call: documents fetched from a URL and
                question-and-answer pairs.
            body: The whole request as a prepared ``AssistantCreateRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantCreateResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantCreateResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(variant, Unset)
                or isinstance(agent, Unset)
            ):
                raise self._runtime.missing(
                    "assistants.create",
                    ("name", "variant", "agent"),
                    (name, variant, agent),
                )
            body = AssistantCreateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.create",
                    "variant",
                    variant,
                    (
                        CustomVariant,
                        AbandonedCartVariant,
                        CodToPrepaidVariant,
                        AddressVerificationVariant,
                        OrderConfirmationVariant,
                        NdrFollowupVariant,
                    ),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.create", "agent", agent, (AgentCreate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.create",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.create",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.create",
                    "call_settings",
                    call_settings,
                    (CallSettings,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.create",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.create", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.create",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.create",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _create_assistant._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.create", _create_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantCreateResponse):
            return parsed
        raise self._runtime.unexpected("assistants.create", response)

    async def get(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantGetResponse:
        """Get one assistant

        Returns the stored configuration of one assistant of the workspace, including blocks the
        platform filled in itself: for preset variants `variant.config.inputSchema` lists the
        call-payload fields the flow expects, and `agent.tools` comes back grouped by
        integration rather than as the flat id list sent on create. An id that belongs to
        another workspace is reported as not found.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantGetResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantGetResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _get_assistant._get_kwargs(
            assistant_id=assistant_id,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.get", _get_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantGetResponse):
            return parsed
        raise self._runtime.unexpected("assistants.get", response)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantListResponse:
        """List the workspace's assistants

        Returns all assistants of the workspace in a single array. Each element has exactly the
        shape `get_assistant` returns. The operation takes no query parameters: there is no
        paging, filtering or field selection.


        Returns:
            AssistantListResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantListResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        kwargs = _list_assistants._get_kwargs()

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.list", _list_assistants._parse_response, response
        )
        if isinstance(parsed, AssistantListResponse):
            return parsed
        raise self._runtime.unexpected("assistants.list", response)

    async def update(
        self,
        assistant_id: str,
        *,
        name: str | Unset = UNSET,
        variant: AssistantVariantUpdate | Mapping[str, Any] | Unset = UNSET,
        agent: AgentUpdate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettingsUpdate | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantUpdateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> AssistantUpdateResponse:
        """Update an assistant

        Changes only the top-level blocks present in the body; anything left out keeps its stored
        value. Inside a block, what you send takes the place of what was there (for example
        `agent.tools` becomes exactly the list you send, and `preCall` is replaced as a whole),
        except `agent.identity`, where only the sub-fields you send change.

        The variant type is fixed at creation, so `variant` here carries `config` only and a
        `type` key is not accepted. Archived assistants cannot be changed (400). Renaming to a
        name another assistant of the workspace already uses gives 409.

        While the update is applied, campaigns running on this assistant pause for a moment and
        then continue. The platform also enforces a cooldown between successive updates of one
        assistant (its length is not documented); an update inside it may be refused with 429.
        The success body is the bare `{assistantId}`, without the usual `message`/`data`
        wrapper.

        Args:
            assistant_id: A 24-character hexadecimal database id.
            name: New display name, at most 40 characters and unique inside the workspace.
            variant: Variant part of an update. Only the configuration can change; the type chosen at
                creation is permanent, which is why no `type` key is allowed here.
            agent: Agent changes for `update_assistant`. Identity sub-fields you omit keep their value;
                `tools`, when sent, becomes the complete new tool list.
            telephony: Phone numbers bound to the assistant, each given as the `_id` of a telephony number of
                the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns).
                `null` means no number. An inbound number belongs to one assistant at a time: binding
                it here unbinds it from any other assistant.
            icp_context: Ideal-customer profile. It tunes the agent's language, vocabulary, slang and pace to
                the people it calls.
            call_settings: Call-settings changes for `update_assistant`; every field is optional.
            analysis_plan: Prompts evaluated against the recording and transcript once a call has ended. The
                results arrive with the `end-of-call` webhook event.
            pre_call: Optional lookup made before every call of the assistant, inbound and outbound alike.
                The platform sends `number` (the customer's phone number), `assistantId` and
                `callDirection` (`inbound` or `outbound`), plus the fields of `apiPlan.body`, to
                `apiPlan.url`. Header values and body fields may contain templates:
                `{{variableValues.<name>}}`, `{{metadata.<name>}}`, `{{number}}`, `{{assistantId}}`,
                `{{callDirection}}`.

                A 2xx JSON object in reply is spread into the call's variables (a reply shaped
                `{"data": {...}}` has its `data` spread instead), so prompts can use those keys as
                placeholders; the whole reply is also kept as `preCallData`. A reply that is not an
                object only sets `preCallData`. Errors, timeouts, non-2xx answers and empty bodies are
                ignored: the call goes ahead without the extra data.
            knowledge_base: Material the agent can search during a call: documents fetched from a URL and
                question-and-answer pairs.
            body: The whole request as a prepared ``AssistantUpdateRequest``, instead of the fields.
            extra_headers: Headers for this call only; they win over the client's.
            timeout: Seconds, or an ``httpx.Timeout``, for this call instead of the client's.

        Returns:
            AssistantUpdateResponse: The documented ``200`` answer.

        Raises:
            voice_agents.errors.APIStatusError: A non-2xx answer, as its subclass for the status
                (``NotFoundError`` for 404, ...), after the client's retries.
            voice_agents.errors.APIResponseValidationError: A 2xx answer that is not the
                documented ``AssistantUpdateResponse``.
            voice_agents.errors.APIConnectionError: No answer (``APITimeoutError`` on a timeout).
            voice_agents.errors.RequestValidationError: Arguments that do not make a request.
        """
        if body is None:
            body = AssistantUpdateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.update",
                    "variant",
                    variant,
                    (AssistantVariantUpdate,),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.update", "agent", agent, (AgentUpdate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.update",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.update",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.update",
                    "call_settings",
                    call_settings,
                    (CallSettingsUpdate,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.update",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.update", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.update",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.update",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _update_assistant._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = await self._runtime.asend(kwargs, extra_headers, timeout)
        parsed = self._runtime.parse(
            "assistants.update", _update_assistant._parse_response, response
        )
        if isinstance(parsed, AssistantUpdateResponse):
            return parsed
        raise self._runtime.unexpected("assistants.update", response)


class AsyncAssistantsWithRawResponse(AsyncResource):
    """``assistants`` returning whole responses: ``client.assistants.with_raw_response.<method>(...)``."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any],
        agent: AgentCreate | Mapping[str, Any],
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]: ...

    @overload
    async def create(
        self,
        *,
        body: AssistantCreateRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        variant: CustomVariant
        | AbandonedCartVariant
        | CodToPrepaidVariant
        | AddressVerificationVariant
        | OrderConfirmationVariant
        | NdrFollowupVariant
        | Mapping[str, Any]
        | Unset = UNSET,
        agent: AgentCreate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettings | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantCreateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantCreateResponse | Error]:
        """Create an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.create``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantCreateResponse | Error]
        """
        if body is None:
            if (
                isinstance(name, Unset)
                or isinstance(variant, Unset)
                or isinstance(agent, Unset)
            ):
                raise self._runtime.missing(
                    "assistants.create",
                    ("name", "variant", "agent"),
                    (name, variant, agent),
                )
            body = AssistantCreateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.create",
                    "variant",
                    variant,
                    (
                        CustomVariant,
                        AbandonedCartVariant,
                        CodToPrepaidVariant,
                        AddressVerificationVariant,
                        OrderConfirmationVariant,
                        NdrFollowupVariant,
                    ),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.create", "agent", agent, (AgentCreate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.create",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.create",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.create",
                    "call_settings",
                    call_settings,
                    (CallSettings,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.create",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.create", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.create",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.create",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _create_assistant._get_kwargs(
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 409, 429, 500)
        )
        return self._runtime.parse(
            "assistants.create", _create_assistant._build_response, response
        )

    async def get(
        self,
        assistant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantGetResponse | Error]:
        """Get one assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.get``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantGetResponse | Error]
        """
        kwargs = _get_assistant._get_kwargs(
            assistant_id=assistant_id,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 429, 500)
        )
        return self._runtime.parse(
            "assistants.get", _get_assistant._build_response, response
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantListResponse | Error]:
        """List the workspace's assistants; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.list``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantListResponse | Error]
        """
        kwargs = _list_assistants._get_kwargs()

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 429, 500)
        )
        return self._runtime.parse(
            "assistants.list", _list_assistants._build_response, response
        )

    async def update(
        self,
        assistant_id: str,
        *,
        name: str | Unset = UNSET,
        variant: AssistantVariantUpdate | Mapping[str, Any] | Unset = UNSET,
        agent: AgentUpdate | Mapping[str, Any] | Unset = UNSET,
        telephony: AssistantTelephony | Mapping[str, Any] | Unset = UNSET,
        icp_context: IcpContext | Mapping[str, Any] | Unset = UNSET,
        call_settings: CallSettingsUpdate | Mapping[str, Any] | Unset = UNSET,
        analysis_plan: AnalysisPlan | Mapping[str, Any] | Unset = UNSET,
        pre_call: PreCall | Mapping[str, Any] | Unset = UNSET,
        knowledge_base: AssistantKnowledgeBase | Mapping[str, Any] | Unset = UNSET,
        body: AssistantUpdateRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Response[AssistantUpdateResponse | Error]:
        """Update an assistant; the whole response, documented error statuses included.

        Takes the arguments of ``assistants.update``. Returns the status, headers, raw body and
        parsed model; a documented error status (``400``, ``401``, ``404``, ``409``, ``429``, ``500``) comes back
        here instead of raising. An undocumented error status and a failed connection still raise.

        Returns:
            Response[AssistantUpdateResponse | Error]
        """
        if body is None:
            body = AssistantUpdateRequest(
                name=name,
                variant=self._runtime.coerce(
                    "assistants.update",
                    "variant",
                    variant,
                    (AssistantVariantUpdate,),
                    "model",
                ),
                agent=self._runtime.coerce(
                    "assistants.update", "agent", agent, (AgentUpdate,), "model"
                ),
                telephony=self._runtime.coerce(
                    "assistants.update",
                    "telephony",
                    telephony,
                    (AssistantTelephony,),
                    "model",
                ),
                icp_context=self._runtime.coerce(
                    "assistants.update",
                    "icp_context",
                    icp_context,
                    (IcpContext,),
                    "model",
                ),
                call_settings=self._runtime.coerce(
                    "assistants.update",
                    "call_settings",
                    call_settings,
                    (CallSettingsUpdate,),
                    "model",
                ),
                analysis_plan=self._runtime.coerce(
                    "assistants.update",
                    "analysis_plan",
                    analysis_plan,
                    (AnalysisPlan,),
                    "model",
                ),
                pre_call=self._runtime.coerce(
                    "assistants.update", "pre_call", pre_call, (PreCall,), "model"
                ),
                knowledge_base=self._runtime.coerce(
                    "assistants.update",
                    "knowledge_base",
                    knowledge_base,
                    (AssistantKnowledgeBase,),
                    "model",
                ),
            )
        elif not (
            isinstance(name, Unset)
            and isinstance(variant, Unset)
            and isinstance(agent, Unset)
            and isinstance(telephony, Unset)
            and isinstance(icp_context, Unset)
            and isinstance(call_settings, Unset)
            and isinstance(analysis_plan, Unset)
            and isinstance(pre_call, Unset)
            and isinstance(knowledge_base, Unset)
        ):
            raise self._runtime.conflict(
                "assistants.update",
                (
                    "name",
                    "variant",
                    "agent",
                    "telephony",
                    "icp_context",
                    "call_settings",
                    "analysis_plan",
                    "pre_call",
                    "knowledge_base",
                ),
                (
                    name,
                    variant,
                    agent,
                    telephony,
                    icp_context,
                    call_settings,
                    analysis_plan,
                    pre_call,
                    knowledge_base,
                ),
            )
        kwargs = _update_assistant._get_kwargs(
            assistant_id=assistant_id,
            body=body,
        )

        response = await self._runtime.asend(
            kwargs, extra_headers, timeout, (200, 400, 401, 404, 409, 429, 500)
        )
        return self._runtime.parse(
            "assistants.update", _update_assistant._build_response, response
        )
