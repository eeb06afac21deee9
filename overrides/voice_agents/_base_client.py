"""``BaseClient``: everything the sync and async clients share but their resources."""

from __future__ import annotations

import dataclasses
import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn, Self, Unpack

import httpx
from voice_agents_client import AuthenticatedClient
from voice_agents_client.resources import Runtime

from ._redact import REDACTED, SENSITIVE_HEADERS, Redactor, mask_public_key
from ._resources import ResourceRuntime
from ._settings import (
    DEFAULT_TIMEOUT,
    PRODUCTION_URL,
    RESERVED_HTTPX_ARGS,
    ClientOptions,
)
from ._transport import AsyncRetryingClient, CredentialHeaders, RetryingClient
from ._validation import check_base_url, check_header_value, check_key, credentials_from_env
from .errors import ConfigurationError
from .retry import Clock, RetryPolicy

if TYPE_CHECKING:
    from .webhooks import Webhooks

__all__ = ["BaseClient"]

_REAL_CLOCK = Clock()


class BaseClient(AuthenticatedClient):
    """What :class:`VoiceAgentsClient` and :class:`AsyncVoiceAgentsClient` share.

    Everything but the resources: keys, workspace and organization set once, retries, typed
    errors, redaction, ``from_env``, the ``with_*`` copies, ``client.webhooks``. Annotate with
    it where either client will do.

    Args:
        public_key: The organization's public key (``pk_...``), sent as ``x-public-key``.
        private_key: The organization's private key (``sk_...``), sent as ``x-private-key``.
            It never appears in reprs, errors or logs.
        workspace: The workspace id, sent as ``workspace`` on every request when set.
        organization: The organization id, sent as ``organization`` on the number-pool
            operations (``/v1/number-pool/...``), the only ones that need it.
        base_url: The API host: :data:`PRODUCTION_URL` (default), :data:`STAGING_URL`, or a
            local mock such as ``http://127.0.0.1:4010``.
        timeout: Seconds for every phase, or an :class:`httpx.Timeout`. Defaults to
            :data:`DEFAULT_TIMEOUT` (finite).
        max_retries: Retries after the first attempt; ``0`` disables retries. When given it
            overrides ``retry_policy.max_retries``; when left out, ``retry_policy``'s value
            applies, which defaults to :data:`voice_agents.retry.DEFAULT_MAX_RETRIES` (2).
        retry_policy: The other retry settings (delays, ``Retry-After`` cap); see
            :class:`voice_agents.retry.RetryPolicy`.
        raise_on_error: ``True`` (default) raises :mod:`voice_agents.errors` for non-2xx
            responses (after retries) and for connection failures. ``False`` gives the
            generated behaviour back: documented error statuses come back as values (the
            ``Error`` model in ``parsed``) and connection failures raise the httpx exception.
            Retries happen either way.
        raise_on_unexpected_status: As in the generated client: raise
            ``voice_agents_client.errors.UnexpectedStatus`` for a status the spec does not
            document (with ``raise_on_error=True`` this can only be a 1xx/2xx/3xx status).
        headers: Extra headers for every request (e.g. ``x-api-key`` for the Shiprocket hook;
            values of ``x-api-key``/``authorization`` headers are redacted like the keys).
        cookies: Cookies for every request.
        verify_ssl: Certificate verification, as in the generated client.
        follow_redirects: Follow redirects (default ``False``). The keys are stripped from
            any request leaving the base URL's origin.
        httpx_args: Further arguments for both :class:`httpx.Client` and
            :class:`httpx.AsyncClient` (``transport``, ``limits``, ``proxy``, ``http2``,
            ``event_hooks``, ...). Settings with their own argument above are refused here.
        clock: Sleep, time and random sources for the retries; tests pass a fake one.

    Raises:
        ConfigurationError: A key is empty or holds a character that cannot be sent in an
            HTTP header (such as the ``…`` of a pasted placeholder), ``base_url`` is not an
            http(s) URL, or ``httpx_args`` sets something that has its own argument. The
            message names the argument and never shows a key.
    """

    __slots__ = (
        "_credentials",
        "_init_kwargs",
        "_policy",
        "_raise_on_error",
        "_redactor",
        "_resource_cache",
        "_resource_runtime",
        "_webhooks",
    )

    _credentials: CredentialHeaders
    _init_kwargs: dict[str, Any]
    _policy: RetryPolicy
    _raise_on_error: bool
    _redactor: Redactor
    _resource_cache: dict[type[Any], Any]
    _resource_runtime: Runtime
    _webhooks: Webhooks

    def __init__(
        self,
        *,
        public_key: str,
        private_key: str,
        workspace: str | None = None,
        organization: str | None = None,
        base_url: str = PRODUCTION_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        raise_on_error: bool = True,
        raise_on_unexpected_status: bool = False,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        check_key("public_key", public_key)
        check_key("private_key", private_key)
        check_header_value("workspace", workspace)
        check_header_value("organization", organization)
        for name, value in (headers or {}).items():
            check_header_value(f"headers[{name!r}]", value)
        check_base_url("base_url", base_url)
        args = dict(httpx_args or {})
        for key, own in RESERVED_HTTPX_ARGS.items():
            if key in args:
                raise ConfigurationError(
                    f"httpx_args[{key!r}] is not allowed: pass {own}= to VoiceAgentsClient"
                )
        policy = retry_policy or RetryPolicy()
        if max_retries is not None and policy.max_retries != max_retries:
            try:
                policy = dataclasses.replace(policy, max_retries=max_retries)
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None
        extra_headers = dict(headers or {})
        super().__init__(
            base_url=base_url,
            token="",
            raise_on_unexpected_status=raise_on_unexpected_status,
            cookies=dict(cookies or {}),
            headers=extra_headers,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=args,
        )
        self._init_kwargs = {
            "public_key": public_key,
            "private_key": private_key,
            "workspace": workspace,
            "organization": organization,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_policy": retry_policy,
            "raise_on_error": raise_on_error,
            "raise_on_unexpected_status": raise_on_unexpected_status,
            "headers": extra_headers,
            "cookies": dict(cookies or {}),
            "verify_ssl": verify_ssl,
            "follow_redirects": follow_redirects,
            "httpx_args": args,
            "clock": clock,
        }
        self._policy = policy
        self._raise_on_error = raise_on_error
        self._redactor = Redactor(
            public_key,
            private_key,
            extra_secrets=[v for k, v in extra_headers.items() if k.lower() in SENSITIVE_HEADERS],
        )
        self._credentials = CredentialHeaders(
            base_url=base_url,
            public_key=public_key,
            private_key=private_key,
            workspace=workspace,
            organization=organization,
        )
        self._resource_runtime = ResourceRuntime(self)
        self._resource_cache = {}

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]
    ) -> Self:
        """Build a client from the ``VOICE_AGENTS_*`` environment variables.

        ``VOICE_AGENTS_PUBLIC_KEY`` and ``VOICE_AGENTS_PRIVATE_KEY`` are required;
        ``VOICE_AGENTS_WORKSPACE``, ``VOICE_AGENTS_ORGANIZATION`` and ``VOICE_AGENTS_BASE_URL``
        (default :data:`PRODUCTION_URL`) are optional. An empty value counts as unset.

        Args:
            environ: Where to read the variables (default ``os.environ``).
            **options: Any other constructor argument (``timeout``, ``max_retries``, ...).

        Returns:
            The configured client.

        Raises:
            ConfigurationError: Naming every required variable that is missing, or the
                variable whose value is unusable (e.g. ``VOICE_AGENTS_BASE_URL`` without
                ``http://``/``https://``).
        """
        env = os.environ if environ is None else environ
        return cls(**credentials_from_env(env), **options)

    def _derive(self, **changes: Any) -> Self:
        return type(self)(**{**self._init_kwargs, **changes})

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """Return a new client with additional headers on every request.

        Unlike the generated method, the new client keeps the keys, retries and typed errors,
        and the original client is left unchanged. A ``workspace`` or ``organization`` header
        given here overrides the configured one.
        """
        return self._derive(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """Return a new client with additional cookies (keys, retries and errors kept)."""
        return self._derive(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """Return a new client with another timeout (keys, retries and errors kept)."""
        return self._derive(timeout=timeout)

    def with_workspace(self, workspace: str | None) -> Self:
        """Return a new client acting in another workspace (``None``: send no workspace).

        For a single call: ``client.with_workspace("...").assistants.get(id)``, or
        ``extra_headers={"workspace": "..."}`` on the call.
        """
        return self._derive(workspace=workspace)

    def with_organization(self, organization: str | None) -> Self:
        """Return a new client for another organization's number pool."""
        return self._derive(organization=organization)

    # -- httpx clients -----------------------------------------------------------------------

    def _httpx_kwargs(self, hook: Any) -> dict[str, Any]:
        args = dict(self._httpx_args)
        user_hooks = dict(args.pop("event_hooks", None) or {})
        request_hooks = [*user_hooks.get("request", []), hook]
        user_hooks["request"] = request_hooks
        user_hooks.setdefault("response", [])
        return {
            **args,
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "event_hooks": user_hooks,
            "core_policy": self._policy,
            "clock": self.clock,
            "redactor": self._redactor,
            "raise_on_error": self._raise_on_error,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying :class:`httpx.Client` (with credentials, retries and typed errors).

        Use it for raw requests: ``client.get_httpx_client().get("/v1/...")``. Headers passed
        to a request override the configured ones.
        """
        if self._client is None:
            self._client = RetryingClient(**self._httpx_kwargs(self._credentials))
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying :class:`httpx.AsyncClient` (credentials, retries, typed errors)."""
        if self._async_client is None:
            self._async_client = AsyncRetryingClient(
                **self._httpx_kwargs(self._credentials.async_hook)
            )
        return self._async_client

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        """Not supported: an injected client would bypass the keys, retries and errors.

        Pass ``httpx_args={"transport": ...}`` (or ``limits``, ``proxy``, ...) instead.

        Raises:
            TypeError: Always.
        """
        raise TypeError(
            "VoiceAgentsClient builds its own httpx clients (keys, retries, typed errors); "
            "pass httpx_args={'transport': ...} or other httpx settings instead"
        )

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        """Not supported; see :meth:`set_httpx_client`.

        Raises:
            TypeError: Always.
        """
        raise TypeError(
            "VoiceAgentsClient builds its own httpx clients (keys, retries, typed errors); "
            "pass httpx_args={'transport': ...} or other httpx settings instead"
        )

    def close(self) -> None:
        """Close the sync httpx client, if one was opened (the client stays usable)."""
        if self._client is not None:
            client, self._client = self._client, None
            client.close()

    async def aclose(self) -> None:
        """Close the async httpx client, if one was opened (the client stays usable)."""
        if self._async_client is not None:
            client, self._async_client = self._async_client, None
            await client.aclose()

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the sync httpx client; unlike the generated one, the client stays usable."""
        self.close()

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the async httpx client; unlike the generated one, the client stays usable."""
        await self.aclose()

    # -- webhooks ----------------------------------------------------------------------------

    @property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries with this client's private key.

        ``event = client.webhooks.unwrap(body, headers)`` (see
        :meth:`voice_agents.webhooks.Webhooks.unwrap`).
        """
        try:
            return self._webhooks
        except AttributeError:
            from .webhooks import Webhooks

            self._webhooks = Webhooks(self._init_kwargs["private_key"])
            return self._webhooks

    # -- introspection -----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API host requests go to."""
        return self._base_url

    @property
    def workspace(self) -> str | None:
        """The workspace id sent on every request, if any."""
        ws: str | None = self._init_kwargs["workspace"]
        return ws

    @property
    def organization(self) -> str | None:
        """The organization id sent on number-pool requests, if any."""
        org: str | None = self._init_kwargs["organization"]
        return org

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request."""
        assert self._timeout is not None
        return self._timeout

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt."""
        return self._policy.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        """The effective retry policy."""
        return self._policy

    @property
    def clock(self) -> Clock:
        """The time sources used for retry delays (and the upload helper's polling)."""
        clock: Clock | None = self._init_kwargs["clock"]
        return clock if clock is not None else _REAL_CLOCK

    @property
    def raise_on_error(self) -> bool:
        """Whether the generated functions raise errors (``True``) or return them as values.

        The resource methods always raise; their ``with_raw_response`` twins return documented
        error statuses.
        """
        return self._raise_on_error

    def __repr__(self) -> str:
        public_key: str = self._init_kwargs["public_key"]
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"public_key={mask_public_key(public_key)!r}, private_key={REDACTED!r}, "
            f"workspace={self.workspace!r}, organization={self.organization!r}, "
            f"timeout={self._timeout!r}, max_retries={self.max_retries}, "
            f"raise_on_error={self._raise_on_error})"
        )

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        """Clients are equal only to themselves (two clients never share connections)."""
        return self is other

    def __getstate__(self) -> NoReturn:
        raise TypeError(
            f"{type(self).__name__} holds secrets and live connections; do not pickle it"
        )
