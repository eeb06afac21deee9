"""The resources of the API: one attribute per ``x-sdk-group``, one method per operation.

:class:`SyncResources` and :class:`AsyncResources` are mixins for a client class that provides
``_resource_runtime`` (a :class:`~._runtime.Runtime`) and ``_resource_cache`` (an empty dict,
where each resource object is kept once made). Each resource module is imported the first time
its attribute is read, so a program pays only for the resources it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ._runtime import AsyncResource, Runtime, SyncResource

if TYPE_CHECKING:
    from .assistants import Assistants, AsyncAssistants
    from .calls import AsyncCalls, Calls
    from .health import AsyncHealth, Health
    from .integrations import AsyncIntegrations, Integrations
    from .knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .numbers import AsyncNumbers, Numbers
    from .organizations import AsyncOrganizations, Organizations
    from .showcase import AsyncShowcase, Showcase
    from .tools import AsyncTools, Tools
    from .voices import AsyncVoices, Voices
    from .workspaces import AsyncWorkspaces, Workspaces

__all__ = [
    "OPERATIONS",
    "AsyncResource",
    "AsyncResources",
    "Runtime",
    "SyncResource",
    "SyncResources",
]

OPERATIONS: dict[str, tuple[str, str]] = {
    "create_assistant": ("assistants", "create"),
    "get_assistant": ("assistants", "get"),
    "list_assistants": ("assistants", "list"),
    "update_assistant": ("assistants", "update"),
    "initiate_call": ("calls", "initiate"),
    "start_web_call": ("calls", "start_web"),
    "abort_call": ("calls", "abort"),
    "update_call_payload": ("calls", "update_payload"),
    "get_health": ("health", "check"),
    "handle_shiprocket_ndr": ("integrations", "shiprocket_ndr"),
    "list_knowledge_base_files": ("knowledge_base", "list_files"),
    "get_knowledge_base_file": ("knowledge_base", "get_file"),
    "start_upload": ("knowledge_base", "start_upload"),
    "upload_chunk": ("knowledge_base", "upload_chunk"),
    "complete_upload": ("knowledge_base", "complete_upload"),
    "delete_collection": ("knowledge_base", "delete_collection"),
    "search_numbers": ("numbers", "search"),
    "purchase_number": ("numbers", "purchase"),
    "release_number": ("numbers", "release"),
    "archive_entity": ("organizations", "archive"),
    "unarchive_entity": ("organizations", "unarchive"),
    "list_showcase_calls": ("showcase", "list_calls"),
    "get_showcase_call": ("showcase", "get_call"),
    "list_showcase_flows": ("showcase", "list_flows"),
    "get_showcase_flow": ("showcase", "get_flow"),
    "list_api_tools": ("tools", "list"),
    "create_api_tool": ("tools", "create"),
    "update_api_tool": ("tools", "update"),
    "delete_api_tool": ("tools", "delete"),
    "list_voices": ("voices", "list"),
    "onboard_custom_workspace": ("workspaces", "onboard_custom"),
    "onboard_shopify_workspace": ("workspaces", "onboard_shopify"),
}
"""operationId → (resource attribute, method name), as the spec's ``x-sdk-group``/``x-sdk-method`` say."""

R = TypeVar("R", bound=SyncResource)
A = TypeVar("A", bound=AsyncResource)


class SyncResources:
    """The blocking resources, as attributes of a client."""

    __slots__ = ()

    _resource_runtime: Runtime
    _resource_cache: dict[type[Any], Any]

    def _resource(self, cls: type[R]) -> R:
        found = self._resource_cache.get(cls)
        if not isinstance(found, cls):
            found = self._resource_cache[cls] = cls(self._resource_runtime)
        return found

    @property
    def assistants(self) -> Assistants:
        """Assistants: ``create``, ``get``, ``list``, ``update``."""
        from .assistants import Assistants

        return self._resource(Assistants)

    @property
    def calls(self) -> Calls:
        """Calls: ``initiate``, ``start_web``, ``abort``, ``update_payload``."""
        from .calls import Calls

        return self._resource(Calls)

    @property
    def health(self) -> Health:
        """Health: ``check``."""
        from .health import Health

        return self._resource(Health)

    @property
    def integrations(self) -> Integrations:
        """Integrations: ``shiprocket_ndr``."""
        from .integrations import Integrations

        return self._resource(Integrations)

    @property
    def knowledge_base(self) -> KnowledgeBase:
        """KnowledgeBase: ``list_files``, ``get_file``, ``start_upload``, ``upload_chunk``, ``complete_upload``, ``delete_collection``."""
        from .knowledge_base import KnowledgeBase

        return self._resource(KnowledgeBase)

    @property
    def numbers(self) -> Numbers:
        """Numbers: ``search``, ``purchase``, ``release``."""
        from .numbers import Numbers

        return self._resource(Numbers)

    @property
    def organizations(self) -> Organizations:
        """Organizations: ``archive``, ``unarchive``."""
        from .organizations import Organizations

        return self._resource(Organizations)

    @property
    def showcase(self) -> Showcase:
        """Showcase: ``list_calls``, ``get_call``, ``list_flows``, ``get_flow``."""
        from .showcase import Showcase

        return self._resource(Showcase)

    @property
    def tools(self) -> Tools:
        """Tools: ``list``, ``create``, ``update``, ``delete``."""
        from .tools import Tools

        return self._resource(Tools)

    @property
    def voices(self) -> Voices:
        """Voices: ``list``."""
        from .voices import Voices

        return self._resource(Voices)

    @property
    def workspaces(self) -> Workspaces:
        """Workspaces: ``onboard_custom``, ``onboard_shopify``."""
        from .workspaces import Workspaces

        return self._resource(Workspaces)


class AsyncResources:
    """The ``asyncio`` resources, as attributes of a client (every method is awaited)."""

    __slots__ = ()

    _resource_runtime: Runtime
    _resource_cache: dict[type[Any], Any]

    def _resource(self, cls: type[A]) -> A:
        found = self._resource_cache.get(cls)
        if not isinstance(found, cls):
            found = self._resource_cache[cls] = cls(self._resource_runtime)
        return found

    @property
    def assistants(self) -> AsyncAssistants:
        """Assistants: ``create``, ``get``, ``list``, ``update``."""
        from .assistants import AsyncAssistants

        return self._resource(AsyncAssistants)

    @property
    def calls(self) -> AsyncCalls:
        """Calls: ``initiate``, ``start_web``, ``abort``, ``update_payload``."""
        from .calls import AsyncCalls

        return self._resource(AsyncCalls)

    @property
    def health(self) -> AsyncHealth:
        """Health: ``check``."""
        from .health import AsyncHealth

        return self._resource(AsyncHealth)

    @property
    def integrations(self) -> AsyncIntegrations:
        """Integrations: ``shiprocket_ndr``."""
        from .integrations import AsyncIntegrations

        return self._resource(AsyncIntegrations)

    @property
    def knowledge_base(self) -> AsyncKnowledgeBase:
        """KnowledgeBase: ``list_files``, ``get_file``, ``start_upload``, ``upload_chunk``, ``complete_upload``, ``delete_collection``."""
        from .knowledge_base import AsyncKnowledgeBase

        return self._resource(AsyncKnowledgeBase)

    @property
    def numbers(self) -> AsyncNumbers:
        """Numbers: ``search``, ``purchase``, ``release``."""
        from .numbers import AsyncNumbers

        return self._resource(AsyncNumbers)

    @property
    def organizations(self) -> AsyncOrganizations:
        """Organizations: ``archive``, ``unarchive``."""
        from .organizations import AsyncOrganizations

        return self._resource(AsyncOrganizations)

    @property
    def showcase(self) -> AsyncShowcase:
        """Showcase: ``list_calls``, ``get_call``, ``list_flows``, ``get_flow``."""
        from .showcase import AsyncShowcase

        return self._resource(AsyncShowcase)

    @property
    def tools(self) -> AsyncTools:
        """Tools: ``list``, ``create``, ``update``, ``delete``."""
        from .tools import AsyncTools

        return self._resource(AsyncTools)

    @property
    def voices(self) -> AsyncVoices:
        """Voices: ``list``."""
        from .voices import AsyncVoices

        return self._resource(AsyncVoices)

    @property
    def workspaces(self) -> AsyncWorkspaces:
        """Workspaces: ``onboard_custom``, ``onboard_shopify``."""
        from .workspaces import AsyncWorkspaces

        return self._resource(AsyncWorkspaces)
