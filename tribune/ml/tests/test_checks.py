"""The Kurdish check set is well formed and broad enough; its runner counts outcomes correctly.

These tests never assert model accuracy: the check set is a smoke test.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from tribune.ml.checks.checkset import KURDISH_HOLDOUT, KURDISH_ROUND2, CheckSetError, load_check_set
from tribune.ml.checks.kurdish_check import main, report, run_checks
from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, SCORE_KEYS, Decision
from tribune.ml.policy import DecisionPolicy
from tribune.ml.types import Judgement, ScoreInput

MINIMUM_PER_SCRIPT = 150
ITEMS = load_check_set()


@pytest.mark.parametrize("lang", ["ckb", "kmr"])
def test_each_script_has_enough_comments_and_covers_every_guideline(lang: str) -> None:
    mine = [i for i in ITEMS if i.lang == lang]
    assert len(mine) >= MINIMUM_PER_SCRIPT
    assert {i.guideline for i in mine} >= {str(g) for g in GUIDELINES}
    assert {i.target for i in mine if i.guideline == "abuse"} == {str(t) for t in ABUSE_TARGETS}
    assert {i.kind for i in mine if i.guideline == "threat"} == {"explicit", "veiled"}
    clean_kinds = {i.kind for i in mine if not i.violation}
    assert clean_kinds >= {"criticism", "outlet", "politics", "martyrdom", "war-news", "news-of-threat"}
    assert sum(not i.violation for i in mine) >= 80


@pytest.mark.parametrize("path", [KURDISH_ROUND2, KURDISH_HOLDOUT], ids=["round2", "holdout"])
def test_the_later_kurdish_sets_parse_and_cover_both_scripts(path: Path) -> None:
    later = load_check_set(path)
    assert {i.lang for i in later} == {"ckb", "kmr"}
    assert not {i.id for i in later} & {i.id for i in ITEMS}
    assert {i.guideline for i in later if i.lang == "ckb"} >= {
        "threat",
        "personal_attack",
        "abuse",
        "profanity",
    }


def test_ids_are_unique_and_every_line_has_a_gloss() -> None:
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    assert all(i.gloss.strip() and i.text.strip() for i in ITEMS)


def _row(**fields: str) -> dict[str, str]:
    base = {"id": "x", "lang": "kmr", "text": "t", "expected": "approve", "guideline": "none", "gloss": "g"}
    return {**base, **fields}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (_row(expected="maybe"), "expected"),
        (_row(lang="xx"), "lang"),
        (_row(guideline="threat"), "clean"),
        (_row(expected="reject", guideline="abuse"), "target"),
        (_row(text="", expected="reject", guideline="threat"), "missing"),
    ],
)
def test_a_bad_line_is_refused_with_its_line_number(
    tmp_path: Path, record: dict[str, str], message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CheckSetError, match=message) as caught:
        load_check_set(path)
    assert "bad.jsonl:1" in str(caught.value)


class _FixedScorer:
    """Scores every comment containing "bad" as a clear threat, everything else as clean."""

    version = "fixed"
    policy = DecisionPolicy.default()

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        out = []
        for item in items:
            scores = {str(k): 0.01 for k in SCORE_KEYS}
            if "bad" in item.text:
                scores["threat"] = scores["reject"] = 0.99
            out.append(Judgement(scores=scores, language=item.lang or "ckb", decision=Decision.APPROVE))
        return out


def test_report_counts_auto_approved_violations_and_rejected_clean_comments(tmp_path: Path) -> None:
    rows = [
        _row(id="a", text="hello"),
        _row(id="b", text="bad one"),
        _row(id="c", text="quiet", expected="reject", guideline="threat"),
        _row(id="d", text="bad", expected="reject", guideline="threat"),
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    outcomes = run_checks(_FixedScorer(), load_check_set(path))
    assert [o.decision for o in outcomes] == ["approve", "reject", "approve", "reject"]
    text = report(outcomes)
    assert "violations auto-approved: 1/2 (50%)" in text
    assert "clean auto-approved: 1/2 (50%)" in text
    assert "clean rejected: 1/2 (50%)" in text
    assert "    c threat" in text and "    b none" in text


def test_main_prints_a_report_for_each_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "smoke test, not a benchmark" in printed
    assert "== Sorani" in printed and "== Kurmanji" in printed


def test_template_firing_counts_clean_rows_and_violations_per_template() -> None:
    from tribune.ml.checks.template_firing import Labelled, count_firing

    rows = [
        Labelled("x", "en", "We know where you live", True),
        Labelled("x", "en", "We know where you live, said the police", False),
        Labelled("x", "en", "Someone should shoot the editor", True),
        Labelled("x", "en", "Lovely weather today", False),
    ]
    clean, hits, clean_rows, bad_rows = count_firing(rows)
    assert clean_rows["x"] == 2 and bad_rows["x"] == 2
    assert sum(hits.values()) == 2 and {k[2] for k in hits} == {"hold", "decides"}
    assert sum(clean.values()) == 1 and next(iter(clean))[2] == "hold"
