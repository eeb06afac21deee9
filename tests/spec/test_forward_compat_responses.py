"""A value the API adds never breaks a call: unknown enum values parse and are kept.

For every successful response example of every operation, each string that an enum describes
is replaced by a value the spec does not list; the generated function, called with a
``VoiceAgentsClient`` over respx, must still return its parsed model, holding the raw string.
The webhook examples get the same treatment through the generated envelope models.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import respx
import voice_agents_client.api as api_package
import voice_agents_client.models as models
from example_walk import deref, load
from schema_walk import SchemaWalker, enum_strings, get_at, replace_at
from voice_agents import VoiceAgentsClient
from voice_agents_client.api.knowledge_base import get_knowledge_base_file
from voice_agents_client.models import KnowledgeBaseFileResponse, KnowledgeBaseFileStatus

ROOT = Path(__file__).resolve().parents[2]
DOC = load(ROOT / "openapi.yaml")
WALKER = SchemaWalker(DOC)
BASE_URL = "https://api.test.invalid"
UNKNOWN = "zz-value-added-later"
AN_ID = "68f0a1b2c3d4e5f600000900"
METHODS = ("get", "put", "post", "delete", "patch")


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _named_examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, ex in (media.get("examples") or {}).items():
        yield name, deref(DOC, ex)["value"]


@dataclass(frozen=True)
class Case:
    operation: str
    method: str
    status: int
    example: str
    schema_pointer: str
    body: Any
    request_example: Any

    @property
    def id(self) -> str:
        return f"{self.operation}-{self.status}-{self.example}"


def _cases() -> list[Case]:
    found: list[Case] = []
    for path, item in DOC["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            request_example = None
            content = ((op.get("requestBody") or {}).get("content")) or {}
            for media in content.values():
                request_example = next(iter(_named_examples(media)), (None, None))[1]
                break
            for status, response in op["responses"].items():
                if not str(status).startswith("2"):
                    continue
                pointer = f"/paths/{_esc(path)}/{method}/responses/{status}"
                if "$ref" in response:
                    pointer = response["$ref"][1:]
                    response = deref(DOC, response)
                media = (response.get("content") or {}).get("application/json")
                if media is None:
                    continue
                for name, value in _named_examples(media):
                    found.append(
                        Case(
                            op["operationId"],
                            method,
                            int(status),
                            name,
                            f"{pointer}/content/application~1json/schema",
                            value,
                            request_example,
                        )
                    )
    return found


CASES = _cases()
WITH_ENUMS = [c for c in CASES if enum_strings(WALKER, c.schema_pointer, c.body)]


def _module(operation: str) -> Any:
    for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        if info.name.rsplit(".", 1)[-1] == operation:
            return importlib.import_module(info.name)
    raise LookupError(operation)


def _arguments(function: Any, case: Case) -> dict[str, Any]:
    """Keyword arguments for a generated ``sync_detailed``: ids for path parts, the example body."""
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            body_type = hints["body"]
            if body_type.__name__ == "UploadChunkRequest":
                kwargs[name] = body_type.from_dict({"chunk": b"x", "chunkIndex": 0})
            else:
                kwargs[name] = body_type.from_dict(case.request_example)
        else:
            kwargs[name] = AN_ID
    return kwargs


@pytest.fixture
def client() -> Iterator[VoiceAgentsClient]:
    with VoiceAgentsClient(
        public_key="pk_test",
        private_key="sk_test",
        workspace=AN_ID,
        organization=AN_ID,
        base_url=BASE_URL,
        max_retries=0,
    ) as made:
        yield made


def test_there_are_enum_bearing_response_examples() -> None:
    assert len(WITH_ENUMS) >= 20, [c.id for c in WITH_ENUMS]


def test_every_response_enum_is_exercised() -> None:
    """Each enum a response can carry appears in at least one example replaced below."""
    covered = {
        name for c in WITH_ENUMS for name in enum_strings(WALKER, c.schema_pointer, c.body).values()
    }
    assert covered >= {
        "CallStatus",
        "VariantType",
        "Gender",
        "Language",
        "KnowledgeBaseFileStatus",
        "ToolHttpMethod",
        "WorkspaceStatus",
        "TelephonyNumberStatus",
        "ShowcaseLanguage",
        "ShowcaseCallCategory",
        "ShowcaseFlowType",
        "NdrWebhookStatus",
    }


@pytest.mark.parametrize("case", WITH_ENUMS, ids=lambda c: c.id)
def test_unknown_enum_values_parse_and_are_kept(case: Case, client: VoiceAgentsClient) -> None:
    sites = enum_strings(WALKER, case.schema_pointer, case.body)
    body = case.body
    for path in sites:
        body = replace_at(body, path, UNKNOWN)
    module = _module(case.operation)
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.route().respond(case.status, json=body)
        response = module.sync_detailed(client=client, **_arguments(module.sync_detailed, case))
    parsed = response.parsed
    assert parsed is not None
    assert type(parsed).__name__ != "Error", parsed
    round_trip = parsed.to_dict()
    for path in sites:
        assert get_at(round_trip, path) == UNKNOWN, path


def test_an_archived_knowledge_base_file_returns_a_model(client: VoiceAgentsClient) -> None:
    """The measured failure of issue 11: a status the spec does not list."""
    body = {
        "message": "File fetched successfully",
        "data": {"_id": AN_ID, "fileName": "catalogue.pdf", "status": "archived"},
    }
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v1/knowledge-base/files/{AN_ID}").respond(200, json=body)
        result = get_knowledge_base_file.sync(AN_ID, client=client)
    assert isinstance(result, KnowledgeBaseFileResponse)
    assert result.data.status == "archived"
    assert not isinstance(result.data.status, KnowledgeBaseFileStatus)
    assert result.to_dict()["data"]["status"] == "archived"

    body["data"]["status"] = "ready"
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v1/knowledge-base/files/{AN_ID}").respond(200, json=body)
        known = get_knowledge_base_file.sync(AN_ID, client=client)
    assert isinstance(known, KnowledgeBaseFileResponse)
    assert known.data.status is KnowledgeBaseFileStatus.READY


def _webhook_cases() -> list[tuple[str, str, str, Any]]:
    found = []
    for name, item in DOC["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
        pointer = f"/webhooks/{_esc(name)}/post/requestBody/content/application~1json/schema"
        for example, value in _named_examples(media):
            found.append((f"{name}-{example}", schema_name, pointer, value))
    return found


WEBHOOK_CASES = [c for c in _webhook_cases() if enum_strings(WALKER, c[2], c[3])]


@pytest.mark.parametrize(
    ("schema_name", "pointer", "value"),
    [c[1:] for c in WEBHOOK_CASES],
    ids=[c[0] for c in WEBHOOK_CASES],
)
@pytest.mark.parametrize("envelope", ["family", "WebhookEvent"])
def test_webhook_examples_with_unknown_values_parse(
    schema_name: str, pointer: str, value: Any, envelope: str
) -> None:
    sites = enum_strings(WALKER, pointer, value)
    for path in sites:
        value = replace_at(value, path, UNKNOWN)
    model = getattr(models, schema_name if envelope == "family" else envelope)
    round_trip = model.from_dict(value).to_dict()
    for path in sites:
        assert get_at(round_trip, path) == UNKNOWN, path


def test_an_unknown_event_type_and_action_reach_the_catch_alls() -> None:
    event = models.WebhookEvent.from_dict(
        {"event": {"type": "call.transferred", "data": {"call": {"id": AN_ID}}}}
    )
    assert isinstance(event.event, models.UnknownEvent)
    assert event.event.type_ == "call.transferred"
    action = models.WebhookEvent.from_dict(
        {"event": {"type": "action", "data": {"action": "send_email", "to": "a@b.c"}}}
    )
    assert isinstance(action.event, models.ActionEvent)
    assert isinstance(action.event.data, models.UnknownActionEventData)
    assert action.event.data.action == "send_email"
    assert action.to_dict()["event"]["data"]["to"] == "a@b.c"
    known = models.WebhookEvent.from_dict(
        {"event": {"type": "call.completed", "data": {"call": {"id": AN_ID}}}}
    )
    assert isinstance(known.event, models.CallLifecycleEvent)
