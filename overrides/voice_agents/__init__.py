"""voice_agents: the hand-written public library over the generated ``voice_agents_client``.

* :class:`VoiceAgentsClient` — configure keys, workspace, organization, host, timeout and
  retries once, then ``client.calls.initiate(...)``: one resource per attribute, one method per
  operation, the documented model back. :class:`AsyncVoiceAgentsClient` is the same, awaited.
  Both are also accepted as ``client=`` by every generated function (the lower layer).
* :mod:`voice_agents.errors` — the typed errors it raises.
* :mod:`voice_agents.retry` — the retry policy (a pure function) and its settings.
* :mod:`voice_agents.webhooks` — verify and parse the webhook events the API delivers.
* :mod:`voice_agents.knowledge_base` — upload a document in one call, with progress.
* :data:`__version__` — the installed distribution's version.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors, knowledge_base, retry, webhooks
    from .client import (
        DEFAULT_TIMEOUT,
        PRODUCTION_URL,
        STAGING_URL,
        AsyncVoiceAgentsClient,
        ClientOptions,
        VoiceAgentsClient,
    )
    from .errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        UnprocessableEntityError,
        UploadError,
        UploadValidationError,
        VoiceAgentsError,
        WebhookError,
        WebhookPayloadError,
        WebhookSignatureError,
    )
    from .retry import DEFAULT_MAX_RETRIES, RetryPolicy

    __version__: str

DISTRIBUTION = "mirai-voice-agents"
"""The name of the distribution (``pip install mirai-voice-agents``) this package ships in."""

# Every public name is imported on first use (PEP 562), so `import voice_agents` costs almost
# nothing and a program pays only for what it touches (httpx comes with the client).
_LAZY: dict[str, str] = {
    "DEFAULT_TIMEOUT": ".client",
    "PRODUCTION_URL": ".client",
    "STAGING_URL": ".client",
    "AsyncVoiceAgentsClient": ".client",
    "ClientOptions": ".client",
    "VoiceAgentsClient": ".client",
    "APIConnectionError": ".errors",
    "APIResponseValidationError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "InternalServerError": ".errors",
    "NotFoundError": ".errors",
    "PaymentRequiredError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "RequestValidationError": ".errors",
    "UnprocessableEntityError": ".errors",
    "UploadError": ".errors",
    "UploadValidationError": ".errors",
    "VoiceAgentsError": ".errors",
    "WebhookError": ".errors",
    "WebhookPayloadError": ".errors",
    "WebhookSignatureError": ".errors",
    "DEFAULT_MAX_RETRIES": ".retry",
    "RetryPolicy": ".retry",
}
_SUBMODULES = frozenset({"errors", "knowledge_base", "retry", "webhooks"})


def _version() -> str:
    # The version is written once, in pyproject.toml; the installed metadata carries it here.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value: Any = import_module(f".{name}", __name__)
    elif name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
    elif name == "__version__":
        value = _version()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DISTRIBUTION",
    "PRODUCTION_URL",
    "STAGING_URL",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVoiceAgentsClient",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UploadError",
    "UploadValidationError",
    "VoiceAgentsClient",
    "VoiceAgentsError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
    "errors",
    "knowledge_base",
    "retry",
    "webhooks",
]
