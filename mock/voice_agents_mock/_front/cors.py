"""CORS for the API paths: preflights answered by the front, headers on answers to the origins
the access policy answers.

Internal module. The control plane (``/__mock``) gets none of this: the front refuses any
request there that carries an ``Origin`` before CORS is considered.
"""

from __future__ import annotations

from .._core.policy import AccessPolicy
from .._http.messages import Request, Response
from .._spec.document import RouteTable

__all__ = ["cors_headers", "is_preflight", "preflight"]

_PREFLIGHT_VARY = b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"


def is_preflight(request: Request, origin: str | None) -> bool:
    """Whether ``request`` is a CORS preflight (``OPTIONS`` with an origin and a method)."""
    return (
        request.method == "OPTIONS"
        and origin is not None
        and request.header(b"access-control-request-method") is not None
    )


def cors_headers(
    policy: AccessPolicy,
    origin: str,
    response_headers: list[tuple[bytes, bytes]],
    *,
    preflight: bool,
) -> list[tuple[bytes, bytes]]:
    """CORS headers for an answer to an origin the policy answers."""
    value, credentials = policy.allow_origin_value(origin)
    out = [(b"access-control-allow-origin", value)]
    if credentials:
        out.append((b"access-control-allow-credentials", b"true"))
    if preflight:
        out.append((b"vary", _PREFLIGHT_VARY))
        return out
    out.append((b"vary", b"Origin"))
    # Every header the answer carries is readable by the page (a client reads x-mock-*).
    exposed = sorted({key.lower() for key, _ in response_headers} - {b"content-type"})
    if exposed:
        out.append((b"access-control-expose-headers", b", ".join(exposed)))
    return out


def preflight(policy: AccessPolicy, routes: RouteTable, path: str, request: Request) -> Response:
    """The front's own 204 to a preflight of an API path."""
    method = (request.header(b"access-control-request-method") or "GET").upper()
    allowed = routes.allowed_methods(path) or [method]
    response = Response(
        204,
        [
            (b"access-control-allow-methods", ", ".join([*allowed, "OPTIONS"]).encode()),
            (b"access-control-max-age", b"600"),
        ],
    )
    requested = request.header(b"access-control-request-headers")
    if requested:
        response.headers.append((b"access-control-allow-headers", requested.encode("latin-1")))
    if (
        policy.cors_private_network
        and request.header(b"access-control-request-private-network") == "true"
    ):
        response.headers.append((b"access-control-allow-private-network", b"true"))
    return response
