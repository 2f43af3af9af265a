"""System checks on the thresholds in force: the bundle's policy, and editors' overrides.

The bundle manifest is the one source of the cut-offs (``policy``); the only
way to move one is an override saved on the tuning screen, read through
``tribune.moderation.overrides``. Both are checked here:

* ``tribune.E010``: the manifest's policy cannot be read, or a cut-off is out of order;
* ``tribune.W010``: no bundle is installed, so the rule-based scorer and the default policy decide;
* ``tribune.W011``: a guideline has no cut-offs in the manifest, so the default ones apply;
* ``tribune.E011`` / ``tribune.W012`` (``check --database default``): an override names an unknown
  guideline or is out of order / the overrides cannot be read (the classifier then holds everything).
"""

from __future__ import annotations

import json
from typing import Any

from django.core import checks
from django.db import DatabaseError, connection

from tribune.ml.labels import GUIDELINES
from tribune.ml.policy import DEFAULT_THRESHOLD, DecisionPolicy
from tribune.ml.scorer import bundle_path
from tribune.moderation.decision import missing_guidelines
from tribune.moderation.overrides import threshold_overrides

MANIFEST = "manifest.json"
OVERRIDES_TABLE = "insights_thresholdoverride"  # named, not imported: insights sits above moderation


def _manifest_policy() -> tuple[DecisionPolicy | None, list[checks.CheckMessage]]:
    path = bundle_path()
    if path is None:
        hint = "install a model bundle (tribune train) or set TRIBUNE_MODEL_BUNDLE"
        return None, [
            checks.Warning("no model bundle: the rule-based scorer decides", hint=hint, id="tribune.W010")
        ]
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        return DecisionPolicy.from_json(manifest["policy"]), []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        message = f"the thresholds in {path / MANIFEST} cannot be read: {type(exc).__name__}: {exc}"
        return None, [checks.Error(message, id="tribune.E010")]


@checks.register()
def check_bundle_thresholds(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """The manifest's cut-offs: readable, in order, one pair per guideline."""
    policy, found = _manifest_policy()
    if policy is None:
        return found
    for code in missing_guidelines(policy):
        found.append(
            checks.Warning(
                f"the model's policy has no thresholds for {code}",
                hint=f"the default applies (reject {DEFAULT_THRESHOLD.reject}, review {DEFAULT_THRESHOLD.review})",
                id="tribune.W011",
            )
        )
    return found


def _overrides_table_exists() -> bool:
    try:
        return OVERRIDES_TABLE in connection.introspection.table_names()
    except DatabaseError:
        return True  # let the read itself fail and say so (W012)


@checks.register(checks.Tags.database)
def check_threshold_overrides(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Editors' overrides (read from the database, so only with ``check --database``)."""
    if not kwargs.get("databases") or not _overrides_table_exists():
        return []  # no database asked for, or not migrated yet (``migrate`` runs this check first)
    overrides = threshold_overrides()
    if overrides.failed:
        return [
            checks.Warning(
                "threshold overrides cannot be read: every comment the classifier sees will be held",
                id="tribune.W012",
            )
        ]
    known = {str(g) for g in GUIDELINES}
    found: list[checks.CheckMessage] = []
    for code, cut in sorted(overrides.thresholds.items()):
        if code not in known:
            found.append(
                checks.Error(f"threshold override for unknown guideline {code!r}", id="tribune.E011")
            )
        elif not 0.0 <= cut.review <= cut.reject <= 1.0:
            found.append(
                checks.Error(f"threshold override for {code} is out of order: {cut}", id="tribune.E011")
            )
    return found
