"""How consumers use the resources of ``voice_agents`` clients: type-checked, never run.

`make lint` type-checks this file (`mypy --strict`): every one of the 32 operations is called
here as ``client.<resource>.<method>(...)``, on :class:`VoiceAgentsClient` and on
:class:`AsyncVoiceAgentsClient`, and its result is read field by field with no ``isinstance``,
``cast`` or ``assert``: the resource methods return the documented success model itself, so a
change that makes a consumer narrow again is caught here. Path parameters are positional, body
fields keyword-only (or ``body=`` a prepared model), nested objects a model or a plain dict.
`make api-diff` type-checks the last release's copy of this file against the working tree, so
keep it to what the docs promise.
"""

from __future__ import annotations

import io
from pathlib import Path

from voice_agents import AsyncVoiceAgentsClient, VoiceAgentsClient, errors
from voice_agents.knowledge_base import UploadProgress
from voice_agents_client.models import (
    ArchiveEntityType,
    ArchiveTarget,
    AssistantUpdateRequest,
    CallMetadata,
    CreateApiToolRequest,
    InitiateCallRequest,
    ShiprocketNdrEvent,
    ShowcaseLanguageFilter,
    TelephonyNumberType,
    ToolHttpMethod,
    UploadMimeType,
)
from voice_agents_client.types import File

ASSISTANT_ID = "6690a1b2c3d4e5f600000010"
CALL_ID = "68f0a1b2c3d4e5f600000900"
TOOL_ID = "6690a1b2c3d4e5f600000030"
NUMBER_ID = "6690a1b2c3d4e5f600000020"
FILE_ID = "6701a1b2c3d4e5f600000050"
SHOWCASE_ID = "6690a1b2c3d4e5f600000050"
WORKSPACE_ID = "6690a1b2c3d4e5f600000002"
ORGANIZATION_ID = "6690a1b2c3d4e5f600000001"

AGENT = {
    "identity": {"name": "Priya", "gender": "female", "voice": "priya"},
    "systemPrompt": "You are Priya from Acme. Tell {{customerName}} where order {{orderId}} is.",
    "firstMessage": "Hello {{customerName}}, this is Priya calling from Acme.",
}

POLICIES = {
    "returnPolicy": {"windowDays": 7, "processingFee": {"amount": 50}, "refundTimelineDays": 3},
    "shippingPolicy": {"deliveryTimeline": {"minDays": 3, "maxDays": 5}},
    "codPolicy": {"enabled": True, "additionalFee": {"amount": 50}},
}


def _progress(progress: UploadProgress) -> None:
    print(progress.phase, progress.chunk, progress.bytes_sent)


def use_sync(client: VoiceAgentsClient) -> None:
    with client:
        # assistants
        created = client.assistants.create(
            name="Delivery Update Desk",
            variant={"type": "custom", "config": {"inputSchema": []}},
            agent=AGENT,
            telephony={"outbound": "6700a1b2c3d4e5f600000222"},
        )
        print(created.message, created.data.assistant_id)
        got = client.assistants.get(created.data.assistant_id, timeout=10.0)
        print(got.data.id, got.data.name, got.data.agent)
        for assistant in client.assistants.list().data:
            print(assistant.id, assistant.name)
        updated = client.assistants.update(
            ASSISTANT_ID, body=AssistantUpdateRequest(name="Delivery Desk")
        )
        print(updated.assistant_id)

        # calls
        queued = client.calls.initiate(
            phone_number="+919876543210",
            assistant=ASSISTANT_ID,
            payload={"customerName": "Jane", "orderId": "ORD-12345"},
            metadata={"orderId": "1"},
            priority=True,
        )
        print(queued.call_id, queued.status)
        again = client.calls.initiate(
            body=InitiateCallRequest(phone_number="+919876543210", assistant=ASSISTANT_ID),
            extra_headers={"x-trace": "1"},
        )
        print(again.call_id)
        web = client.calls.start_web(
            assistant=ASSISTANT_ID, system_prompt="Be brief.", metadata=CallMetadata()
        )
        print(web.success, web.token)
        aborted = client.calls.abort(call_id=queued.call_id)
        print(aborted.message)
        changed = client.calls.update_payload(queued.call_id, payload={"orderId": "ORD-2"})
        print(changed.message)

        # health, integrations
        health = client.health.check()
        print(health.data.status, health.data.under_maintenance)
        ndr = client.integrations.shiprocket_ndr(
            ASSISTANT_ID, body=ShiprocketNdrEvent.from_dict({"awb": "190123456789"})
        )
        print(ndr.status, ndr.call_id, ndr.reason)

        # knowledge base
        for file in client.knowledge_base.list_files().data:
            print(file.id, file.file_name, file.status)
        one = client.knowledge_base.get_file(FILE_ID)
        print(one.data.file_name, one.data.processing_percentage)
        started = client.knowledge_base.start_upload(
            file_name="faq.md", total_chunks=1, file_size=32, mime_type=UploadMimeType.MARKDOWN
        )
        session_id = started.session_id or (started.data and started.data.session_id) or ""
        chunk = File(payload=io.BytesIO(b"# FAQ\n"), file_name="faq.md.part0")
        sent = client.knowledge_base.upload_chunk(session_id, chunk=chunk, chunk_index=0)
        print(sent.message)
        done = client.knowledge_base.complete_upload(session_id)
        print(done.knowledge_base_id, done.knowledge_base_status)
        dropped = client.knowledge_base.delete_collection("rag_acme_product_catalog_v1")
        print(dropped.message)
        uploaded = client.knowledge_base.upload_file(
            Path("catalogue.pdf"), chunk_size=1024 * 1024, on_progress=_progress
        )
        print(uploaded.id, uploaded.status)

        # numbers
        for available in client.numbers.search(country_code="IN", limit=5).data:
            print(available.number, available.monthly_rate_cents)
        bought = client.numbers.purchase(
            number="+918155550101", country_code="IN", number_type=TelephonyNumberType.LOCAL
        )
        print(bought.data.id, bought.data.status)
        released = client.numbers.release(bought.data.id)
        print(released.message)

        # organizations
        archived = client.organizations.archive(type_=ArchiveEntityType.WORKSPACE, id=WORKSPACE_ID)
        print(archived.status_code, archived.message, archived.data)
        unarchived = client.organizations.unarchive(
            body=ArchiveTarget(type_=ArchiveEntityType.WORKSPACE, id=WORKSPACE_ID)
        )
        print(unarchived.message)

        # showcase
        calls = client.showcase.list_calls(lang=ShowcaseLanguageFilter.HI)
        for showcased in calls.data.calls:
            print(showcased.title, showcased.audio_url, showcased.duration_secs)
        print(client.showcase.get_call(SHOWCASE_ID).data.brand_name)
        for flow in client.showcase.list_flows().data.flows:
            print(flow.title, flow.assistant_id)
        print(client.showcase.get_flow(SHOWCASE_ID).data.tagline)

        # tools
        for tool in client.tools.list().data:
            print(tool.id, tool.name, tool.is_active)
        made = client.tools.create(
            name="Check Order Status",
            description="Fetches the latest status of an order.",
            url="https://api.example.com/orders/status",
            method=ToolHttpMethod.POST,
            headers=[{"key": "Authorization", "value": "Bearer <token>"}],
            parameters={"required": ["orderId"], "properties": []},
        )
        print(made.data.id, made.data.slug)
        edited = client.tools.update(made.data.id, is_active=False)
        print(edited.data.is_active)
        print(client.tools.delete(made.data.id).message)

        # voices, workspaces
        for voice in client.voices.list().data:
            print(voice.id, voice.slug, voice.sample_audio)
        custom = client.workspaces.onboard_custom(
            name="Acme Support Line",
            currency_code="USD",
            timezone="America/New_York",
            support_contacts={"phoneNumber": "+14155550100", "email": "support@acme.com"},
            trust_signals={"valuePropositionOneLiner": "Premium 24x7 support."},
        )
        print(custom.data.id, custom.data.slug)
        shop = client.workspaces.onboard_shopify(
            name="The Leather Co.",
            currency_code="INR",
            timezone="Asia/Kolkata",
            support_contacts={"phoneNumber": "+91-9876543210", "email": "support@brand.com"},
            trust_signals={"valuePropositionOneLiner": "Handcrafted in Jaipur."},
            policy_framework=POLICIES,
        )
        print(shop.workspace, shop.status, shop.billing)

        # the whole response: a documented error status comes back instead of raising
        raw = client.assistants.with_raw_response.get(
            ASSISTANT_ID, extra_headers={"Prefer": "code=404"}
        )
        print(raw.status_code, raw.headers.get("content-type"), raw.content, raw.parsed)

        try:
            client.assistants.get(ASSISTANT_ID)
        except errors.NotFoundError as exc:
            print(exc.status_code, exc.message)
        except errors.RequestValidationError as exc:
            print(exc.operation, exc.argument)


async def use_async(client: AsyncVoiceAgentsClient) -> None:
    async with client as api:
        # assistants
        created = await api.assistants.create(
            name="Delivery Update Desk",
            variant={"type": "custom", "config": {"inputSchema": []}},
            agent=AGENT,
        )
        print(created.data.assistant_id)
        print((await api.assistants.get(ASSISTANT_ID)).data.name)
        for assistant in (await api.assistants.list()).data:
            print(assistant.id)
        print((await api.assistants.update(ASSISTANT_ID, name="Desk")).assistant_id)

        # calls
        queued = await api.calls.initiate(
            phone_number="+919876543210", assistant=ASSISTANT_ID, metadata={"orderId": "1"}
        )
        print(queued.call_id)
        web = await api.calls.start_web(assistant=ASSISTANT_ID, timeout=5.0)
        print(web.token, web.error)
        print((await api.calls.abort(call_id=CALL_ID)).message)
        print((await api.calls.update_payload(CALL_ID, payload={"orderId": "1"})).message)

        # health, integrations
        print((await api.health.check()).data.under_maintenance)
        ndr = await api.integrations.shiprocket_ndr(ASSISTANT_ID)
        print(ndr.status)

        # knowledge base
        for file in (await api.knowledge_base.list_files()).data:
            print(file.file_name)
        print((await api.knowledge_base.get_file(FILE_ID)).data.status)
        started = await api.knowledge_base.start_upload(
            file_name="faq.md", total_chunks=1, file_size=11, mime_type=UploadMimeType.MARKDOWN
        )
        session_id = started.session_id or "session"
        chunk = File(payload=io.BytesIO(b"# FAQ\n"))
        print(
            (await api.knowledge_base.upload_chunk(session_id, chunk=chunk, chunk_index=0)).message
        )
        print((await api.knowledge_base.complete_upload(session_id)).knowledge_base_id)
        print((await api.knowledge_base.delete_collection("rag_v1")).message)
        uploaded = await api.knowledge_base.upload_file(b"# FAQ\n", file_name="faq.md", wait=False)
        print(uploaded.status)

        # numbers
        for available in (await api.numbers.search(country_code="IN")).data:
            print(available.number)
        bought = await api.numbers.purchase(
            number="+918155550101", country_code="IN", number_type=TelephonyNumberType.LOCAL
        )
        print(bought.data.number)
        print((await api.numbers.release(NUMBER_ID)).message)

        # organizations
        target = ArchiveTarget(type_=ArchiveEntityType.ORGANIZATION, id=ORGANIZATION_ID)
        print((await api.organizations.archive(body=target)).message)
        print((await api.organizations.unarchive(body=target)).message)

        # showcase
        print((await api.showcase.list_calls()).data.total)
        print((await api.showcase.get_call(SHOWCASE_ID)).data.title)
        print((await api.showcase.list_flows()).data.total)
        print((await api.showcase.get_flow(SHOWCASE_ID)).data.flow_type)

        # tools
        for tool in (await api.tools.list()).data:
            print(tool.slug)
        made = await api.tools.create(
            body=CreateApiToolRequest.from_dict(
                {
                    "name": "Check Order Status",
                    "description": "Fetches the latest status of an order.",
                    "url": "https://api.example.com/orders/status",
                    "method": "post",
                }
            )
        )
        print((await api.tools.update(made.data.id, description="Newer.")).data.id)
        print((await api.tools.delete(made.data.id)).message)

        # voices, workspaces
        for voice in (await api.voices.list()).data:
            print(voice.slug)
        contacts = {"phoneNumber": "+14155550100", "email": "support@acme.com"}
        custom = await api.workspaces.onboard_custom(
            name="Acme",
            currency_code="USD",
            timezone="UTC",
            support_contacts=contacts,
            trust_signals={"valuePropositionOneLiner": "Support that answers."},
        )
        print(custom.data.id)
        shop = await api.workspaces.onboard_shopify(
            name="Shop",
            currency_code="INR",
            timezone="Asia/Kolkata",
            support_contacts=contacts,
            trust_signals={"valuePropositionOneLiner": "Hand made."},
            policy_framework=POLICIES,
        )
        print(shop.workspace)

        raw = await api.calls.with_raw_response.abort(call_id=CALL_ID)
        print(raw.status_code, raw.parsed)


def receive(client: VoiceAgentsClient, body: bytes, headers: dict[str, str]) -> str | None:
    event = client.webhooks.unwrap(body, headers)
    print(event.type, event.metadata, event.is_final, event.data.call)
    return event.call_id
