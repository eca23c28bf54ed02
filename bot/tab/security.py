"""Headers on every response, and the checks a state-changing tab request must pass.

Framing: Teams shows a tab in an iframe, so the tab's pages allow exactly Microsoft's Teams and
Microsoft 365 hosts as `frame-ancestors`, the list on "Prerequisites" for tabs
(https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements): Teams
(teams.microsoft.com, *.teams.microsoft.com), all hosts moving to *.cloud.microsoft, the Microsoft
365 app (*.microsoft365.com, *.office.com) and Outlook (outlook.office.com, outlook.office365.com,
outlook-sdf.office.com, outlook-sdf.office365.com), and *.skype.com, which older Teams clients used.
Everything else the app answers may not be framed at all.

Cross-site request forgery: the tab never uses cookies. Every API call carries the user's token in
`Authorization` (the SSO token in Teams, the chosen identity in local mode), which a browser never
adds by itself to a request another site makes; such a header also forces a CORS preflight that this
app never grants. On top of that a state-changing request must be JSON (a form post from another
site cannot be), come from our own origin when the browser says where it comes from, and carry an
`X-CSRF-Token` bound to the signed-in user (HMAC with the app's secret key).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import urlsplit

from aiohttp import web

from rusbot.settings import Settings, is_loopback_host

TEAMS_FRAME_ANCESTORS = (
    "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft",
    "https://*.microsoft365.com", "https://*.office.com", "https://outlook.office.com",
    "https://outlook.office365.com", "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com",
    "https://*.skype.com",
)
TAB_PREFIX = "/tab"
TAB_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
           "font-src 'self'; form-action 'self'; base-uri 'none'; "
           f"frame-ancestors {' '.join(TEAMS_FRAME_ANCESTORS)}")
OTHER_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
CSRF_HEADER = "X-CSRF-Token"


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """`on_response_prepare`: runs for every response, errors and static files included."""
    headers = response.headers
    if request.path == TAB_PREFIX or request.path.startswith(TAB_PREFIX + "/"):
        headers["Content-Security-Policy"] = TAB_CSP
        if request.path.startswith(TAB_PREFIX + "/api/"):
            headers["Cache-Control"] = "no-store"
    else:
        headers.setdefault("Content-Security-Policy", OTHER_CSP)
        headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")


def csrf_token(key: bytes, user_id: str) -> str:
    digest = hmac.new(key, f"rusbot-tab-csrf\x00{user_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode("ascii")


def csrf_valid(key: bytes, user_id: str, presented: str | None) -> bool:
    return presented is not None and hmac.compare_digest(csrf_token(key, user_id), presented)


def own_origins(request: web.Request, settings: Settings) -> set[str]:
    origins = {f"{request.scheme}://{request.host}".lower()}
    if settings.public_url:
        parts = urlsplit(settings.public_url)
        origins.add(f"{parts.scheme}://{parts.netloc}".lower())
    return origins


def cross_site_problem(request: web.Request, settings: Settings) -> str | None:
    """Why a state-changing request looks like it came from another site, or None."""
    if request.content_type != "application/json":
        return "not JSON"
    origin = request.headers.get("Origin")
    if origin is not None and origin.lower() not in own_origins(request, settings):
        return "another origin"
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return f"Sec-Fetch-Site {site}"
    return None


def local_request_problem(request: web.Request) -> str | None:
    """Local mode answers loopback only, and only by a loopback name: a page elsewhere that points its own
    domain at 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused."""
    host = (request.url.host or "").strip("[]")
    if not host or not is_loopback_host(host):
        return "Host is not a loopback name"
    remote = request.remote or ""
    if remote and not is_loopback_host(remote):
        return "peer is not on loopback"
    return None
