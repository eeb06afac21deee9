"""voice_agents: the hand-written public library over the generated ``voice_agents_client``.

* :class:`VoiceAgentsClient` — configure keys, workspace, organization, host, timeout and
  retries once; pass it as ``client=`` to any generated function.
* :mod:`voice_agents.errors` — the typed errors it raises.
* :mod:`voice_agents.retry` — the retry policy (a pure function) and its settings.
* :mod:`voice_agents.webhooks` — verify and parse the webhook events the API delivers.
"""

from __future__ import annotations

from . import errors, retry, webhooks
from .client import (
    DEFAULT_TIMEOUT,
    PRODUCTION_URL,
    STAGING_URL,
    ClientOptions,
    VoiceAgentsClient,
)
from .errors import (
    APIConnectionError,
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
    VoiceAgentsError,
    WebhookError,
    WebhookPayloadError,
    WebhookSignatureError,
)
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "PRODUCTION_URL",
    "STAGING_URL",
    "APIConnectionError",
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
    "VoiceAgentsClient",
    "VoiceAgentsError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "errors",
    "retry",
    "webhooks",
]
