"""Datasette plugin loaded by `kvinnofrid serve` (--plugins-dir): only GET, HEAD and OPTIONS
reach Datasette; any other method is answered 405, so nothing can write through the server."""

from datasette import hookimpl

ALLOWED = {"GET", "HEAD", "OPTIONS"}


@hookimpl
def asgi_wrapper(datasette):  # type: ignore[no-untyped-def]
    def wrap(app):  # type: ignore[no-untyped-def]
        async def read_only(scope, receive, send):  # type: ignore[no-untyped-def]
            if scope["type"] == "http" and scope.get("method", "GET").upper() not in ALLOWED:
                await send({
                    "type": "http.response.start", "status": 405,
                    "headers": [(b"content-type", b"application/json"), (b"allow", b"GET, HEAD, OPTIONS")],
                })  # fmt: skip
                await send(
                    {"type": "http.response.body", "body": b'{"ok": false, "error": "read-only"}'}
                )
                return
            await app(scope, receive, send)

        return read_only

    return wrap
