"""Access and hardening for the HTTP API.

- Write endpoints need ``Authorization: Bearer <token>``, compared in constant
  time (``hmac.compare_digest``); with no token configured, writes are off.
- Reads are open unless a read token is configured.
- Request bodies are capped (checked on ``Content-Length`` and while streaming,
  so a chunked upload cannot get around it).
- Every response carries a Content-Security-Policy that only allows the page's
  own script and style files: even if article text were ever turned into HTML by
  mistake, an injected ``<script>`` or ``onerror=`` could not run.
"""
from __future__ import annotations

import hmac
import json

from fastapi import HTTPException, Request

DEFAULT_MAX_BODY = 2 * 1024 * 1024

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def bearer_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def token_matches(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def require_write(request: Request) -> None:
    expected = request.app.state.write_token
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with a token (env KHABAR_TOKEN)")
    if not token_matches(bearer_token(request), expected):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


def require_read(request: Request) -> None:
    expected = request.app.state.read_token
    if not expected:
        return
    given = bearer_token(request)
    if not (token_matches(given, expected) or token_matches(given, request.app.state.write_token)):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


class BodyLimitAndHeaders:
    """ASGI middleware: reject bodies over ``max_body`` bytes (413) and add security headers."""

    def __init__(self, app, max_body: int = DEFAULT_MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                return await _reject(send_with_headers, 400, "invalid Content-Length")
            if too_big:
                return await _reject(send_with_headers, 413, f"request body over {self.max_body} bytes")

        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send_with_headers(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _reject(send_with_headers, 413, f"request body over {self.max_body} bytes")


class _BodyTooLarge(Exception):
    pass


async def _reject(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
