"""The dashboard's page and assets, served from the package (no CDN, no build step).

Internal module. The page is three fixed files under ``static/``, read once and kept (their
size is the package's, never the traffic's). Every answer carries a strict
``Content-Security-Policy``: scripts and styles from the mock itself only (no inline script,
so an injected ``<script>`` in a journalled body could not run even if it reached the DOM),
requests to the mock itself only, and ``frame-ancestors 'none'`` so no other page can frame it
and trick a click on Reset or Resend. (``Cross-Origin-Resource-Policy`` is on every control-plane
answer, added by the plane.)
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .._http.messages import Response, error_response

__all__ = ["ASSETS", "SECURITY_HEADERS", "asset", "index"]

ASSETS = {
    "dashboard.js": b"text/javascript; charset=utf-8",
    "dashboard.css": b"text/css; charset=utf-8",
}
"""What ``/__mock/assets/<name>`` serves, and as what."""
_CSP = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    b"img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", _CSP),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
)


@cache
def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath("static", name).read_bytes()


def _served(body: bytes, media: bytes) -> Response:
    return Response(200, [(b"content-type", media), *SECURITY_HEADERS], body)


def index() -> Response:
    """The page itself."""
    return _served(_read("index.html"), b"text/html; charset=utf-8")


def asset(name: str) -> Response:
    """One of :data:`ASSETS`, else 404."""
    media = ASSETS.get(name)
    if media is None:
        return error_response(404, f"No dashboard asset {name!r}")
    return _served(_read(name), media)
