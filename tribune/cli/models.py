"""``tribune models list|rollback``: the versions in the model store and which one is active.

    tribune models list
    tribune models rollback              # back to the version the active one was promoted over
    tribune models rollback --to tfidf-logreg.v1

Needs no database. Running processes keep the bundle they loaded: restart them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tribune.ml.store import ModelStore, StoreError, store_root


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tribune models", description="List or roll back model versions.")
    parser.add_argument(
        "--model-dir", type=Path, default=None, help="model store (default: $TRIBUNE_MODEL_DIR)"
    )
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("list", help="installed versions; * marks the active one")
    back = sub.add_parser("rollback", help="activate an earlier version")
    back.add_argument("--to", default=None, help="version to activate (default: the one before)")
    return parser.parse_args(argv)


def models_command(argv: list[str]) -> int:
    args = parse_args(argv)
    store = ModelStore(args.model_dir or store_root())
    if args.action == "list":
        versions = store.list()
        if store.active_version() is None:
            print(f"active: the packaged bundle (no version activated in {store.root})")
        for item in versions:
            print(f"{'*' if item.active else ' '} {item.version}  created {item.created}  {item.path}")
        return 0
    try:
        version = store.rollback(args.to)
    except StoreError as exc:
        print(f"rollback refused: {exc}", file=sys.stderr)
        return 2
    print(f"active: {version} (restart the web server and workers to load it)")
    return 0
