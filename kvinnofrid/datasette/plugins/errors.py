"""Datasette plugin loaded by `kvinnofrid serve` (--plugins-dir): errors in plain words and in
one log line each, never a traceback on the console.

- A full-text search Datasette cannot read (a table's search box, raw FTS5 syntax such as
  `våld AND`) is answered with what is wrong and how to search (kvinnofrid.search.explain),
  instead of SQLite's "fts5: syntax error near ...".
- A 404 is only the server's access-log line; any other error one line more saying why
  ("400 GET /x: ..."); the page shown is Datasette's usual error page.
- `kvinnofrid_fts(text)` is available in SQL: the canned "search" query reads what a person
  types the way `kvinnofrid search` does (kvinnofrid.search.fts_query).
"""

from __future__ import annotations

import sys

from datasette import Response, hookimpl
from datasette.plugins import pm
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError

from kvinnofrid.search import explain, register_functions

# This plugin answers every error itself: Datasette's own handler (which also runs, and
# prints a full traceback with local variables for each 404) is taken out.
if pm.get_plugin("datasette.handle_exception") is not None:
    pm.unregister(name="datasette.handle_exception")


@hookimpl
def prepare_connection(conn):  # type: ignore[no-untyped-def]
    register_functions(conn)


def _status_and_message(request, exception) -> tuple[int, str, str | None]:  # type: ignore[no-untyped-def]
    if isinstance(exception, Base400):
        return exception.status, str(exception.args[0] if exception.args else exception), None
    if isinstance(exception, DatasetteError):
        message = str(exception.message)
        if "fts5" in message.lower():
            typed = request.args.get("_search") or request.args.get("q") or ""
            return 400, explain(typed), "Search could not be read"
        return exception.status, message, exception.title
    return 500, f"{type(exception).__name__}: {exception}", None


@hookimpl
def handle_exception(datasette, request, exception):  # type: ignore[no-untyped-def]
    async def inner():  # type: ignore[no-untyped-def]
        status, message, title = _status_and_message(request, exception)
        if status != 404:  # a 404 is the server's own access-log line, nothing more
            print(f"{status} {request.method} {request.full_path}: {message}", file=sys.stderr)
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        page = await template.render_async(
            dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                 menu_links=lambda: [])
        )  # fmt: skip
        return Response.html(page, status=status)

    return inner
