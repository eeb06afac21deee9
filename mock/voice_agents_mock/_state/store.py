"""The stateful layer: what a workspace has created, answered after Prism validated the request.

Internal module. One store per ``workspace`` header value (like moto's per-account backends),
each seeded from the spec's examples so that example ids keep working. Prism validates every
request first; for the operations below the store then builds the answer, which must match the
operation's response schema (checked here on every answer; a mismatch is a bug, logged, and the
answer falls back to Prism's). An id the store does not hold gets the spec's 404.

Covered: assistants (create, get, list, update) and API tools (list, create, update, delete)
and numbers (purchase, release), here; calls (``calls``), knowledge-base uploads and
files (``kb``), organization and workspace archive (``archive``). Every
collection is bounded, and so is the number of workspaces: the oldest is dropped first
(logged), so memory stays flat whatever a client sends.
"""

from __future__ import annotations

import copy
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from .._core.constants import DEFAULT_INDEXING_TIME
from .._spec.index import SpecIndex
from .archive import Archive
from .base import (
    MAX_WORKSPACES,
    Answer,
    Examples,
    Handler,
    Workspace,
    new_object_id,
    now_iso,
)
from .call import Call
from .calls import ABORTABLE, Calls
from .kb import KnowledgeBase
from .restore import restored_workspace

__all__ = ["ABORTABLE", "Answer", "Call", "StateStore", "new_object_id"]

log = logging.getLogger("voice_agents_mock")

_ASSISTANT_KEYS = frozenset({"assistant", "assistantId", "assistant_id"})
_OBJECT_ID = re.compile(r"[0-9a-f]{24}")


def _example_ids(spec: dict[str, Any], keys: frozenset[str]) -> list[str]:
    """24-hex ids the spec's examples give under ``keys`` (and parameters named so)."""
    found: list[str] = []
    stack: list[tuple[Any, bool]] = [(spec, False)]
    while stack:
        node, in_example = stack.pop()
        if isinstance(node, dict):
            if node.get("in") == "path" and node.get("name") in keys:
                value = node.get("example")
                if isinstance(value, str) and _OBJECT_ID.fullmatch(value):
                    found.append(value)
            for key, value in node.items():
                inside = in_example or key in ("example", "examples", "value")
                if (
                    inside
                    and key in keys
                    and isinstance(value, str)
                    and _OBJECT_ID.fullmatch(value)
                ):
                    found.append(value)
                stack.append((value, inside))
        elif isinstance(node, list):
            stack.extend((item, in_example) for item in node)
    return sorted(set(found))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "tool"


class StateStore:
    """Per-workspace state for the operations it covers (``handles``).

    Args:
        index: the spec's operations, examples and response validators.
        indexing_time: seconds a completed knowledge-base upload stays ``processing``.
        clock: monotonic seconds; a test passes its own to step through time.
        seeds: seed data, checked (``voice_agents_mock._seed``): workspace name → its state
            in the export's format. Those workspaces start (and reset) from it; the others
            from the spec's examples.
    """

    def __init__(
        self,
        index: SpecIndex,
        *,
        indexing_time: float = DEFAULT_INDEXING_TIME,
        clock: Callable[[], float] = time.monotonic,
        seeds: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        self.index = index
        self.examples = Examples(index)
        self._workspaces: OrderedDict[str, Workspace] = OrderedDict()
        self.calls = Calls(self.examples)
        self.knowledge_base = KnowledgeBase(self.examples, indexing_time, clock)
        self.archive = Archive(self.examples, self._workspaces)
        self._seed = self._build_seed()
        self._seeds = {
            name: restored_workspace(name, entry, self.knowledge_base)
            for name, entry in (seeds or {}).items()
        }
        self.archive.seed(
            {
                name: entry["archived"]
                for name, entry in (seeds or {}).items()
                if isinstance(entry.get("archived"), dict)
            }
        )
        self._handlers: dict[str, Handler] = {
            "create_assistant": self._create_assistant,
            "get_assistant": self._get_assistant,
            "list_assistants": self._list_assistants,
            "update_assistant": self._update_assistant,
            "list_api_tools": self._list_tools,
            "create_api_tool": self._create_tool,
            "update_api_tool": self._update_tool,
            "delete_api_tool": self._delete_tool,
            "purchase_number": self._purchase_number,
            "release_number": self._release_number,
            **self.calls.handlers(),
            **self.knowledge_base.handlers(),
            **self.archive.handlers(),
        }

    # ------------------------------------------------------------------ seed
    def _example_data(self, operation: str, status: str) -> Any:
        return self.examples.data(operation, status)

    def _build_seed(self) -> Workspace:
        seed = Workspace()
        listed = self._example_data("list_assistants", "200") or []
        fetched = self._example_data("get_assistant", "200")
        for item in [*listed, *([fetched] if isinstance(fetched, dict) else [])]:
            if isinstance(item, dict) and isinstance(item.get("_id"), str):
                seed.assistants.put(item["_id"], item)
        if isinstance(fetched, dict):
            # Ids the spec's own examples use for an assistant (initiate_call's `assistant`,
            # the assistantId parameter): each gets the get_assistant example under that id.
            for assistant_id in _example_ids(self.index.spec, _ASSISTANT_KEYS):
                if assistant_id not in seed.assistants:
                    seed.assistants.put(
                        assistant_id, {**copy.deepcopy(fetched), "_id": assistant_id}
                    )
        for item in self._example_data("list_api_tools", "200") or []:
            if isinstance(item, dict) and isinstance(item.get("_id"), str):
                seed.tools.put(item["_id"], item)
        number = self._example_data("purchase_number", "201")
        if isinstance(number, dict) and isinstance(number.get("_id"), str):
            seed.numbers.put(number["_id"], number)
        self.calls.seed(seed)
        self.knowledge_base.seed(seed)
        return seed

    def _workspace(self, name: str) -> Workspace:
        found = self._workspaces.get(name)
        if found is None:
            found = copy.deepcopy(self._seeds.get(name, self._seed))
            found.name = name
            self.archive.apply(found)
            self._workspaces[name] = found
            while len(self._workspaces) > MAX_WORKSPACES:
                dropped, _ = self._workspaces.popitem(last=False)
                log.warning("state: more than %d workspaces; forgot %r", MAX_WORKSPACES, dropped)
        else:
            self._workspaces.move_to_end(name)
        return found

    # ------------------------------------------------------------------ public
    def handles(self, operation: str | None) -> bool:
        return operation in self._handlers

    def answer(
        self, operation: str, workspace: str, params: dict[str, str], body: Any
    ) -> Answer | None:
        """The stateful answer, or None to keep Prism's (it does not match the spec)."""
        handler = self._handlers[operation]
        answer = handler(self._workspace(workspace), params, body)
        errors = self.index.errors(operation, answer.status, answer.body)
        if errors:
            log.error(
                "state: the answer to %s does not match the spec (%s); Prism's is used",
                operation,
                "; ".join(errors),
            )
            return None
        return answer

    def call(self, workspace: str, call_id: str) -> Call | None:
        found = self._workspaces.get(workspace)
        value = found.calls.get(call_id) if found is not None else None
        return value if isinstance(value, Call) else None

    def dump(self, workspace: str) -> dict[str, Any]:
        state = self._workspace(workspace)
        return {
            "workspace": workspace,
            "assistants": list(state.assistants.values()),
            "tools": list(state.tools.values()),
            "numbers": list(state.numbers.values()),
            "calls": [call.as_dict() for call in state.calls.values()],
            **self.knowledge_base.dump(state),
            "archived": self.archive.dump(workspace),
        }

    def reset(self, workspace: str | None = None) -> None:
        """Back to the seed: one workspace (and it is no longer archived), or everything."""
        self.archive.forget(workspace)
        if workspace is None:
            self._workspaces.clear()
        else:
            self._workspaces.pop(workspace, None)

    # ------------------------------------------------------------------ helpers
    def _envelope(self, operation: str, status: str, data: Any) -> dict[str, Any]:
        return self.examples.envelope(operation, status, data)

    def _not_found(self, operation: str) -> Answer:
        return self.examples.not_found(operation)

    # ------------------------------------------------------------------ assistants
    def _agent_tools(self, state: Workspace, assistant: dict[str, Any]) -> None:
        """Requests name tools by id; an assistant lists them grouped by integration."""
        agent = assistant.get("agent")
        tools = agent.get("tools") if isinstance(agent, dict) else None
        if not isinstance(tools, list) or not all(isinstance(t, str) for t in tools):
            return
        template = self._example_data("get_assistant", "200") or {}
        fallback = None
        for group in (template.get("agent") or {}).get("tools") or []:
            if isinstance(group, dict) and isinstance(group.get("integration_id"), str):
                fallback = group["integration_id"]
                break
        groups: dict[Any, list[str]] = {}
        for tool_id in tools:
            stored = state.tools.get(tool_id)
            integration = stored.get("integration_id") if isinstance(stored, dict) else None
            groups.setdefault(integration or fallback, []).append(tool_id)
        assert isinstance(agent, dict)
        agent["tools"] = [
            {"integration_id": integration, "tools": ids} for integration, ids in groups.items()
        ]

    def _create_assistant(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        template = self._example_data("get_assistant", "200") or {}
        assistant = copy.deepcopy(template)
        assistant.update(copy.deepcopy(body) if isinstance(body, dict) else {})
        self._agent_tools(state, assistant)
        new_id = new_object_id()
        assistant["_id"] = new_id
        # Everything in an archived workspace is archived (the sources do not say a create
        # there is refused, so it is not).
        assistant["archivedAt"] = self.archive.archived_at(state.name)
        state.assistants.put(new_id, assistant)
        return Answer(200, self._envelope("create_assistant", "200", {"assistantId": new_id}))

    def _get_assistant(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        found = state.assistants.get(params.get("assistantId", ""))
        if found is None:
            return self._not_found("get_assistant")
        return Answer(200, self._envelope("get_assistant", "200", found))

    def _list_assistants(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        return Answer(
            200, self._envelope("list_assistants", "200", list(state.assistants.values()))
        )

    def _update_assistant(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        assistant_id = params.get("assistantId", "")
        found = state.assistants.get(assistant_id)
        if found is None:
            return self._not_found("update_assistant")
        if found.get("archivedAt"):
            return Answer(400, self.examples.named("update_assistant", "400", "archived"))
        found.update(copy.deepcopy(body) if isinstance(body, dict) else {})
        found["_id"] = assistant_id
        self._agent_tools(state, found)
        example = self.index.example("update_assistant", "200")
        out = dict(example) if isinstance(example, dict) else {}
        out["assistantId"] = assistant_id
        return Answer(200, out)

    # ------------------------------------------------------------------ API tools
    def _tool_from(self, tool: dict[str, Any], body: Any) -> dict[str, Any]:
        fields = body if isinstance(body, dict) else {}
        config = dict(tool.get("config") or {})
        for name in ("description", "url", "method", "headers"):
            if name in fields:
                config[name] = fields[name]
        if "parameters" in fields:
            config["body"] = fields["parameters"]
        tool["config"] = config
        if "name" in fields:
            tool["name"] = fields["name"]
            tool["slug"] = _slug(str(fields["name"]))
        if "isActive" in fields:
            tool["isActive"] = fields["isActive"]
        tool["updatedAt"] = now_iso()
        return tool

    def _list_tools(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        return Answer(200, self._envelope("list_api_tools", "200", list(state.tools.values())))

    def _create_tool(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        template = self._example_data("create_api_tool", "201") or {}
        tool = self._tool_from(copy.deepcopy(template), body)
        tool["_id"] = new_object_id()
        tool["createdAt"] = tool["updatedAt"]
        tool["deletedAt"] = None
        state.tools.put(tool["_id"], tool)
        return Answer(201, self._envelope("create_api_tool", "201", tool))

    def _update_tool(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        found = state.tools.get(params.get("toolId", ""))
        if found is None:
            return self._not_found("update_api_tool")
        return Answer(200, self._envelope("update_api_tool", "200", self._tool_from(found, body)))

    def _delete_tool(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        if state.tools.pop(params.get("toolId", ""), None) is None:
            return self._not_found("delete_api_tool")
        return Answer(200, self.index.example("delete_api_tool", "200"))

    # ------------------------------------------------------------------ numbers
    def _purchase_number(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        template = self._example_data("purchase_number", "201") or {}
        number = copy.deepcopy(template)
        fields = body if isinstance(body, dict) else {}
        for source, target in (("number", "number"), ("countryCode", "countryCode")):
            if source in fields and target in number:
                number[target] = fields[source]
        number["_id"] = new_object_id()
        state.numbers.put(number["_id"], number)
        return Answer(201, self._envelope("purchase_number", "201", number))

    def _release_number(self, state: Workspace, params: dict[str, str], body: Any) -> Answer:
        found = state.numbers.pop(params.get("telephonyNumberId", ""), None)
        if found is None:
            return self._not_found("release_number")
        example = self.index.example("release_number", "200")
        out = dict(example) if isinstance(example, dict) else {}
        if "data" in out:
            out["data"] = found
        return Answer(200, out)
