from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.analysis_plan_read import AnalysisPlanRead
    from ..models.assistant_knowledge_base_read import AssistantKnowledgeBaseRead
    from ..models.assistant_telephony import AssistantTelephony
    from ..models.assistant_variant import AssistantVariant
    from ..models.call_settings import CallSettings
    from ..models.icp_context_read import IcpContextRead
    from ..models.pre_call_read import PreCallRead


T = TypeVar("T", bound="Assistant")


@_attrs_define
class Assistant:
    """A stored assistant as `get_assistant` and `list_assistants` return it. Besides the documented fields the server may
    add others (they are kept, not rejected).

        Attributes:
            id (str): Id of the assistant (24 hex characters).
            name (str): Display name, unique inside the workspace.
            variant (AssistantVariant): The variant of a stored assistant.
            agent (Agent): Identity, prompts and tools of a stored assistant.
            telephony (AssistantTelephony | Unset): Phone numbers bound to the assistant, each given as the `_id` of a
                telephony number of the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns). `null`
                means no number. An inbound number belongs to one assistant at a time: binding it here unbinds it from any other
                assistant.
            icp_context (IcpContextRead | Unset): Ideal-customer profile. It tunes the agent's language, vocabulary, slang
                and pace to the people it calls.
            call_settings (CallSettings | Unset): When and how the assistant dials. Optional as a whole, but once present it
                must carry `slots` and `retryProtocol`.
            analysis_plan (AnalysisPlanRead | Unset): Prompts evaluated against the recording and transcript once a call has
                ended. The results arrive with the `end-of-call` webhook event.
            pre_call (PreCallRead | Unset): Optional lookup made before every call of the assistant, inbound and outbound
                alike.
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
            knowledge_base (AssistantKnowledgeBaseRead | Unset): Material the agent can search during a call: documents
                fetched from a URL and question-and-answer pairs.
            archived_at (datetime.datetime | None | Unset): Time the assistant was archived, or `null` while it is active.
                Assistants have no archive operation of their own: they are archived together with their workspace or
                organization. An archived assistant can neither be updated nor place calls.
            created_at (datetime.datetime | Unset): Creation time.
            timezone (str | Unset): Timezone recorded for the assistant, for example `UTC`.
    """

    id: str
    name: str
    variant: AssistantVariant
    agent: Agent
    telephony: AssistantTelephony | Unset = UNSET
    icp_context: IcpContextRead | Unset = UNSET
    call_settings: CallSettings | Unset = UNSET
    analysis_plan: AnalysisPlanRead | Unset = UNSET
    pre_call: PreCallRead | Unset = UNSET
    knowledge_base: AssistantKnowledgeBaseRead | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        variant = self.variant.to_dict()

        agent = self.agent.to_dict()

        telephony: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephony, Unset):
            telephony = self.telephony.to_dict()

        icp_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.icp_context, Unset):
            icp_context = self.icp_context.to_dict()

        call_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_settings, Unset):
            call_settings = self.call_settings.to_dict()

        analysis_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_plan, Unset):
            analysis_plan = self.analysis_plan.to_dict()

        pre_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_call, Unset):
            pre_call = self.pre_call.to_dict()

        knowledge_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base.to_dict()

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "variant": variant,
                "agent": agent,
            }
        )
        if telephony is not UNSET:
            field_dict["telephony"] = telephony
        if icp_context is not UNSET:
            field_dict["icpContext"] = icp_context
        if call_settings is not UNSET:
            field_dict["callSettings"] = call_settings
        if analysis_plan is not UNSET:
            field_dict["analysisPlan"] = analysis_plan
        if pre_call is not UNSET:
            field_dict["preCall"] = pre_call
        if knowledge_base is not UNSET:
            field_dict["knowledgeBase"] = knowledge_base
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent import Agent  # noqa: PLC0415
        from ..models.analysis_plan_read import AnalysisPlanRead  # noqa: PLC0415
        from ..models.assistant_knowledge_base_read import AssistantKnowledgeBaseRead  # noqa: PLC0415
        from ..models.assistant_telephony import AssistantTelephony  # noqa: PLC0415
        from ..models.assistant_variant import AssistantVariant  # noqa: PLC0415
        from ..models.call_settings import CallSettings  # noqa: PLC0415
        from ..models.icp_context_read import IcpContextRead  # noqa: PLC0415
        from ..models.pre_call_read import PreCallRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        variant = AssistantVariant.from_dict(d.pop("variant"))

        agent = Agent.from_dict(d.pop("agent"))

        _telephony = d.pop("telephony", UNSET)
        telephony: AssistantTelephony | Unset
        if isinstance(_telephony, Unset):
            telephony = UNSET
        else:
            telephony = AssistantTelephony.from_dict(_telephony)

        _icp_context = d.pop("icpContext", UNSET)
        icp_context: IcpContextRead | Unset
        if isinstance(_icp_context, Unset):
            icp_context = UNSET
        else:
            icp_context = IcpContextRead.from_dict(_icp_context)

        _call_settings = d.pop("callSettings", UNSET)
        call_settings: CallSettings | Unset
        if isinstance(_call_settings, Unset):
            call_settings = UNSET
        else:
            call_settings = CallSettings.from_dict(_call_settings)

        _analysis_plan = d.pop("analysisPlan", UNSET)
        analysis_plan: AnalysisPlanRead | Unset
        if isinstance(_analysis_plan, Unset):
            analysis_plan = UNSET
        else:
            analysis_plan = AnalysisPlanRead.from_dict(_analysis_plan)

        _pre_call = d.pop("preCall", UNSET)
        pre_call: PreCallRead | Unset
        if isinstance(_pre_call, Unset):
            pre_call = UNSET
        else:
            pre_call = PreCallRead.from_dict(_pre_call)

        _knowledge_base = d.pop("knowledgeBase", UNSET)
        knowledge_base: AssistantKnowledgeBaseRead | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = AssistantKnowledgeBaseRead.from_dict(_knowledge_base)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archivedAt", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        timezone = d.pop("timezone", UNSET)

        assistant = cls(
            id=id,
            name=name,
            variant=variant,
            agent=agent,
            telephony=telephony,
            icp_context=icp_context,
            call_settings=call_settings,
            analysis_plan=analysis_plan,
            pre_call=pre_call,
            knowledge_base=knowledge_base,
            archived_at=archived_at,
            created_at=created_at,
            timezone=timezone,
        )

        assistant.additional_properties = d
        return assistant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
