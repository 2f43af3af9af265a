"""The model store: versioned bundles outside the package, one of them active, the rest kept for rollback.

Layout under the store root (``$TRIBUNE_MODEL_DIR``, else ``$TRIBUNE_VAR_DIR/models``,
else ``./var/models``, the same ``var/`` as the SQLite database)::

    versions/<version>/manifest.json, weights.npz   # never modified once installed
    staging/                                        # candidates while they train
    candidates/<version>/                           # trained but not promoted (kept to inspect)
    reports/<version>.md, <version>.json            # the retrain comparison reports
    ACTIVE                                          # the active version's name, one line
    history.jsonl                                   # every promote / rollback, oldest first

Promotion is atomic: the bundle is first moved (``os.replace``, same file system)
into ``versions/``, then ``ACTIVE`` is rewritten through a temporary file and
``os.replace``, so a reader sees the old version or the new one, never a mix.
With no ``ACTIVE`` file the packaged bundle is the live one.

Usage::

    store = ModelStore(store_root())
    store.install(Path("staging/cand"), "tfidf-logreg.v1.20261125-1a2b3c4d")
    store.activate("tfidf-logreg.v1.20261125-1a2b3c4d")
    store.rollback()          # back to the version active before
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["MODEL_DIR_ENV", "ModelStore", "StoreError", "StoredVersion", "bundle_version", "store_root"]

MODEL_DIR_ENV = "TRIBUNE_MODEL_DIR"
ACTIVE = "ACTIVE"
HISTORY = "history.jsonl"


class StoreError(ValueError):
    """An unknown version, a version installed twice, or nothing to roll back to."""


def store_root() -> Path:
    """``$TRIBUNE_MODEL_DIR``, else ``$TRIBUNE_VAR_DIR/models``, else ``./var/models``."""
    configured = os.environ.get(MODEL_DIR_ENV)
    if configured:
        return Path(configured)
    return Path(os.environ.get("TRIBUNE_VAR_DIR") or Path.cwd() / "var") / "models"


def bundle_version(manifest: dict[str, Any]) -> str:
    """A bundle's own version: ``manifest["version"]`` when training set one, else its registry name."""
    return str(manifest.get("version") or manifest["name"])


@dataclass(frozen=True)
class StoredVersion:
    """One installed bundle. version (str); path (Path); created (str); active (bool)."""

    version: str
    path: Path
    created: str
    active: bool


class ModelStore:
    """Versioned bundles under ``root`` with an atomically switched ``ACTIVE`` pointer."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.versions = root / "versions"
        self.staging = root / "staging"
        self.candidates = root / "candidates"
        self.reports = root / "reports"

    def active_version(self) -> str | None:
        """The active version's name, or None when the packaged bundle is live."""
        try:
            name = (self.root / ACTIVE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def active_path(self) -> Path | None:
        """The active bundle's folder, or None (no pointer, or it names a missing version)."""
        name = self.active_version()
        if name is None:
            return None
        path = self.versions / name
        return path if (path / "manifest.json").is_file() else None

    def path_of(self, version: str) -> Path:
        """The folder of an installed version; ``StoreError`` if there is none."""
        path = self.versions / version
        if not (path / "manifest.json").is_file():
            raise StoreError(f"no installed model version {version!r} in {self.versions}")
        return path

    def list(self) -> list[StoredVersion]:
        """Installed versions, oldest first by creation date."""
        active = self.active_version()
        found = []
        for path in sorted(self.versions.glob("*/manifest.json")) if self.versions.is_dir() else []:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            version = path.parent.name
            found.append(
                StoredVersion(version, path.parent, str(manifest.get("created", "")), version == active)
            )
        return sorted(found, key=lambda v: (v.created, v.version))

    def install(self, bundle: Path, version: str) -> Path:
        """Move a finished bundle folder into ``versions/<version>`` (atomic rename when on this file system)."""
        if "/" in version or version in ("", ".", ".."):
            raise StoreError(f"bad version name {version!r}")
        target = self.versions / version
        if target.exists():
            raise StoreError(f"model version {version!r} is already installed")
        self.versions.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(bundle, target)
        except OSError:  # another file system: copy beside the target, then rename into place
            temporary = self.versions / f".{version}.copying"
            shutil.copytree(bundle, temporary)
            os.replace(temporary, target)
        return target

    def import_copy(self, bundle: Path, version: str) -> Path:
        """Copy a bundle (e.g. the packaged one) into the store, unless that version is already there."""
        target = self.versions / version
        if (target / "manifest.json").is_file():
            return target
        self.versions.mkdir(parents=True, exist_ok=True)
        temporary = self.versions / f".{version}.copying"
        shutil.rmtree(temporary, ignore_errors=True)
        shutil.copytree(bundle, temporary)
        os.replace(temporary, target)
        return target

    def activate(self, version: str, *, action: str = "promote", note: str = "") -> None:
        """Point ``ACTIVE`` at an installed version (atomic) and log it in ``history.jsonl``."""
        self.path_of(version)
        previous = self.active_version()
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = self.root / f".{ACTIVE}.{os.getpid()}"
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(version + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.root / ACTIVE)
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "action": action,
            "version": version,
            "previous": previous,
            "note": note,
        }
        with (self.root / HISTORY).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")

    def history(self) -> builtins.list[dict[str, Any]]:  # ``list`` is the method above
        """Every promote and rollback, oldest first."""
        path = self.root / HISTORY
        if not path.is_file():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def rollback(self, to: str | None = None) -> str:
        """Activate ``to``, or the version the current one was promoted over; returns it."""
        current = self.active_version()
        if to is None:
            entries = [
                e
                for e in self.history()
                if e["action"] == "promote" and e["version"] == current and e.get("previous")
            ]
            if not entries:
                raise StoreError("nothing to roll back to: the active version has no predecessor")
            to = str(entries[-1]["previous"])
        if to == current:
            raise StoreError(f"{to!r} is already the active version")
        self.activate(to, action="rollback", note=f"from {current}")
        return to
