"""The leave-one-dataset-out check of approve cuts, on invented scores (no model, no data)."""

from __future__ import annotations

import pytest

from tribune.ml.labels import GUIDELINES
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.training.datasets import Row
from tribune.ml.training.transfer import Scored, apply_cut, cut_without, held_out, summary, transfer_table

NEVER_HELD = {str(g): Threshold(reject=1.0, review=1.0) for g in GUIDELINES}


def _split(groups: dict[tuple[str, str], float], split: str) -> Scored:
    """100 violations and 100 clean rows per (dataset, language); violations score from ``low`` up."""
    rows, scores, labels = [], [], []
    for (dataset, lang), low in groups.items():
        for i in range(100):
            for bad in (1, 0):
                text = f"{dataset} {lang} {i} {bad}"
                rows.append(Row(dataset, lang, text, split, {}))
                reject = low + i / 1000 if bad else i / 2000
                scores.append({**{str(g): 0.01 for g in GUIDELINES}, "reject": reject})
                labels.append({"reject": bad})
    return Scored(rows, scores, labels)


GROUPS = {("easy", "en"): 0.5, ("hard", "en"): 0.1, ("mixed", "ar"): 0.3}


def test_a_cut_chosen_without_the_hard_set_lets_its_violations_through() -> None:
    val, test = _split(GROUPS, "val"), _split(GROUPS, "test")
    policy = DecisionPolicy(NEVER_HELD, {"en": 0.1, "ar": 0.1, "*": 0.1})
    keep = [r.dataset != "hard" and r.lang == "en" for r in val.rows]
    cut = cut_without(val, policy, keep, 0.05, "en")
    assert cut == pytest.approx(0.505)  # the easy set's own cut
    held_out = apply_cut(test, policy, ("hard", "en"), cut)
    assert held_out.violations == 100 and held_out.clean == 100
    assert held_out.violations_approved == pytest.approx(1.0)  # every hard violation scores under 0.505
    own = apply_cut(test, policy, ("hard", "en"), cut_without(val, policy, [True] * len(val.rows), 0.05, "en"))
    assert own.violations_approved <= 0.05


def test_no_labels_takes_the_strictest_cut_of_the_other_languages() -> None:
    val = _split(GROUPS, "val")
    policy = DecisionPolicy(NEVER_HELD, {"*": 0.1})
    others = [r.lang != "ar" for r in val.rows]
    assert cut_without(val, policy, others, 0.05, None) == pytest.approx(0.105)
    assert cut_without(val, policy, [False] * len(val.rows), 0.05, None) is None


def test_the_table_and_summary_name_every_held_out_group() -> None:
    val, test = _split(GROUPS, "val"), _split(GROUPS, "test")
    policy = DecisionPolicy(NEVER_HELD, {"en": 0.1, "ar": 0.1, "*": 0.1})
    results = {0.05: held_out(val, test, policy, 0.05)}
    table = transfer_table(results)
    assert sum("same language" in line for line in table) == 3
    assert any(line.strip().startswith("mixed (ar)") and line.rstrip().endswith("-") for line in table)
    [line] = summary(results)
    assert "1/2 held-out sets" in line  # easy held out is fine, hard held out is not
