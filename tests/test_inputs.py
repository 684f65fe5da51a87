"""One pass over the inputs (kvinnofrid/inputs.py): a batch lists its files once, reads and
hashes each file once (in this process and in the child processes that parse), decides once
what to do with each, and reads nothing it does not have to (a renamed file is re-pointed, not
read again). Real files (corpus plans, a generated PDF, a file no reader takes) into the real
database through the library API, as `kvinnofrid ingest` does."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

import ingest.pipeline
import kvinnofrid
from kvinnofrid.api import close_databases
from kvinnofrid.inputs import file_sha256, plan_batch, scan
from kvinnofrid.limits import Limits
from kvinnofrid.version import pipeline_version
from tests.conftest import CORPUS
from tests.pdfgen import build_stockholm_plan_pdf

TEXTS = ("kronoberg_handlingsplan_2018-2026.txt", "stockholm_avsiktsforklaring_2019.txt")


class _Recorder:
    """Stands in for hashlib.sha256 and writes every digest it gives out to a log file, so
    that hashing in forked child processes is counted too."""

    def __init__(self, log: Path, real) -> None:  # type: ignore[no-untyped-def]
        self.log, self.real = log, real

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        recorder, inner = self, self.real(*args, **kwargs)

        class Digest:
            def update(self, data: bytes) -> None:
                inner.update(data)

            def hexdigest(self) -> str:
                value = inner.hexdigest()
                with recorder.log.open("a") as fh:
                    fh.write(value + "\n")
                return value

            def digest(self) -> bytes:
                self.hexdigest()
                return inner.digest()

        return Digest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in TEXTS:
        shutil.copy(CORPUS / name, corpus / name)
    build_stockholm_plan_pdf(corpus / "stockholm_handlingsplan.pdf")
    (corpus / "junk.pdf").write_bytes(bytes(range(256)) * 40)  # read by no reader: fails
    return corpus


def _ingest(folder: Path, db: Path, monkeypatch: pytest.MonkeyPatch, logs: Path):
    """Ingest the folder, counting each digest computed and each file the parser reads."""
    logs.mkdir(exist_ok=True)
    hashed, read = logs / "hashed.log", logs / "read.log"
    for log in (hashed, read):
        log.write_text("")
    real_ingest_file = ingest.pipeline.ingest_file

    def reading(path: Path, **kwargs):  # type: ignore[no-untyped-def]
        with read.open("a") as fh:
            fh.write(f"{path}\n")
        return real_ingest_file(path, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(hashlib, "sha256", _Recorder(hashed, hashlib.sha256))
        patch.setattr(ingest.pipeline, "ingest_file", reading)
        try:
            result = kvinnofrid.ingest([folder], db, workers=1)
        finally:
            close_databases()
    return result, Counter(hashed.read_text().split()), read.read_text().split()


def _digests(folder: Path) -> dict[str, str]:
    return {f.name: file_sha256(f) for f in sorted(folder.iterdir())}


def test_each_file_is_hashed_once_and_only_new_or_changed_files_are_read(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "out" / "k.db"
    logs = tmp_path / "logs"
    digests = _digests(folder)

    first, hashed, read = _ingest(folder, db, monkeypatch, logs)
    assert {Path(o.path).name: o.status for o in first.outcomes} == {
        TEXTS[0]: "stored", TEXTS[1]: "stored", "stockholm_handlingsplan.pdf": "stored",
        "junk.pdf": "failed",
    }  # fmt: skip
    assert {name: hashed[sha] for name, sha in digests.items()} == dict.fromkeys(digests, 1)
    assert sorted(Path(p).name for p in read) == sorted(digests)

    again, hashed, read = _ingest(folder, db, monkeypatch, logs)
    assert again.fast and again.unchanged == 3 and again.failed == 1
    assert {name: hashed[sha] for name, sha in digests.items()} == dict.fromkeys(digests, 1)
    assert read == []

    # renamed, changed, deleted: the renamed file is recognised by its sha256, not read again
    (folder / TEXTS[0]).rename(folder / "kronoberg_plan_renamed.txt")
    changed = folder / TEXTS[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEn rad till.\n", encoding="utf-8")
    (folder / "junk.pdf").unlink()
    digests = _digests(folder)
    third, hashed, read = _ingest(folder, db, monkeypatch, logs)
    statuses = {Path(o.path).name: o.status for o in third.outcomes}
    assert statuses == {
        "kronoberg_plan_renamed.txt": "renamed", TEXTS[1]: "stored",
        "stockholm_handlingsplan.pdf": "unchanged", "junk.pdf": "removed",
    }  # fmt: skip
    assert {name: hashed[sha] for name, sha in digests.items()} == dict.fromkeys(digests, 1)
    assert [Path(p).name for p in read] == [TEXTS[1]]
    conn = sqlite3.connect(db)
    stored = dict(conn.execute("SELECT file_name, sha256 FROM documents"))
    conn.close()
    assert stored == digests


def test_the_plan_decides_read_skip_rename_and_remove(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "k.db"
    _ingest(folder, db, monkeypatch, tmp_path / "logs")
    (folder / TEXTS[0]).rename(folder / "moved.txt")
    (folder / "stockholm_handlingsplan.pdf").unlink()
    (folder / "new.txt").write_text("Handlingsplan 2024\nMål 1: Våld ska förebyggas\n")
    batch = scan([folder])
    conn = sqlite3.connect(db)
    try:
        plan = plan_batch(conn, batch, Limits(), pipeline_version())
        kronoberg_id = conn.execute(
            "SELECT id FROM documents WHERE file_name = ?", [TEXTS[0]]
        ).fetchone()[0]
    finally:
        conn.close()
    decided = {Path(p.file.path).name: p.decision for p in plan.files}
    assert decided == {"moved.txt": "rename", "new.txt": "read", TEXTS[1]: "skip",
                       "junk.pdf": "skip"}  # fmt: skip
    [renamed] = plan.decided("rename")
    assert renamed.document_id == kronoberg_id
    assert [Path(g.path).name for g in plan.gone] == ["stockholm_handlingsplan.pdf"]
    assert [Path(f.path).name for f in plan.to_read] == ["new.txt"]
    assert {Path(o.path).name: o.status for o in plan.held} == {
        TEXTS[1]: "unchanged",
        "junk.pdf": "failed",
    }
    assert not plan.writes_nothing
    # each InputFile carries what the batch saw
    new = next(f for f in batch.files if f.path.endswith("new.txt"))
    assert (new.size, new.sha256) == ((folder / "new.txt").stat().st_size,
                                      file_sha256(folder / "new.txt"))  # fmt: skip
    assert new.mtime == (folder / "new.txt").stat().st_mtime
