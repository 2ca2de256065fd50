"""Two ASGI wrappers around the whole app, outside FastAPI's own error handling so that they
see every response: a page, the API, a static file, a 404 and a 500 alike.

- :class:`SecurityHeaders` puts the same security headers on every response.
- :class:`HeadAsGet` answers HEAD on every route that answers GET: FastAPI's routes take
  only the methods they name, so ``@router.get`` alone gives 405 to HEAD (which link
  checkers and monitors send).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Only this server's own scripts and styles run: every template loads its code from /static
# or /assets, and none has an inline <script>, <style>, style="" or on…="" attribute (the
# indicator page's data is a <script type="application/json">, which is never run, so the
# policy does not cover it). A page cannot be framed, its forms post only here.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # a link to another site does not tell it which page or search led there
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to each response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """A HEAD request runs as the GET it stands for, and only the status and headers go back:
    the same Content-Type and Content-Length the GET would give, no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_head(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # a part of a body streamed in parts: dropped, only the end is sent
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # the server still sees the HEAD of its own scope, and so sends no body bytes either
        await self.app({**scope, "method": "GET"}, receive, send_head)
