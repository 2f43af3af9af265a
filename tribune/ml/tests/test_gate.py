"""The promotion gate and its report: better, worse on one guideline, too few labels, nothing to compare."""

from __future__ import annotations

import json
import math
from pathlib import Path

from tribune.ml.labels import Decision
from tribune.ml.policy import DecisionPolicy
from tribune.ml.training.compare import GuidelineMetrics, SetResult, agreement, metrics_for
from tribune.ml.training.datasets import Row
from tribune.ml.training.gate import TOLERANCE, gate
from tribune.ml.training.report import build_report, to_markdown, write_report


def _metrics(
    auc: float, ap: float = 0.7, f1: float = 0.6, rows: int = 200, pos: int = 50
) -> GuidelineMetrics:
    return GuidelineMetrics(rows, pos, auc, ap, 0.3, f1)


def _set(name: str, **per: GuidelineMetrics) -> SetResult:
    mix = {"approve": 0.6, "review": 0.3, "reject": 0.1}
    return SetResult(name, 200, dict(per), mix, 0.7)


def test_better_everywhere_is_promoted() -> None:
    cur = {"public": _set("public", profanity=_metrics(0.80), reject=_metrics(0.85))}
    cand = {"public": _set("public", profanity=_metrics(0.83), reject=_metrics(0.85))}
    verdict = gate(cur, cand)
    assert verdict.promote and "not worse" in verdict.reason
    assert sum(c.counted for c in verdict.checks) == 6


def test_worse_on_one_guideline_blocks_even_when_others_improve() -> None:
    cur = {"public": _set("public", profanity=_metrics(0.80), threat=_metrics(0.70), reject=_metrics(0.85))}
    cand = {"public": _set("public", profanity=_metrics(0.90), threat=_metrics(0.68), reject=_metrics(0.90))}
    verdict = gate(cur, cand)
    assert not verdict.promote
    assert [(c.guideline, c.metric) for c in verdict.checks if c.worse] == [("threat", "roc_auc")]
    assert "worse beyond tolerance: threat on public (roc_auc -0.0200)" in verdict.reason


def test_within_tolerance_is_not_worse() -> None:
    drop = TOLERANCE["roc_auc"] / 2
    cur = {"public": _set("public", abuse=_metrics(0.80))}
    cand = {"public": _set("public", abuse=_metrics(0.80 - drop))}
    assert gate(cur, cand).promote


def test_guidelines_with_too_few_labels_are_reported_not_gated() -> None:
    few = {"rows": 30, "pos": 4}
    cur = {
        "held back": _set("held back", threat=_metrics(0.90, **few)),
        "public": _set("public", threat=_metrics(0.70)),
    }
    cand = {
        "held back": _set("held back", threat=_metrics(0.50, **few)),  # a collapse, but on 4 positives
        "public": _set("public", threat=_metrics(0.71)),
    }
    verdict = gate(cur, cand)
    assert verdict.promote
    held = [c for c in verdict.checks if c.set == "held back"]
    assert held and not any(c.counted for c in held) and "too few labels (4 pos / 26 neg)" in held[0].note
    # The same collapse on enough labels blocks.
    assert not gate(cur, cand, min_positives=4, min_negatives=4).promote


def test_nothing_countable_is_not_promoted() -> None:
    cur = {"held back": _set("held back", threat=_metrics(0.6, rows=10, pos=2))}
    cand = {"held back": _set("held back", threat=_metrics(0.9, rows=10, pos=2))}
    verdict = gate(cur, cand)
    assert not verdict.promote and "nothing to compare" in verdict.reason


def test_undefined_metrics_do_not_count() -> None:
    cur = {"public": _set("public", promotion=_metrics(float("nan"), ap=float("nan")))}
    cand = {"public": _set("public", promotion=_metrics(0.2, ap=0.1))}
    checks = gate(cur, cand).checks
    assert [c.counted for c in checks if c.metric in ("roc_auc", "avg_precision")] == [False, False]


def test_metrics_and_agreement_on_known_scores() -> None:
    policy = DecisionPolicy.default()  # reject 0.9, review 0.5 everywhere
    scores = [{k: 0.0 for k in ("profanity", "vulgarity", "threat", "personal_attack", "abuse",
                                "promotion", "off_topic", "reject")} for _ in range(4)]  # fmt: skip
    scores[0]["personal_attack"] = scores[0]["reject"] = 0.95  # rejected, rightly
    scores[1]["personal_attack"] = scores[1]["reject"] = 0.6  # to review, rightly
    scores[2]["personal_attack"] = scores[2]["reject"] = 0.95  # rejected, wrongly
    labels = [{"personal_attack": 1, "reject": 1}, {"personal_attack": 1, "reject": 1},
              {"personal_attack": 0, "reject": 0}, {"personal_attack": 0, "reject": 0}]  # fmt: skip
    result = metrics_for(scores, labels, policy)
    pa = result["personal_attack"]
    assert (pa.rows, pa.positives) == (4, 2) and math.isclose(pa.f1_review, 0.8)
    assert math.isclose(pa.f1_reject, 0.5) and math.isclose(pa.roc_auc, 0.625)
    assert "threat" not in result  # no row speaks about it
    rows = [
        Row("feedback", "en", "t", "test", {"decision": d})
        for d in ("reject", "reject", "approve", "approve")
    ]
    made = [Decision.REJECT, Decision.REVIEW, Decision.REJECT, Decision.APPROVE]
    assert agreement(rows, made) == {"agree": 0.5, "deferred": 0.25, "missed": 0.0, "overruled": 0.25}


def test_report_shows_both_bundles_and_the_verdict(tmp_path: Path) -> None:
    cur = {"public": _set("public", threat=_metrics(0.70))}
    cand = {"public": _set("public", threat=_metrics(0.60, ap=float("nan")))}
    verdict = gate(cur, cand)
    meta = {
        "candidate": "tfidf-logreg.v1.20261125-1a2b3c4d",
        "current": "tfidf-logreg.v1",
        "current_path": "/packaged",
        "quick": False,
        "data": "/data",
        "public_test_rows": 200,
        "decisions": {
            "total": 40,
            "train": 28,
            "validation": 4,
            "held_back": 8,
            "held_back_share": 0.2,
            "by_model_version": {"tfidf-logreg.v1+rules.1": 40},
        },
        "gate": {"tolerance": TOLERANCE, "min_positives": 20, "min_negatives": 20},
        "outcome": "not promoted (the gate said no)",
        "notes": [],
    }
    data = build_report(meta, cur, cand, verdict)
    text = to_markdown(data)
    assert "| threat | 200 | 50 | 0.7000 → 0.6000 | 0.7000 → – |" in text
    assert "**worse** (roc_auc)" in text and "## Verdict: keep the current bundle" in text
    assert "8 held back" in text and "tfidf-logreg.v1+rules.1 40" in text
    json_path, md_path = write_report(data, tmp_path / "reports" / meta["candidate"])
    stored = json.loads(json_path.read_text())  # strict JSON: NaN became null
    assert stored["sets"]["public"]["candidate"]["guidelines"]["threat"]["avg_precision"] is None
    assert md_path.read_text() == text


def test_more_violations_approved_blocks_promotion() -> None:
    safe = {"violations": 100, "clean": 100, "violations_approved": 0.04, "clean_approved": 0.5,
            "clean_rejected": 0.01, "reject_precision": 0.97}  # fmt: skip
    cur = {"public": _set("public", reject=_metrics(0.85))}
    cand = {"public": _set("public", reject=_metrics(0.86))}
    cur["public"].safety.update(safe)
    cand["public"].safety.update({**safe, "violations_approved": 0.09})
    verdict = gate(cur, cand)
    assert not verdict.promote and "safety" in verdict.reason
    cand["public"].safety.update({**safe, "violations_approved": 0.03, "clean_approved": 0.48})
    assert gate(cur, cand).promote
