"""Who may reach the control plane (``/__mock``): clients without a browser, and the mock's own
dashboard page; no other page, not even a loopback one.

Internal module. The rules, each closing what the one before leaves open:

* an ``Origin`` must be exactly the mock's own (``http://`` + the ``Host`` the front already
  accepted): the dashboard's ``fetch`` POSTs carry it; a page on another origin (a dev server on
  another loopback port included) is refused, and since nothing under ``/__mock`` carries CORS
  headers, it can read nothing either;
* ``Sec-Fetch-Site`` other than ``same-origin`` or ``none`` is refused unless it is a top-level
  navigation: a cross-site ``<script src>`` or ``<img>`` (no ``Origin`` on a GET) gets nothing,
  while following a link to the dashboard still opens it;
* browser code acts only through ``POST`` with ``Content-Type: application/json``: the one kind
  of write a page on another origin can never send without a preflight. ``DELETE`` stays for
  clients (``MockControl``), which send no ``Origin``.
"""

from __future__ import annotations

from .._http.messages import Request

__all__ = ["control_refusal"]

_QUIET_SITES = (None, "same-origin", "none")
_READS = ("GET", "HEAD")


def control_refusal(request: Request, origin: str | None, host: str | None) -> str | None:
    """Why ``request`` may not reach the control plane (None: it may)."""
    if origin is not None and (host is None or origin.lower() != f"http://{host.lower()}"):
        return (
            f"The control plane answers no browser code from {origin!r}: only its own "
            "dashboard (the same origin) may call it"
        )
    site = request.header(b"sec-fetch-site")
    if site not in _QUIET_SITES and request.header(b"sec-fetch-mode") != "navigate":
        return f"The control plane answers no {site} request from a page"
    if origin is not None and request.method not in _READS:
        media = (request.header(b"content-type") or "").split(";")[0].strip().lower()
        if request.method != "POST" or media != "application/json":
            return "Browser code may act on the control plane only by JSON POSTs"
    return None
