"""The credential headers every request to the API carries (internal)."""

from __future__ import annotations

import httpx

__all__ = ["CredentialHeaders", "origin"]


class CredentialHeaders:
    """Adds the key pair, ``workspace`` and (on number-pool paths) ``organization`` headers.

    Used as an httpx ``request`` event hook, so it runs for every request the client sends,
    including each retry and each redirect. Headers already on the request win (that is the
    per-call override). Requests to another origin than the base URL never get the keys, and
    any key header is stripped from them (e.g. on a cross-origin redirect).

    Args:
        base_url: The API's base URL; only requests to its origin get credentials.
        public_key: Sent as ``x-public-key``.
        private_key: Sent as ``x-private-key``.
        workspace: Sent as ``workspace`` when set.
        organization: Sent as ``organization`` on ``/v1/number-pool`` paths when set.
    """

    __slots__ = ("_base_path", "_fixed", "_organization", "_origin")

    def __init__(
        self,
        *,
        base_url: str,
        public_key: str,
        private_key: str,
        workspace: str | None,
        organization: str | None,
    ) -> None:
        url = httpx.URL(base_url)
        self._origin = origin(url)
        self._base_path = url.path.rstrip("/")
        fixed = {"x-public-key": public_key, "x-private-key": private_key}
        if workspace:
            fixed["workspace"] = workspace
        self._fixed = fixed
        self._organization = organization or None

    def __repr__(self) -> str:
        return "CredentialHeaders(...)"

    def needs_organization(self, path: str) -> bool:
        """Whether a request path is one of the number-pool operations."""
        relative = path[len(self._base_path) :] if path.startswith(self._base_path) else path
        return relative == "/v1/number-pool" or relative.startswith("/v1/number-pool/")

    def apply(self, request: httpx.Request) -> None:
        """Add (or, for a foreign origin, strip) the credential headers on ``request``."""
        if origin(request.url) != self._origin:
            for name in ("x-public-key", "x-private-key", "x-api-key"):
                request.headers.pop(name, None)
            return
        for name, value in self._fixed.items():
            if name not in request.headers:
                request.headers[name] = value
        if (
            self._organization is not None
            and "organization" not in request.headers
            and self.needs_organization(request.url.path)
        ):
            request.headers["organization"] = self._organization

    def __call__(self, request: httpx.Request) -> None:
        """Sync event hook."""
        self.apply(request)

    async def async_hook(self, request: httpx.Request) -> None:
        """Async event hook."""
        self.apply(request)


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port if url.port is not None else default
