"""Who may write, and what a browser may do with our pages.

- `require_token`: the bearer-token dependency of the write endpoints. A request carries
  `Authorization: Bearer <token>` (a token from `tessera token create NAME`);
  `tessera.auth.verify_token` checks it against the stored salted hashes. A missing or
  wrong token is a 401 before any of the request body is read or stored.
- `SecurityHeaders`: a pure ASGI middleware giving every response a Content-Security-Policy
  (scripts, styles, images and API calls only from this server; no inline scripts, no
  plugins, no framing), X-Frame-Options DENY, X-Content-Type-Options nosniff and
  Referrer-Policy no-referrer. The web app and the /docs page load nothing else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tessera.auth import verify_token

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiToken",
    description="A token from `tessera token create NAME`, sent as `Authorization: Bearer <token>`.",
)


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> str:
    """The token's name; 401 without a valid token."""
    token = credentials.credentials if credentials is not None else None
    name = verify_token(request.app.state.store, token) if token else None
    if name is None:
        reason = "missing API token" if token is None else "invalid or revoked API token"
        raise HTTPException(
            status_code=401,
            detail=f"{reason}: send 'Authorization: Bearer <token>' with a token from `tessera token create NAME`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return name


# The web app: its own scripts and styles only (no inline script, no eval); styles set from
# scripts go through the CSSOM (element.style), which CSP allows. Images: its own, and the
# `data:` favicon and Leaflet's inline icons. API calls to this server only.
APP_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# /docs (Swagger UI, served from tessera/web/static/vendor/swagger-ui): the same, except that
# Swagger UI writes <style> elements and style attributes, and shows `data:` SVG icons.
DOCS_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# JSON, exports and everything else: nothing to run, nothing to load, never framed.
DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def policy_for(path: str) -> str:
    """The Content-Security-Policy of a response to `path`."""
    if path == "/docs":
        return DOCS_POLICY
    if path == "/" or path.startswith("/ui/"):
        return APP_POLICY
    return DATA_POLICY


class SecurityHeaders:
    """Adds the security headers to every HTTP response (unless a route set them itself)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = policy_for(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", policy)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
