"""voice_agents: the hand-written public library over the generated ``voice_agents_client``.

* :class:`VoiceAgentsClient` — configure keys, workspace, organization, host, timeout and
  retries once; pass it as ``client=`` to any generated function.
* :mod:`voice_agents.errors` — the typed errors it raises.
* :mod:`voice_agents.retry` — the retry policy (a pure function) and its settings.
* :mod:`voice_agents.webhooks` — verify and parse the webhook events the API delivers.
* :mod:`voice_agents.knowledge_base` — upload a document in one call, with progress.
* :data:`__version__` — the installed distribution's version.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version

from . import errors, knowledge_base, retry, webhooks
from .client import (
    DEFAULT_TIMEOUT,
    PRODUCTION_URL,
    STAGING_URL,
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
    UnprocessableEntityError,
    UploadError,
    UploadValidationError,
    VoiceAgentsError,
    WebhookError,
    WebhookPayloadError,
    WebhookSignatureError,
)
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy

DISTRIBUTION = "mirai-voice-agents"
"""The name of the distribution (``pip install mirai-voice-agents``) this package ships in."""

try:
    # The version is written once, in pyproject.toml; the installed metadata carries it here.
    __version__: str = _distribution_version(DISTRIBUTION)
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

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
