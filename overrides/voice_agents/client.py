"""``VoiceAgentsClient`` and ``AsyncVoiceAgentsClient``: configured once, with resources.

``client.calls.initiate(phone_number=..., assistant=...)``: one attribute per resource, one
method per operation (generated from the spec into ``voice_agents_client.resources``), each
returning the operation's documented model and raising :mod:`voice_agents.errors` otherwise.
:class:`VoiceAgentsClient` blocks; :class:`AsyncVoiceAgentsClient` has the same resources, awaited.

Both are a :class:`voice_agents_client.AuthenticatedClient` (through :class:`BaseClient`), so
they are accepted as ``client=`` by every generated function (``sync``, ``sync_detailed``,
``asyncio``, ``asyncio_detailed``), the lower layer, and type-check there under
``mypy --strict``. The httpx clients they build underneath:

* add ``x-public-key``, ``x-private-key`` and ``workspace`` to every request to the base URL,
  and ``organization`` to the number-pool operations (``/v1/number-pool/...``), the only ones
  that need it. A header already on the request wins, which is how one call overrides the
  workspace (see :meth:`VoiceAgentsClient.with_workspace`). Requests to any other origin never
  carry the keys;
* retry per :mod:`voice_agents.retry` (never sending ``POST /v2/call/initiate`` twice except
  after a 429 or a connection failure) and log each retry at DEBUG on the ``voice_agents``
  logger;
* raise :mod:`voice_agents.errors` for non-2xx responses and connection failures (or, with
  ``raise_on_error=False``, return responses as values as the plain generated client does);
* use a finite timeout (:data:`DEFAULT_TIMEOUT` unless overridden).

The keys never appear in ``repr``/``str`` of the client, in an error message, in the
``request``/``response`` an error carries, or in any log line (``voice_agents``, ``httpx``,
``httpcore``): a redacting filter is installed on those loggers when the first client is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from voice_agents_client.resources import AsyncResources, SyncResources

from ._base_client import BaseClient
from ._response_guard import install as install_response_guard
from ._settings import (
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_ORGANIZATION,
    ENV_PRIVATE_KEY,
    ENV_PUBLIC_KEY,
    ENV_WORKSPACE,
    PRODUCTION_URL,
    STAGING_URL,
    ClientOptions,
)

if TYPE_CHECKING:
    from .knowledge_base import AsyncKnowledgeBase, KnowledgeBase

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "ENV_ORGANIZATION",
    "ENV_PRIVATE_KEY",
    "ENV_PUBLIC_KEY",
    "ENV_WORKSPACE",
    "PRODUCTION_URL",
    "STAGING_URL",
    "AsyncVoiceAgentsClient",
    "BaseClient",
    "ClientOptions",
    "VoiceAgentsClient",
]


class VoiceAgentsClient(BaseClient, SyncResources):
    """A client for the Voice Agents API: resources as attributes, one method per operation.

    Example:
        >>> from voice_agents import VoiceAgentsClient, STAGING_URL
        >>> client = VoiceAgentsClient(
        ...     public_key="pk_...", private_key="sk_...", workspace="6690...",
        ...     base_url=STAGING_URL,
        ... )
        >>> queued = client.calls.initiate(  # doctest: +SKIP
        ...     phone_number="+919876543210", assistant="6690..."
        ... )
        >>> queued.call_id  # doctest: +SKIP

    The resources: ``assistants``, ``calls``, ``tools``, ``numbers``, ``knowledge_base`` (with
    :meth:`~voice_agents.knowledge_base.KnowledgeBase.upload_file`), ``organizations``,
    ``workspaces``, ``voices``, ``showcase``, ``health``, ``integrations``, and ``webhooks``.
    Each method also exists as ``client.<resource>.with_raw_response.<method>`` (the whole
    response, documented error statuses returned instead of raised). It is accepted as
    ``client=`` by every generated function too. The arguments are those of
    :class:`BaseClient`.
    """

    __slots__ = ("_knowledge_base",)

    _knowledge_base: KnowledgeBase

    @property
    def knowledge_base(self) -> KnowledgeBase:
        """KnowledgeBase: the operations, and ``upload_file`` (all three steps in one call)."""
        try:
            return self._knowledge_base
        except AttributeError:
            from .knowledge_base import KnowledgeBase

            self._knowledge_base = KnowledgeBase(self._resource_runtime, self)
            return self._knowledge_base


class AsyncVoiceAgentsClient(BaseClient, AsyncResources):
    """The ``asyncio`` client: the resources of :class:`VoiceAgentsClient`, each awaited.

    Example::

        async with AsyncVoiceAgentsClient.from_env() as client:
            queued = await client.calls.initiate(phone_number="+91...", assistant="6690...")

    Same arguments as :class:`BaseClient`, and also accepted as ``client=`` by the generated
    ``asyncio`` functions.
    """

    __slots__ = ("_knowledge_base",)

    _knowledge_base: AsyncKnowledgeBase

    @property
    def knowledge_base(self) -> AsyncKnowledgeBase:
        """AsyncKnowledgeBase: the operations, and ``upload_file`` (awaited)."""
        try:
            return self._knowledge_base
        except AttributeError:
            from .knowledge_base import AsyncKnowledgeBase

            self._knowledge_base = AsyncKnowledgeBase(self._resource_runtime, self)
            return self._knowledge_base


# A body the generated parser cannot read raises APIResponseValidationError, not a bare
# KeyError/TypeError/ValueError, for every generated function called with either client.
install_response_guard(BaseClient)
