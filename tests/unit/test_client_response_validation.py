"""A 2xx body the generated parser cannot read raises APIResponseValidationError.

Never a bare KeyError/TypeError/ValueError (issue 11, item 4): the error carries the raw body and
the JSON path of the field when it can be told. Wrong types only; unknown enum values become
legal once the response enums are open.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from typing import Any

import httpx
import pytest
import voice_agents_client.api as generated_api
from voice_agents._redact import REDACTED
from voice_agents.errors import APIResponseValidationError, VoiceAgentsError
from voice_agents_client import AuthenticatedClient
from voice_agents_client.api.assistant import get_assistant
from voice_agents_client.api.knowledge_base import (
    complete_upload,
    get_knowledge_base_file,
    list_knowledge_base_files,
)
from voice_agents_client.api.tools import list_api_tools

FILE = {"_id": "6690a1b2c3d4e5f600000040", "fileName": "a.pdf", "status": "ready"}


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        ({"message": "ok", "data": {**FILE, "fileName": None} | {}}, None, None),
        ({"message": "ok"}, "data", "missing required field"),
        (
            {"message": "ok", "data": {"_id": "x", "status": "ready"}},
            "data.fileName",
            "missing required field",
        ),
        ({"message": "ok", "data": {**FILE, "createdAt": 17}}, "data.createdAt", "TypeError"),
        # An open enum (`Enum | str`) keeps what it gets: the generator casts a value that is
        # not a member to the string branch without a type check, so a number passes too.
        ({"message": "ok", "data": {**FILE, "status": 3}}, None, None),
        ({"message": "ok", "data": "not an object"}, "data", "ValueError"),
        (["not", "an", "object"], "", "ValueError"),
    ],
)
def test_wrong_types_raise_with_the_path(
    make_client: Any, api: Any, body: Any, path: str | None, reason: str | None
) -> None:
    api.get(f"/v1/knowledge-base/files/{FILE['_id']}").respond(200, json=body)
    call = lambda: get_knowledge_base_file.sync(FILE["_id"], client=make_client())  # noqa: E731
    if path is None:  # passed through (tolerant): a null for a string, a number for an open enum
        call()
        return
    with pytest.raises(APIResponseValidationError) as info:
        call()
    exc = info.value
    assert isinstance(exc, VoiceAgentsError)
    assert not isinstance(exc, KeyError | TypeError)
    assert exc.path == path
    assert reason is not None
    assert reason in exc.reason
    assert exc.status_code == 200
    assert exc.body == httpx.Response(200, json=body).content
    assert exc.request.url.path == f"/v1/knowledge-base/files/{FILE['_id']}"
    assert isinstance(exc.__cause__, KeyError | TypeError | ValueError)
    assert (f"at {path!r}" in str(exc)) == bool(path)


def test_a_list_item_is_located_by_index(make_client: Any, api: Any) -> None:
    api.get("/v1/knowledge-base/files").respond(
        200, json={"message": "ok", "data": [FILE, FILE, {"_id": "x", "status": "ready"}]}
    )
    with pytest.raises(APIResponseValidationError) as info:
        list_knowledge_base_files.sync(client=make_client())
    assert info.value.path == "data[2].fileName"


def test_a_list_of_the_wrong_type(make_client: Any, api: Any) -> None:
    api.get("/v1/admin/tool/api").respond(200, json={"message": "ok", "data": 5})
    with pytest.raises(APIResponseValidationError) as info:
        list_api_tools.sync(client=make_client())
    assert info.value.path == "data"


def test_a_body_that_is_not_json(make_client: Any, api: Any) -> None:
    api.post("/v1/knowledge-base/upload/complete/s1").respond(200, text="<html>oops</html>")
    with pytest.raises(APIResponseValidationError) as info:
        complete_upload.sync("s1", client=make_client())
    assert info.value.path is None
    assert info.value.reason == "the body is not JSON"
    assert info.value.body == b"<html>oops</html>"


def test_async_and_detailed_functions_raise_it_too(make_client: Any, api: Any) -> None:
    api.get("/v1/admin/assistant/get/a1").respond(200, json={"message": "ok", "data": {"name": 1}})

    async def run() -> None:
        async with make_client() as client:
            await get_assistant.asyncio_detailed("a1", client=client)

    with pytest.raises(APIResponseValidationError):
        asyncio.run(run())
    with pytest.raises(APIResponseValidationError):
        get_assistant.sync_detailed("a1", client=make_client())


def test_secrets_in_the_body_are_redacted(make_client: Any, api: Any, cfg: Any) -> None:
    api.get("/v1/knowledge-base/files").respond(
        200, json={"message": cfg.private_key, "data": [{"_id": cfg.private_key}]}
    )
    with pytest.raises(APIResponseValidationError) as info:
        list_knowledge_base_files.sync(client=make_client())
    exc = info.value
    assert cfg.private_key.encode() not in exc.body
    assert REDACTED.encode() in exc.body
    assert cfg.private_key not in str(exc)
    assert exc.response.request.headers["x-private-key"] == REDACTED


def test_a_plain_generated_client_keeps_the_generated_behaviour(api: Any, cfg: Any) -> None:
    api.get("/v1/knowledge-base/files").respond(200, json={"message": "ok"})
    plain = AuthenticatedClient(base_url=cfg.base_url, token="t")
    with pytest.raises(KeyError):
        list_knowledge_base_files.sync(client=plain)


def test_every_generated_endpoint_is_guarded() -> None:
    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + ".")
        if not info.ispkg
    ]
    assert len(modules) == 32
    for module in modules:
        assert getattr(module._build_response, "__voice_agents_guarded__", False), module
