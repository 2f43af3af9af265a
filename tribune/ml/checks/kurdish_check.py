"""Score the Kurdish check set with the shipped scorer and policy; print what went wrong, per script.

A **smoke test, not a benchmark**: about 170 comments per script, written for
Tribune in our own words (``kurdish.jsonl``, see ``checkset``). It shows
whether obvious Kurdish violations would be published and obvious clean
comments rejected; it cannot estimate rates on real traffic (the comments are
short, clean, one author's style, and every guideline has only a handful).
Never train or tune thresholds on it, or it stops being a check.

The decision is the one the site would reach from the scores alone: the
scorer's ``policy.decide(scores, language)`` when it has a policy (older
policies take only the scores), otherwise ``judgement.decision``. Site-only
steps (rate limit, duplicates, author standing) are not applied.

Which file: ``kurdish.jsonl`` by default; ``--checks`` names another
(``kurdish_holdout.jsonl`` is the one never used to write the lists; see ``checkset``).

Usage::

    python -m tribune.ml.checks.kurdish_check            # the shipped scorer
    python -m tribune.ml.checks.kurdish_check --checks tribune/ml/checks/kurdish_holdout.jsonl
    python -m tribune.ml.checks.kurdish_check --bundle path/to/bundle --quiet
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tribune.ml.checks.checkset import KURDISH_CHECKS, CheckItem, load_check_set
from tribune.ml.scorer import Scorer, get_scorer
from tribune.ml.types import Judgement, ScoreInput

__all__ = ["Outcome", "decide", "main", "report", "run_checks"]

SCRIPTS = {"ckb": "Sorani (ckb, Arabic script)", "kmr": "Kurmanji (kmr, Latin script)"}


@dataclass(frozen=True)
class Outcome:
    """One check item and the decision the scorer reached (``approve``, ``review`` or ``reject``)."""

    item: CheckItem
    decision: str
    guidelines: tuple[str, ...]


def decide(scorer: Scorer, judgement: Judgement) -> tuple[str, tuple[str, ...]]:
    """The decision and guidelines under the scorer's policy (see the module docstring)."""
    policy: Any = getattr(scorer, "policy", None)
    if policy is None:
        return str(judgement.decision), tuple(judgement.guidelines)
    try:
        decision, guidelines = policy.decide(judgement.scores, judgement.language)
    except TypeError:  # a policy that does not take the language
        decision, guidelines = policy.decide(judgement.scores)
    return str(decision), tuple(guidelines)


def run_checks(scorer: Scorer, items: Sequence[CheckItem]) -> list[Outcome]:
    """Judge every item (with its article, in its stated language) and decide it."""
    judgements = scorer.judge([ScoreInput(text=i.text, article=i.article, lang=i.lang) for i in items])
    return [Outcome(item, *decide(scorer, j)) for item, j in zip(items, judgements, strict=True)]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "0/0"


def _line(outcome: Outcome) -> str:
    item = outcome.item
    why = f" [{', '.join(outcome.guidelines)}]" if outcome.guidelines else ""
    return f"    {item.id} {item.category:<22} -> {outcome.decision}{why}: {item.text}  ({item.gloss})"


def report(outcomes: Sequence[Outcome], *, quiet: bool = False) -> str:
    """Per script: violations auto-approved (per guideline), clean approved/held/rejected, failing lines."""
    out: list[str] = []
    for lang in sorted({o.item.lang for o in outcomes}):
        mine = [o for o in outcomes if o.item.lang == lang]
        bad = [o for o in mine if o.item.violation]
        clean = [o for o in mine if not o.item.violation]
        missed = [o for o in bad if o.decision == "approve"]
        soft = [o for o in bad if o.item.expected == "reject" and o.decision == "review"]
        wrong = [o for o in clean if o.decision == "reject"]
        held = [o for o in clean if o.decision == "review"]
        out.append(
            f"== {SCRIPTS.get(lang, lang)}: {len(mine)} comments ({len(bad)} violations, {len(clean)} clean)"
        )
        out.append(f"  violations auto-approved: {_share(len(missed), len(bad))}")
        total, lost = Counter(o.item.category for o in bad), Counter(o.item.category for o in missed)
        for category in sorted(total):
            out.append(f"    {category:<22} {_share(lost[category], total[category])}")
        out.append(f"  violations expected to reject but only held: {_share(len(soft), len(bad))}")
        approved = len(clean) - len(held) - len(wrong)
        out.append(f"  clean auto-approved: {_share(approved, len(clean))}")
        out.append(f"  clean held for review: {_share(len(held), len(clean))}")
        out.append(f"  clean rejected: {_share(len(wrong), len(clean))}")
        for title, rows in (("violations auto-approved", missed), ("clean rejected", wrong)):
            if rows:
                out.append(f"  -- {title}:")
                out.extend(_line(o) for o in rows)
        if not quiet and held:
            out.append("  -- clean held for review:")
            out.extend(_line(o) for o in held)
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry; prints the report and returns 0 (a smoke test never fails the build)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", help="model bundle folder (default: the one get_scorer() loads)")
    parser.add_argument("--checks", type=Path, default=KURDISH_CHECKS, help="check set (JSON Lines)")
    parser.add_argument("--quiet", action="store_true", help="do not list clean comments held for review")
    args = parser.parse_args(argv)
    scorer = get_scorer(args.bundle)
    print(f"scorer: {scorer.version}  (smoke test, not a benchmark: never train on it)")
    print(report(run_checks(scorer, load_check_set(args.checks)), quiet=args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
