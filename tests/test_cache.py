from pathlib import Path

import pytest

from models.cache import cache_dir, cached


def test_built_once_then_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_CACHE", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"våld": 1}

    assert cached("thing", "k1", build) == {"våld": 1}
    assert cached("thing", "k1", build) == {"våld": 1}
    assert len(calls) == 1
    assert cached("thing", "k2", build) == {"våld": 1}  # another key: built again
    assert len(calls) == 2
    assert cache_dir() == tmp_path


def test_damaged_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_CACHE", str(tmp_path))
    (tmp_path / "thing-k.pickle").write_bytes(b"not a pickle")
    assert cached("thing", "k", lambda: [1, 2]) == [1, 2]
    assert cached("thing", "k", lambda: [3]) == [1, 2]


def test_unwritable_cache_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KVINNOFRID_CACHE", str(blocker / "sub"))  # cannot be created
    assert cached("thing", "k", lambda: "value") == "value"
