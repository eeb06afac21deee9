"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time its name is read from this package (PEP 562
``__getattr__``), so ``from voice_agents_client.models import Error`` loads one module, not all
of them. Type checkers see every name through the ``TYPE_CHECKING`` imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abandoned_cart_billing_address import AbandonedCartBillingAddress
    from .abandoned_cart_config import AbandonedCartConfig
    from .abandoned_cart_config_read import AbandonedCartConfigRead
    from .abandoned_cart_customer import AbandonedCartCustomer
    from .abandoned_cart_line_item import AbandonedCartLineItem
    from .abandoned_cart_line_item_variant import AbandonedCartLineItemVariant
    from .abandoned_cart_payload import AbandonedCartPayload
    from .abandoned_cart_price_set import AbandonedCartPriceSet
    from .abandoned_cart_shipping_address import AbandonedCartShippingAddress
    from .abandoned_cart_shop_money import AbandonedCartShopMoney
    from .abandoned_cart_tax_line import AbandonedCartTaxLine
    from .abandoned_cart_variant import AbandonedCartVariant
    from .abandoned_cart_variant_config import AbandonedCartVariantConfig
    from .abort_call_request import AbortCallRequest
    from .abort_call_response import AbortCallResponse
    from .action_event import ActionEvent
    from .action_reason import ActionReason
    from .action_webhook_event import ActionWebhookEvent
    from .address_verification_config import AddressVerificationConfig
    from .address_verification_variant import AddressVerificationVariant
    from .address_verification_variant_config import AddressVerificationVariantConfig
    from .age_group import AgeGroup
    from .agent import Agent
    from .agent_create import AgentCreate
    from .agent_identity import AgentIdentity
    from .agent_identity_read import AgentIdentityRead
    from .agent_tool import AgentTool
    from .agent_update import AgentUpdate
    from .analysis_plan import AnalysisPlan
    from .analysis_plan_read import AnalysisPlanRead
    from .api_tool import ApiTool
    from .api_tool_config import ApiToolConfig
    from .api_tool_list_response import ApiToolListResponse
    from .archive_entity_type import ArchiveEntityType
    from .archive_response import ArchiveResponse
    from .archive_target import ArchiveTarget
    from .assistant import Assistant
    from .assistant_create_request import AssistantCreateRequest
    from .assistant_create_response import AssistantCreateResponse
    from .assistant_created import AssistantCreated
    from .assistant_get_response import AssistantGetResponse
    from .assistant_knowledge_base import AssistantKnowledgeBase
    from .assistant_knowledge_base_read import AssistantKnowledgeBaseRead
    from .assistant_list_response import AssistantListResponse
    from .assistant_telephony import AssistantTelephony
    from .assistant_update_request import AssistantUpdateRequest
    from .assistant_update_response import AssistantUpdateResponse
    from .assistant_variant import AssistantVariant
    from .assistant_variant_update import AssistantVariantUpdate
    from .audience_segment import AudienceSegment
    from .available_number import AvailableNumber
    from .billing_type import BillingType
    from .call_analysis import CallAnalysis
    from .call_analysis_insights import CallAnalysisInsights
    from .call_analysis_outcome import CallAnalysisOutcome
    from .call_credits import CallCredits
    from .call_details import CallDetails
    from .call_event_data import CallEventData
    from .call_event_type import CallEventType
    from .call_insight_plan import CallInsightPlan
    from .call_insight_plan_read import CallInsightPlanRead
    from .call_lifecycle_event import CallLifecycleEvent
    from .call_lifecycle_webhook_event import CallLifecycleWebhookEvent
    from .call_metadata import CallMetadata
    from .call_metadata_read import CallMetadataRead
    from .call_report import CallReport
    from .call_settings import CallSettings
    from .call_settings_update import CallSettingsUpdate
    from .call_slot import CallSlot
    from .call_status import CallStatus
    from .cod_policy import CodPolicy
    from .cod_to_prepaid_config import CodToPrepaidConfig
    from .cod_to_prepaid_variant import CodToPrepaidVariant
    from .cod_to_prepaid_variant_config import CodToPrepaidVariantConfig
    from .complete_upload_response import CompleteUploadResponse
    from .create_api_tool_request import CreateApiToolRequest
    from .create_api_tool_response import CreateApiToolResponse
    from .create_order_action_event_data import CreateOrderActionEventData
    from .create_order_discount import CreateOrderDiscount
    from .create_order_line_item import CreateOrderLineItem
    from .create_order_payload import CreateOrderPayload
    from .create_order_shipping_address import CreateOrderShippingAddress
    from .custom_payload import CustomPayload
    from .custom_variant import CustomVariant
    from .custom_variant_config import CustomVariantConfig
    from .custom_workspace_trust_signals import CustomWorkspaceTrustSignals
    from .delete_api_tool_response import DeleteApiToolResponse
    from .delete_collection_response import DeleteCollectionResponse
    from .discount import Discount
    from .discount_apply_as import DiscountApplyAs
    from .discount_read import DiscountRead
    from .end_of_call_event import EndOfCallEvent
    from .end_of_call_webhook_event import EndOfCallWebhookEvent
    from .error import Error
    from .faq_entry import FaqEntry
    from .gender import Gender
    from .health_response import HealthResponse
    from .health_status import HealthStatus
    from .icp_context import IcpContext
    from .icp_context_read import IcpContextRead
    from .initiate_call_request import InitiateCallRequest
    from .initiate_call_response import InitiateCallResponse
    from .input_field import InputField
    from .input_field_read import InputFieldRead
    from .input_field_type import InputFieldType
    from .insight_field import InsightField
    from .insight_field_read import InsightFieldRead
    from .insight_field_type import InsightFieldType
    from .knowledge_base_document import KnowledgeBaseDocument
    from .knowledge_base_document_read import KnowledgeBaseDocumentRead
    from .knowledge_base_document_type import KnowledgeBaseDocumentType
    from .knowledge_base_file import KnowledgeBaseFile
    from .knowledge_base_file_list_response import KnowledgeBaseFileListResponse
    from .knowledge_base_file_response import KnowledgeBaseFileResponse
    from .knowledge_base_file_status import KnowledgeBaseFileStatus
    from .language import Language
    from .location_tier import LocationTier
    from .ndr_followup_config import NdrFollowupConfig
    from .ndr_followup_customer import NdrFollowupCustomer
    from .ndr_followup_payload import NdrFollowupPayload
    from .ndr_followup_shipping_address import NdrFollowupShippingAddress
    from .ndr_followup_variant import NdrFollowupVariant
    from .ndr_followup_variant_config import NdrFollowupVariantConfig
    from .ndr_webhook_status import NdrWebhookStatus
    from .number_search_response import NumberSearchResponse
    from .onboard_custom_workspace_request import OnboardCustomWorkspaceRequest
    from .onboard_custom_workspace_response import OnboardCustomWorkspaceResponse
    from .onboard_shopify_workspace_request import OnboardShopifyWorkspaceRequest
    from .onboard_shopify_workspace_response import OnboardShopifyWorkspaceResponse
    from .order_confirmation_config import OrderConfirmationConfig
    from .order_confirmation_variant import OrderConfirmationVariant
    from .order_confirmation_variant_config import OrderConfirmationVariantConfig
    from .order_update_action import OrderUpdateAction
    from .order_update_action_event_data import OrderUpdateActionEventData
    from .order_update_action_payload import OrderUpdateActionPayload
    from .payment_plan import PaymentPlan
    from .payment_plan_additional_fee import PaymentPlanAdditionalFee
    from .payment_plan_mode import PaymentPlanMode
    from .payment_plan_read import PaymentPlanRead
    from .policy_delivery_timeline import PolicyDeliveryTimeline
    from .policy_fee import PolicyFee
    from .policy_framework import PolicyFramework
    from .pre_call import PreCall
    from .pre_call_api_plan import PreCallApiPlan
    from .pre_call_api_plan_read import PreCallApiPlanRead
    from .pre_call_body import PreCallBody
    from .pre_call_headers import PreCallHeaders
    from .pre_call_method import PreCallMethod
    from .pre_call_read import PreCallRead
    from .purchase_number_request import PurchaseNumberRequest
    from .purchase_number_response import PurchaseNumberResponse
    from .release_number_response import ReleaseNumberResponse
    from .retry_protocol import RetryProtocol
    from .return_policy import ReturnPolicy
    from .send_whatsapp_action_event_data import SendWhatsappActionEventData
    from .send_whatsapp_payload import SendWhatsappPayload
    from .shipping_policy import ShippingPolicy
    from .shiprocket_ndr_event import ShiprocketNdrEvent
    from .shiprocket_ndr_webhook_response import ShiprocketNdrWebhookResponse
    from .shopify_order_customer import ShopifyOrderCustomer
    from .shopify_order_discount_code import ShopifyOrderDiscountCode
    from .shopify_order_line_item import ShopifyOrderLineItem
    from .shopify_order_payload import ShopifyOrderPayload
    from .shopify_order_shipping_address import ShopifyOrderShippingAddress
    from .showcase_call import ShowcaseCall
    from .showcase_call_category import ShowcaseCallCategory
    from .showcase_call_category_filter import ShowcaseCallCategoryFilter
    from .showcase_call_list import ShowcaseCallList
    from .showcase_call_list_response import ShowcaseCallListResponse
    from .showcase_call_response import ShowcaseCallResponse
    from .showcase_flow import ShowcaseFlow
    from .showcase_flow_list import ShowcaseFlowList
    from .showcase_flow_list_response import ShowcaseFlowListResponse
    from .showcase_flow_response import ShowcaseFlowResponse
    from .showcase_flow_type import ShowcaseFlowType
    from .showcase_highlight_moment import ShowcaseHighlightMoment
    from .showcase_language import ShowcaseLanguage
    from .showcase_language_filter import ShowcaseLanguageFilter
    from .start_upload_session_data import StartUploadSessionData
    from .start_upload_session_request import StartUploadSessionRequest
    from .start_upload_session_response import StartUploadSessionResponse
    from .support_contacts import SupportContacts
    from .telephony_number import TelephonyNumber
    from .telephony_number_status import TelephonyNumberStatus
    from .telephony_number_type import TelephonyNumberType
    from .tool_header import ToolHeader
    from .tool_http_method import ToolHttpMethod
    from .tool_parameters import ToolParameters
    from .tool_parameters_read import ToolParametersRead
    from .tool_property import ToolProperty
    from .tool_property_items import ToolPropertyItems
    from .tool_property_items_read import ToolPropertyItemsRead
    from .tool_property_read import ToolPropertyRead
    from .tool_property_type import ToolPropertyType
    from .trust_signals import TrustSignals
    from .unarchive_response import UnarchiveResponse
    from .unknown_action_event_data import UnknownActionEventData
    from .unknown_event import UnknownEvent
    from .unknown_event_data import UnknownEventData
    from .update_api_tool_request import UpdateApiToolRequest
    from .update_api_tool_response import UpdateApiToolResponse
    from .update_call_payload_request import UpdateCallPayloadRequest
    from .update_call_payload_response import UpdateCallPayloadResponse
    from .upload_chunk_request import UploadChunkRequest
    from .upload_chunk_response import UploadChunkResponse
    from .upload_mime_type import UploadMimeType
    from .variable_schema import VariableSchema
    from .variable_schema_properties import VariableSchemaProperties
    from .variable_schema_property import VariableSchemaProperty
    from .variant_config import VariantConfig
    from .variant_config_read import VariantConfigRead
    from .variant_type import VariantType
    from .voice_gallery_item import VoiceGalleryItem
    from .voice_gallery_response import VoiceGalleryResponse
    from .web_call_error import WebCallError
    from .web_call_request import WebCallRequest
    from .web_call_response import WebCallResponse
    from .webhook_event import WebhookEvent
    from .workspace import Workspace
    from .workspace_billing import WorkspaceBilling
    from .workspace_status import WorkspaceStatus
    from .workspace_variant import WorkspaceVariant

_MODULES: dict[str, str] = {
    "AbandonedCartBillingAddress": ".abandoned_cart_billing_address",
    "AbandonedCartConfig": ".abandoned_cart_config",
    "AbandonedCartConfigRead": ".abandoned_cart_config_read",
    "AbandonedCartCustomer": ".abandoned_cart_customer",
    "AbandonedCartLineItem": ".abandoned_cart_line_item",
    "AbandonedCartLineItemVariant": ".abandoned_cart_line_item_variant",
    "AbandonedCartPayload": ".abandoned_cart_payload",
    "AbandonedCartPriceSet": ".abandoned_cart_price_set",
    "AbandonedCartShippingAddress": ".abandoned_cart_shipping_address",
    "AbandonedCartShopMoney": ".abandoned_cart_shop_money",
    "AbandonedCartTaxLine": ".abandoned_cart_tax_line",
    "AbandonedCartVariant": ".abandoned_cart_variant",
    "AbandonedCartVariantConfig": ".abandoned_cart_variant_config",
    "AbortCallRequest": ".abort_call_request",
    "AbortCallResponse": ".abort_call_response",
    "ActionEvent": ".action_event",
    "ActionReason": ".action_reason",
    "ActionWebhookEvent": ".action_webhook_event",
    "AddressVerificationConfig": ".address_verification_config",
    "AddressVerificationVariant": ".address_verification_variant",
    "AddressVerificationVariantConfig": ".address_verification_variant_config",
    "AgeGroup": ".age_group",
    "Agent": ".agent",
    "AgentCreate": ".agent_create",
    "AgentIdentity": ".agent_identity",
    "AgentIdentityRead": ".agent_identity_read",
    "AgentTool": ".agent_tool",
    "AgentUpdate": ".agent_update",
    "AnalysisPlan": ".analysis_plan",
    "AnalysisPlanRead": ".analysis_plan_read",
    "ApiTool": ".api_tool",
    "ApiToolConfig": ".api_tool_config",
    "ApiToolListResponse": ".api_tool_list_response",
    "ArchiveEntityType": ".archive_entity_type",
    "ArchiveResponse": ".archive_response",
    "ArchiveTarget": ".archive_target",
    "Assistant": ".assistant",
    "AssistantCreateRequest": ".assistant_create_request",
    "AssistantCreateResponse": ".assistant_create_response",
    "AssistantCreated": ".assistant_created",
    "AssistantGetResponse": ".assistant_get_response",
    "AssistantKnowledgeBase": ".assistant_knowledge_base",
    "AssistantKnowledgeBaseRead": ".assistant_knowledge_base_read",
    "AssistantListResponse": ".assistant_list_response",
    "AssistantTelephony": ".assistant_telephony",
    "AssistantUpdateRequest": ".assistant_update_request",
    "AssistantUpdateResponse": ".assistant_update_response",
    "AssistantVariant": ".assistant_variant",
    "AssistantVariantUpdate": ".assistant_variant_update",
    "AudienceSegment": ".audience_segment",
    "AvailableNumber": ".available_number",
    "BillingType": ".billing_type",
    "CallAnalysis": ".call_analysis",
    "CallAnalysisInsights": ".call_analysis_insights",
    "CallAnalysisOutcome": ".call_analysis_outcome",
    "CallCredits": ".call_credits",
    "CallDetails": ".call_details",
    "CallEventData": ".call_event_data",
    "CallEventType": ".call_event_type",
    "CallInsightPlan": ".call_insight_plan",
    "CallInsightPlanRead": ".call_insight_plan_read",
    "CallLifecycleEvent": ".call_lifecycle_event",
    "CallLifecycleWebhookEvent": ".call_lifecycle_webhook_event",
    "CallMetadata": ".call_metadata",
    "CallMetadataRead": ".call_metadata_read",
    "CallReport": ".call_report",
    "CallSettings": ".call_settings",
    "CallSettingsUpdate": ".call_settings_update",
    "CallSlot": ".call_slot",
    "CallStatus": ".call_status",
    "CodPolicy": ".cod_policy",
    "CodToPrepaidConfig": ".cod_to_prepaid_config",
    "CodToPrepaidVariant": ".cod_to_prepaid_variant",
    "CodToPrepaidVariantConfig": ".cod_to_prepaid_variant_config",
    "CompleteUploadResponse": ".complete_upload_response",
    "CreateApiToolRequest": ".create_api_tool_request",
    "CreateApiToolResponse": ".create_api_tool_response",
    "CreateOrderActionEventData": ".create_order_action_event_data",
    "CreateOrderDiscount": ".create_order_discount",
    "CreateOrderLineItem": ".create_order_line_item",
    "CreateOrderPayload": ".create_order_payload",
    "CreateOrderShippingAddress": ".create_order_shipping_address",
    "CustomPayload": ".custom_payload",
    "CustomVariant": ".custom_variant",
    "CustomVariantConfig": ".custom_variant_config",
    "CustomWorkspaceTrustSignals": ".custom_workspace_trust_signals",
    "DeleteApiToolResponse": ".delete_api_tool_response",
    "DeleteCollectionResponse": ".delete_collection_response",
    "Discount": ".discount",
    "DiscountApplyAs": ".discount_apply_as",
    "DiscountRead": ".discount_read",
    "EndOfCallEvent": ".end_of_call_event",
    "EndOfCallWebhookEvent": ".end_of_call_webhook_event",
    "Error": ".error",
    "FaqEntry": ".faq_entry",
    "Gender": ".gender",
    "HealthResponse": ".health_response",
    "HealthStatus": ".health_status",
    "IcpContext": ".icp_context",
    "IcpContextRead": ".icp_context_read",
    "InitiateCallRequest": ".initiate_call_request",
    "InitiateCallResponse": ".initiate_call_response",
    "InputField": ".input_field",
    "InputFieldRead": ".input_field_read",
    "InputFieldType": ".input_field_type",
    "InsightField": ".insight_field",
    "InsightFieldRead": ".insight_field_read",
    "InsightFieldType": ".insight_field_type",
    "KnowledgeBaseDocument": ".knowledge_base_document",
    "KnowledgeBaseDocumentRead": ".knowledge_base_document_read",
    "KnowledgeBaseDocumentType": ".knowledge_base_document_type",
    "KnowledgeBaseFile": ".knowledge_base_file",
    "KnowledgeBaseFileListResponse": ".knowledge_base_file_list_response",
    "KnowledgeBaseFileResponse": ".knowledge_base_file_response",
    "KnowledgeBaseFileStatus": ".knowledge_base_file_status",
    "Language": ".language",
    "LocationTier": ".location_tier",
    "NdrFollowupConfig": ".ndr_followup_config",
    "NdrFollowupCustomer": ".ndr_followup_customer",
    "NdrFollowupPayload": ".ndr_followup_payload",
    "NdrFollowupShippingAddress": ".ndr_followup_shipping_address",
    "NdrFollowupVariant": ".ndr_followup_variant",
    "NdrFollowupVariantConfig": ".ndr_followup_variant_config",
    "NdrWebhookStatus": ".ndr_webhook_status",
    "NumberSearchResponse": ".number_search_response",
    "OnboardCustomWorkspaceRequest": ".onboard_custom_workspace_request",
    "OnboardCustomWorkspaceResponse": ".onboard_custom_workspace_response",
    "OnboardShopifyWorkspaceRequest": ".onboard_shopify_workspace_request",
    "OnboardShopifyWorkspaceResponse": ".onboard_shopify_workspace_response",
    "OrderConfirmationConfig": ".order_confirmation_config",
    "OrderConfirmationVariant": ".order_confirmation_variant",
    "OrderConfirmationVariantConfig": ".order_confirmation_variant_config",
    "OrderUpdateAction": ".order_update_action",
    "OrderUpdateActionEventData": ".order_update_action_event_data",
    "OrderUpdateActionPayload": ".order_update_action_payload",
    "PaymentPlan": ".payment_plan",
    "PaymentPlanAdditionalFee": ".payment_plan_additional_fee",
    "PaymentPlanMode": ".payment_plan_mode",
    "PaymentPlanRead": ".payment_plan_read",
    "PolicyDeliveryTimeline": ".policy_delivery_timeline",
    "PolicyFee": ".policy_fee",
    "PolicyFramework": ".policy_framework",
    "PreCall": ".pre_call",
    "PreCallApiPlan": ".pre_call_api_plan",
    "PreCallApiPlanRead": ".pre_call_api_plan_read",
    "PreCallBody": ".pre_call_body",
    "PreCallHeaders": ".pre_call_headers",
    "PreCallMethod": ".pre_call_method",
    "PreCallRead": ".pre_call_read",
    "PurchaseNumberRequest": ".purchase_number_request",
    "PurchaseNumberResponse": ".purchase_number_response",
    "ReleaseNumberResponse": ".release_number_response",
    "RetryProtocol": ".retry_protocol",
    "ReturnPolicy": ".return_policy",
    "SendWhatsappActionEventData": ".send_whatsapp_action_event_data",
    "SendWhatsappPayload": ".send_whatsapp_payload",
    "ShippingPolicy": ".shipping_policy",
    "ShiprocketNdrEvent": ".shiprocket_ndr_event",
    "ShiprocketNdrWebhookResponse": ".shiprocket_ndr_webhook_response",
    "ShopifyOrderCustomer": ".shopify_order_customer",
    "ShopifyOrderDiscountCode": ".shopify_order_discount_code",
    "ShopifyOrderLineItem": ".shopify_order_line_item",
    "ShopifyOrderPayload": ".shopify_order_payload",
    "ShopifyOrderShippingAddress": ".shopify_order_shipping_address",
    "ShowcaseCall": ".showcase_call",
    "ShowcaseCallCategory": ".showcase_call_category",
    "ShowcaseCallCategoryFilter": ".showcase_call_category_filter",
    "ShowcaseCallList": ".showcase_call_list",
    "ShowcaseCallListResponse": ".showcase_call_list_response",
    "ShowcaseCallResponse": ".showcase_call_response",
    "ShowcaseFlow": ".showcase_flow",
    "ShowcaseFlowList": ".showcase_flow_list",
    "ShowcaseFlowListResponse": ".showcase_flow_list_response",
    "ShowcaseFlowResponse": ".showcase_flow_response",
    "ShowcaseFlowType": ".showcase_flow_type",
    "ShowcaseHighlightMoment": ".showcase_highlight_moment",
    "ShowcaseLanguage": ".showcase_language",
    "ShowcaseLanguageFilter": ".showcase_language_filter",
    "StartUploadSessionData": ".start_upload_session_data",
    "StartUploadSessionRequest": ".start_upload_session_request",
    "StartUploadSessionResponse": ".start_upload_session_response",
    "SupportContacts": ".support_contacts",
    "TelephonyNumber": ".telephony_number",
    "TelephonyNumberStatus": ".telephony_number_status",
    "TelephonyNumberType": ".telephony_number_type",
    "ToolHeader": ".tool_header",
    "ToolHttpMethod": ".tool_http_method",
    "ToolParameters": ".tool_parameters",
    "ToolParametersRead": ".tool_parameters_read",
    "ToolProperty": ".tool_property",
    "ToolPropertyItems": ".tool_property_items",
    "ToolPropertyItemsRead": ".tool_property_items_read",
    "ToolPropertyRead": ".tool_property_read",
    "ToolPropertyType": ".tool_property_type",
    "TrustSignals": ".trust_signals",
    "UnarchiveResponse": ".unarchive_response",
    "UnknownActionEventData": ".unknown_action_event_data",
    "UnknownEvent": ".unknown_event",
    "UnknownEventData": ".unknown_event_data",
    "UpdateApiToolRequest": ".update_api_tool_request",
    "UpdateApiToolResponse": ".update_api_tool_response",
    "UpdateCallPayloadRequest": ".update_call_payload_request",
    "UpdateCallPayloadResponse": ".update_call_payload_response",
    "UploadChunkRequest": ".upload_chunk_request",
    "UploadChunkResponse": ".upload_chunk_response",
    "UploadMimeType": ".upload_mime_type",
    "VariableSchema": ".variable_schema",
    "VariableSchemaProperties": ".variable_schema_properties",
    "VariableSchemaProperty": ".variable_schema_property",
    "VariantConfig": ".variant_config",
    "VariantConfigRead": ".variant_config_read",
    "VariantType": ".variant_type",
    "VoiceGalleryItem": ".voice_gallery_item",
    "VoiceGalleryResponse": ".voice_gallery_response",
    "WebCallError": ".web_call_error",
    "WebCallRequest": ".web_call_request",
    "WebCallResponse": ".web_call_response",
    "WebhookEvent": ".webhook_event",
    "Workspace": ".workspace",
    "WorkspaceBilling": ".workspace_billing",
    "WorkspaceStatus": ".workspace_status",
    "WorkspaceVariant": ".workspace_variant",
}

__all__ = (
    "AbandonedCartBillingAddress",
    "AbandonedCartConfig",
    "AbandonedCartConfigRead",
    "AbandonedCartCustomer",
    "AbandonedCartLineItem",
    "AbandonedCartLineItemVariant",
    "AbandonedCartPayload",
    "AbandonedCartPriceSet",
    "AbandonedCartShippingAddress",
    "AbandonedCartShopMoney",
    "AbandonedCartTaxLine",
    "AbandonedCartVariant",
    "AbandonedCartVariantConfig",
    "AbortCallRequest",
    "AbortCallResponse",
    "ActionEvent",
    "ActionReason",
    "ActionWebhookEvent",
    "AddressVerificationConfig",
    "AddressVerificationVariant",
    "AddressVerificationVariantConfig",
    "AgeGroup",
    "Agent",
    "AgentCreate",
    "AgentIdentity",
    "AgentIdentityRead",
    "AgentTool",
    "AgentUpdate",
    "AnalysisPlan",
    "AnalysisPlanRead",
    "ApiTool",
    "ApiToolConfig",
    "ApiToolListResponse",
    "ArchiveEntityType",
    "ArchiveResponse",
    "ArchiveTarget",
    "Assistant",
    "AssistantCreated",
    "AssistantCreateRequest",
    "AssistantCreateResponse",
    "AssistantGetResponse",
    "AssistantKnowledgeBase",
    "AssistantKnowledgeBaseRead",
    "AssistantListResponse",
    "AssistantTelephony",
    "AssistantUpdateRequest",
    "AssistantUpdateResponse",
    "AssistantVariant",
    "AssistantVariantUpdate",
    "AudienceSegment",
    "AvailableNumber",
    "BillingType",
    "CallAnalysis",
    "CallAnalysisInsights",
    "CallAnalysisOutcome",
    "CallCredits",
    "CallDetails",
    "CallEventData",
    "CallEventType",
    "CallInsightPlan",
    "CallInsightPlanRead",
    "CallLifecycleEvent",
    "CallLifecycleWebhookEvent",
    "CallMetadata",
    "CallMetadataRead",
    "CallReport",
    "CallSettings",
    "CallSettingsUpdate",
    "CallSlot",
    "CallStatus",
    "CodPolicy",
    "CodToPrepaidConfig",
    "CodToPrepaidVariant",
    "CodToPrepaidVariantConfig",
    "CompleteUploadResponse",
    "CreateApiToolRequest",
    "CreateApiToolResponse",
    "CreateOrderActionEventData",
    "CreateOrderDiscount",
    "CreateOrderLineItem",
    "CreateOrderPayload",
    "CreateOrderShippingAddress",
    "CustomPayload",
    "CustomVariant",
    "CustomVariantConfig",
    "CustomWorkspaceTrustSignals",
    "DeleteApiToolResponse",
    "DeleteCollectionResponse",
    "Discount",
    "DiscountApplyAs",
    "DiscountRead",
    "EndOfCallEvent",
    "EndOfCallWebhookEvent",
    "Error",
    "FaqEntry",
    "Gender",
    "HealthResponse",
    "HealthStatus",
    "IcpContext",
    "IcpContextRead",
    "InitiateCallRequest",
    "InitiateCallResponse",
    "InputField",
    "InputFieldRead",
    "InputFieldType",
    "InsightField",
    "InsightFieldRead",
    "InsightFieldType",
    "KnowledgeBaseDocument",
    "KnowledgeBaseDocumentRead",
    "KnowledgeBaseDocumentType",
    "KnowledgeBaseFile",
    "KnowledgeBaseFileListResponse",
    "KnowledgeBaseFileResponse",
    "KnowledgeBaseFileStatus",
    "Language",
    "LocationTier",
    "NdrFollowupConfig",
    "NdrFollowupCustomer",
    "NdrFollowupPayload",
    "NdrFollowupShippingAddress",
    "NdrFollowupVariant",
    "NdrFollowupVariantConfig",
    "NdrWebhookStatus",
    "NumberSearchResponse",
    "OnboardCustomWorkspaceRequest",
    "OnboardCustomWorkspaceResponse",
    "OnboardShopifyWorkspaceRequest",
    "OnboardShopifyWorkspaceResponse",
    "OrderConfirmationConfig",
    "OrderConfirmationVariant",
    "OrderConfirmationVariantConfig",
    "OrderUpdateAction",
    "OrderUpdateActionEventData",
    "OrderUpdateActionPayload",
    "PaymentPlan",
    "PaymentPlanAdditionalFee",
    "PaymentPlanMode",
    "PaymentPlanRead",
    "PolicyDeliveryTimeline",
    "PolicyFee",
    "PolicyFramework",
    "PreCall",
    "PreCallApiPlan",
    "PreCallApiPlanRead",
    "PreCallBody",
    "PreCallHeaders",
    "PreCallMethod",
    "PreCallRead",
    "PurchaseNumberRequest",
    "PurchaseNumberResponse",
    "ReleaseNumberResponse",
    "RetryProtocol",
    "ReturnPolicy",
    "SendWhatsappActionEventData",
    "SendWhatsappPayload",
    "ShippingPolicy",
    "ShiprocketNdrEvent",
    "ShiprocketNdrWebhookResponse",
    "ShopifyOrderCustomer",
    "ShopifyOrderDiscountCode",
    "ShopifyOrderLineItem",
    "ShopifyOrderPayload",
    "ShopifyOrderShippingAddress",
    "ShowcaseCall",
    "ShowcaseCallCategory",
    "ShowcaseCallCategoryFilter",
    "ShowcaseCallList",
    "ShowcaseCallListResponse",
    "ShowcaseCallResponse",
    "ShowcaseFlow",
    "ShowcaseFlowList",
    "ShowcaseFlowListResponse",
    "ShowcaseFlowResponse",
    "ShowcaseFlowType",
    "ShowcaseHighlightMoment",
    "ShowcaseLanguage",
    "ShowcaseLanguageFilter",
    "StartUploadSessionData",
    "StartUploadSessionRequest",
    "StartUploadSessionResponse",
    "SupportContacts",
    "TelephonyNumber",
    "TelephonyNumberStatus",
    "TelephonyNumberType",
    "ToolHeader",
    "ToolHttpMethod",
    "ToolParameters",
    "ToolParametersRead",
    "ToolProperty",
    "ToolPropertyItems",
    "ToolPropertyItemsRead",
    "ToolPropertyRead",
    "ToolPropertyType",
    "TrustSignals",
    "UnarchiveResponse",
    "UnknownActionEventData",
    "UnknownEvent",
    "UnknownEventData",
    "UpdateApiToolRequest",
    "UpdateApiToolResponse",
    "UpdateCallPayloadRequest",
    "UpdateCallPayloadResponse",
    "UploadChunkRequest",
    "UploadChunkResponse",
    "UploadMimeType",
    "VariableSchema",
    "VariableSchemaProperties",
    "VariableSchemaProperty",
    "VariantConfig",
    "VariantConfigRead",
    "VariantType",
    "VoiceGalleryItem",
    "VoiceGalleryResponse",
    "WebCallError",
    "WebCallRequest",
    "WebCallResponse",
    "WebhookEvent",
    "Workspace",
    "WorkspaceBilling",
    "WorkspaceStatus",
    "WorkspaceVariant",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
