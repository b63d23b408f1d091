"""Who may write: the bearer-token dependency of the write endpoints.

A request carries `Authorization: Bearer <token>` (a token from `tessera token create
NAME`); `tessera.auth.verify_token` checks it against the stored salted hashes. A
missing or wrong token is a 401 before any of the request body is read or stored.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

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
