"""Model store: install, atomic activate, list, rollback, and which bundle the scorer loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tribune.ml.scorer import BUNDLE_ENV, PACKAGED_BUNDLE, bundle_path
from tribune.ml.store import MODEL_DIR_ENV, ModelStore, StoreError, bundle_version, store_root


def _bundle(folder: Path, created: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({"name": "tfidf-logreg.v1", "created": created}))
    (folder / "weights.npz").write_bytes(b"not read by the store")
    return folder


def test_install_then_activate_switches_the_pointer(tmp_path: Path) -> None:
    store = ModelStore(tmp_path / "store")
    assert store.active_version() is None and store.active_path() is None and store.list() == []
    store.install(_bundle(tmp_path / "a", "2026-11-01"), "v-a")
    assert not (tmp_path / "a").exists()  # moved, not copied
    assert store.active_version() is None  # installing does not activate
    store.activate("v-a")
    assert store.active_path() == tmp_path / "store" / "versions" / "v-a"
    assert (tmp_path / "store" / "ACTIVE").read_text() == "v-a\n"
    assert not list((tmp_path / "store").glob(".ACTIVE*"))  # the temporary pointer was renamed away


def test_refuses_unknown_duplicate_and_bad_versions(tmp_path: Path) -> None:
    store = ModelStore(tmp_path / "store")
    with pytest.raises(StoreError, match="no installed model version"):
        store.activate("missing")
    store.install(_bundle(tmp_path / "a", "2026-11-01"), "v-a")
    with pytest.raises(StoreError, match="already installed"):
        store.install(_bundle(tmp_path / "b", "2026-11-02"), "v-a")
    with pytest.raises(StoreError, match="bad version"):
        store.install(_bundle(tmp_path / "c", "2026-11-02"), "../escape")


def test_rollback_returns_to_the_version_promoted_over(tmp_path: Path) -> None:
    store = ModelStore(tmp_path / "store")
    for name, day in (("v-a", "2026-11-01"), ("v-b", "2026-11-02"), ("v-c", "2026-11-03")):
        store.install(_bundle(tmp_path / name, day), name)
    store.activate("v-a", action="seed")
    with pytest.raises(StoreError, match="no predecessor"):
        store.rollback()
    store.activate("v-b")
    store.activate("v-c")
    assert store.rollback() == "v-b"
    assert store.rollback() == "v-a"
    with pytest.raises(StoreError, match="no predecessor"):
        store.rollback()
    assert store.rollback(to="v-c") == "v-c"
    with pytest.raises(StoreError, match="already the active"):
        store.rollback(to="v-c")
    assert [(v.version, v.active) for v in store.list()] == [("v-a", False), ("v-b", False), ("v-c", True)]
    assert [e["action"] for e in store.history()] == [
        "seed",
        "promote",
        "promote",
        "rollback",
        "rollback",
        "rollback",
    ]


def test_import_copy_keeps_the_source_and_is_idempotent(tmp_path: Path) -> None:
    store = ModelStore(tmp_path / "store")
    source = _bundle(tmp_path / "packaged", "2026-10-01")
    assert store.import_copy(source, "packaged") == store.import_copy(source, "packaged")
    assert (source / "manifest.json").is_file() and store.path_of("packaged").is_dir()


def test_scorer_loads_env_bundle_then_active_version_then_packaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BUNDLE_ENV, raising=False)
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "store"))
    assert store_root() == tmp_path / "store"
    assert bundle_path() == (PACKAGED_BUNDLE if PACKAGED_BUNDLE.exists() else None)
    store = ModelStore(store_root())
    store.install(_bundle(tmp_path / "a", "2026-11-01"), "v-a")
    store.activate("v-a")
    assert bundle_path() == tmp_path / "store" / "versions" / "v-a"
    monkeypatch.setenv(BUNDLE_ENV, str(tmp_path / "elsewhere"))
    assert bundle_path() == tmp_path / "elsewhere"


def test_default_store_lives_in_the_var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    monkeypatch.setenv("TRIBUNE_VAR_DIR", str(tmp_path))
    assert store_root() == tmp_path / "models"


def test_bundle_version_prefers_the_trained_version() -> None:
    assert bundle_version({"name": "tfidf-logreg.v1"}) == "tfidf-logreg.v1"
    assert bundle_version(
        {"name": "tfidf-logreg.v1", "version": "tfidf-logreg.v1.20261125-1a2b3c4d"}
    ).endswith("-1a2b3c4d")
