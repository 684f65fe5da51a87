"""What a user is told when the machine, not a document, fails: a full disk, a folder or a
database they may not write, a path that cannot be a file. One plain line each, never a
traceback (the CLI prints it and exits 1; KVINNOFRID_DEBUG=1 shows the traceback instead)."""

from __future__ import annotations

import errno
import sqlite3

_OS_ERRORS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EEXIST: "a file of that name is in the way",
}

_SQLITE_HINTS = (
    ("disk is full", "the disk is full"),
    ("readonly database", "the database cannot be written (read-only file or folder)"),
    ("unable to open database", "the database file cannot be opened (missing folder or no access)"),
    ("not a database", "the file is not a kvinnofrid (SQLite) database"),
    ("malformed", "the database file is damaged"),
    ("locked", "the database is busy (another run holds it); try again when it has finished"),
)


def describe(exc: BaseException) -> str:
    """One line saying what went wrong, naming the file when the error names one."""
    if isinstance(exc, OSError):
        what = _OS_ERRORS.get(exc.errno or -1) or exc.strerror or str(exc)
        where = exc.filename
        if exc.filename2:
            where = f"{exc.filename} → {exc.filename2}"
        return f"{where}: {what}" if where else what
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        for needle, plain in _SQLITE_HINTS:
            if needle in text.lower():
                return f"{plain} ({text})"
        return f"database error: {text}"
    if isinstance(exc, MemoryError):
        return "out of memory"
    return f"internal error ({type(exc).__name__}: {exc})"


def is_machine_fault(exc: BaseException) -> bool:
    """A fault of the machine or the database rather than a bug: reported without the
    'internal error' wording."""
    return isinstance(exc, OSError | sqlite3.Error | MemoryError)


def plural(n: int, one: str, many: str) -> str:
    """ "1 goal", "2 goals": the count with the right form of the word."""
    return f"{n} {one if n == 1 else many}"
