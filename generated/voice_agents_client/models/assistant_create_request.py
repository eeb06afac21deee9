from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abandoned_cart_variant import AbandonedCartVariant
    from ..models.address_verification_variant import AddressVerificationVariant
    from ..models.agent_create import AgentCreate
    from ..models.analysis_plan import AnalysisPlan
    from ..models.assistant_knowledge_base import AssistantKnowledgeBase
    from ..models.assistant_telephony import AssistantTelephony
    from ..models.call_settings import CallSettings
    from ..models.cod_to_prepaid_variant import CodToPrepaidVariant
    from ..models.custom_variant import CustomVariant
    from ..models.icp_context import IcpContext
    from ..models.ndr_followup_variant import NdrFollowupVariant
    from ..models.order_confirmation_variant import OrderConfirmationVariant
    from ..models.pre_call import PreCall


T = TypeVar("T", bound="AssistantCreateRequest")


@_attrs_define
class AssistantCreateRequest:
    """Body of `create_assistant`. Only `name`, `variant` and `agent` are mandatory.

    Attributes:
        name (str): Display name, at most 40 characters and unique inside the workspace.
        variant (AbandonedCartVariant | AddressVerificationVariant | CodToPrepaidVariant | CustomVariant |
            NdrFollowupVariant | OrderConfirmationVariant): The variant of a new assistant: one of six shapes, told apart by
            the constant `type`. Only `type` is required; each shape names the `config` block that belongs to it.
        agent (AgentCreate): Who the agent is and what it says, as sent to `create_assistant`.
        telephony (AssistantTelephony | Unset): Phone numbers bound to the assistant, each given as the `_id` of a
            telephony number of the workspace (for instance the `_id` that `POST /v1/number-pool/purchase` returns). `null`
            means no number. An inbound number belongs to one assistant at a time: binding it here unbinds it from any other
            assistant.
        icp_context (IcpContext | Unset): Ideal-customer profile. It tunes the agent's language, vocabulary, slang and
            pace to the people it calls.
        call_settings (CallSettings | Unset): When and how the assistant dials. Optional as a whole, but once present it
            must carry `slots` and `retryProtocol`.
        analysis_plan (AnalysisPlan | Unset): Prompts evaluated against the recording and transcript once a call has
            ended. The results arrive with the `end-of-call` webhook event.
        pre_call (PreCall | Unset): Optional lookup made before every call of the assistant, inbound and outbound alike.
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
        knowledge_base (AssistantKnowledgeBase | Unset): Material the agent can search during a call: documents fetched
            from a URL and question-and-answer pairs.
    """

    name: str
    variant: (
        AbandonedCartVariant
        | AddressVerificationVariant
        | CodToPrepaidVariant
        | CustomVariant
        | NdrFollowupVariant
        | OrderConfirmationVariant
    )
    agent: AgentCreate
    telephony: AssistantTelephony | Unset = UNSET
    icp_context: IcpContext | Unset = UNSET
    call_settings: CallSettings | Unset = UNSET
    analysis_plan: AnalysisPlan | Unset = UNSET
    pre_call: PreCall | Unset = UNSET
    knowledge_base: AssistantKnowledgeBase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.abandoned_cart_variant import AbandonedCartVariant  # noqa: PLC0415
        from ..models.address_verification_variant import AddressVerificationVariant  # noqa: PLC0415
        from ..models.cod_to_prepaid_variant import CodToPrepaidVariant  # noqa: PLC0415
        from ..models.custom_variant import CustomVariant  # noqa: PLC0415
        from ..models.order_confirmation_variant import OrderConfirmationVariant  # noqa: PLC0415

        name = self.name

        variant: dict[str, Any]
        if isinstance(self.variant, CustomVariant):
            variant = self.variant.to_dict()
        elif isinstance(self.variant, AbandonedCartVariant):
            variant = self.variant.to_dict()
        elif isinstance(self.variant, CodToPrepaidVariant):
            variant = self.variant.to_dict()
        elif isinstance(self.variant, AddressVerificationVariant):
            variant = self.variant.to_dict()
        elif isinstance(self.variant, OrderConfirmationVariant):
            variant = self.variant.to_dict()
        else:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abandoned_cart_variant import AbandonedCartVariant  # noqa: PLC0415
        from ..models.address_verification_variant import AddressVerificationVariant  # noqa: PLC0415
        from ..models.agent_create import AgentCreate  # noqa: PLC0415
        from ..models.analysis_plan import AnalysisPlan  # noqa: PLC0415
        from ..models.assistant_knowledge_base import AssistantKnowledgeBase  # noqa: PLC0415
        from ..models.assistant_telephony import AssistantTelephony  # noqa: PLC0415
        from ..models.call_settings import CallSettings  # noqa: PLC0415
        from ..models.cod_to_prepaid_variant import CodToPrepaidVariant  # noqa: PLC0415
        from ..models.custom_variant import CustomVariant  # noqa: PLC0415
        from ..models.icp_context import IcpContext  # noqa: PLC0415
        from ..models.ndr_followup_variant import NdrFollowupVariant  # noqa: PLC0415
        from ..models.order_confirmation_variant import OrderConfirmationVariant  # noqa: PLC0415
        from ..models.pre_call import PreCall  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_variant(
            data: object,
        ) -> (
            AbandonedCartVariant
            | AddressVerificationVariant
            | CodToPrepaidVariant
            | CustomVariant
            | NdrFollowupVariant
            | OrderConfirmationVariant
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_variant_create_type_0 = (
                    CustomVariant.from_dict(data)
                )

                return componentsschemas_assistant_variant_create_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_variant_create_type_1 = (
                    AbandonedCartVariant.from_dict(data)
                )

                return componentsschemas_assistant_variant_create_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_variant_create_type_2 = (
                    CodToPrepaidVariant.from_dict(data)
                )

                return componentsschemas_assistant_variant_create_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_variant_create_type_3 = (
                    AddressVerificationVariant.from_dict(data)
                )

                return componentsschemas_assistant_variant_create_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_variant_create_type_4 = (
                    OrderConfirmationVariant.from_dict(data)
                )

                return componentsschemas_assistant_variant_create_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_assistant_variant_create_type_5 = (
                NdrFollowupVariant.from_dict(data)
            )

            return componentsschemas_assistant_variant_create_type_5

        variant = _parse_variant(d.pop("variant"))

        agent = AgentCreate.from_dict(d.pop("agent"))

        _telephony = d.pop("telephony", UNSET)
        telephony: AssistantTelephony | Unset
        if isinstance(_telephony, Unset):
            telephony = UNSET
        else:
            telephony = AssistantTelephony.from_dict(_telephony)

        _icp_context = d.pop("icpContext", UNSET)
        icp_context: IcpContext | Unset
        if isinstance(_icp_context, Unset):
            icp_context = UNSET
        else:
            icp_context = IcpContext.from_dict(_icp_context)

        _call_settings = d.pop("callSettings", UNSET)
        call_settings: CallSettings | Unset
        if isinstance(_call_settings, Unset):
            call_settings = UNSET
        else:
            call_settings = CallSettings.from_dict(_call_settings)

        _analysis_plan = d.pop("analysisPlan", UNSET)
        analysis_plan: AnalysisPlan | Unset
        if isinstance(_analysis_plan, Unset):
            analysis_plan = UNSET
        else:
            analysis_plan = AnalysisPlan.from_dict(_analysis_plan)

        _pre_call = d.pop("preCall", UNSET)
        pre_call: PreCall | Unset
        if isinstance(_pre_call, Unset):
            pre_call = UNSET
        else:
            pre_call = PreCall.from_dict(_pre_call)

        _knowledge_base = d.pop("knowledgeBase", UNSET)
        knowledge_base: AssistantKnowledgeBase | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = AssistantKnowledgeBase.from_dict(_knowledge_base)

        assistant_create_request = cls(
            name=name,
            variant=variant,
            agent=agent,
            telephony=telephony,
            icp_context=icp_context,
            call_settings=call_settings,
            analysis_plan=analysis_plan,
            pre_call=pre_call,
            knowledge_base=knowledge_base,
        )

        assistant_create_request.additional_properties = d
        return assistant_create_request

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
