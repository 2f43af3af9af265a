"""``tribune train --with-decisions``: export the moderators' decisions from the database, then retrain.

The export is ``tribune manage export_decisions`` (Django); everything after it
is ``tribune.ml.training.retrain``, which never imports Django. The export is
kept beside the reports in the model store, so a run can be repeated.

    tribune train --with-decisions --quick --no-promote
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


def export_path(model_dir: Path) -> Path:
    """Where this run's decisions export goes: ``<store>/exports/decisions-<UTC time>.jsonl``."""
    return model_dir / "exports" / f"decisions-{datetime.now(UTC):%Y%m%dT%H%M%S}.jsonl"


def retrain_command(argv: list[str]) -> int:
    """Export every human decision (unless ``--decisions FILE`` is given), then run the Django-free retrain."""
    from tribune.cli.serve import django_setup

    if any(a in ("-h", "--help") for a in argv):
        from tribune.ml.training import retrain

        return retrain.main(argv)  # argparse prints the help and exits
    if any(a == "--decisions" or a.startswith("--decisions=") for a in argv):
        from tribune.ml.training import retrain

        return retrain.main(argv)  # the caller's own export: no database needed
    django_setup()
    from django.core.management import call_command

    from tribune.ml.store import store_root
    from tribune.ml.training import retrain

    model_dir = Path(argv[argv.index("--model-dir") + 1]) if "--model-dir" in argv else store_root()
    out = export_path(model_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    call_command("export_decisions", str(out))
    return retrain.main(["--decisions", str(out), *argv])
