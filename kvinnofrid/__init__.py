"""kvinnofrid: the application that wires ingest/, models/ and compare/ together (library API,
CLI, configuration, executor, progress). The only package that imports all the others.

The pipeline as a library (kvinnofrid/api.py), loaded on first use so that importing the
package stays cheap:

    import kvinnofrid

    kvinnofrid.ingest(["corpus"], "out/kvinnofrid.db")
    kvinnofrid.compare("out/kvinnofrid.db", out="out")
    kvinnofrid.report("out/kvinnofrid.db", out="out")
    # or all three, skipping what is up to date: kvinnofrid.run("corpus", "out")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["KvinnofridError", "compare", "ingest", "report", "run"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kvinnofrid import api

        return getattr(api, name)
    raise AttributeError(f"module 'kvinnofrid' has no attribute {name!r}")
