"""``tribune train --with-decisions`` from the database to a promoted model that new decisions record."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.factories import FakeScorer
from tribune.cli import main
from tribune.comments.services import comment_submit
from tribune.ml.scorer import get_scorer
from tribune.ml.store import ModelStore
from tribune.ml.tests.test_retrain import CLEAN, RUDE, seeded_store, world  # noqa: F401 - the fixtures
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_approve, comment_moderate, comment_reject

pytestmark = pytest.mark.django_db


def _decide_many(article, moderator, count: int = 90) -> None:
    """Comments the (fake) model held for review, then decided by a moderator: every third one rejected."""
    rng = random.Random(5)
    holding = FakeScorer(rules={"": {"personal_attack": 0.6}}, version="held-by.v0")
    for i in range(count):
        rude = i % 3 == 0
        body = " ".join(rng.sample(CLEAN, 4) + rng.sample(RUDE if rude else CLEAN, 2))
        comment = comment_submit(article=article, author_name=f"reader{i}", body=body)
        comment_moderate(comment_id=comment.pk, scorer=holding)
        if rude:
            comment_reject(comment_id=comment.pk, moderator=moderator, guidelines=["personal_attack"])
        else:
            comment_approve(comment_id=comment.pk, moderator=moderator)


def test_retrain_with_decisions_promotes_and_new_decisions_record_the_version(
    world: dict[str, Path],  # noqa: F811
    seeded_store: ModelStore,  # noqa: F811
    article,
    moderator,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = seeded_store
    _decide_many(article, moderator)

    argv = ["train", "--with-decisions", "--data", str(world["data"]), "--bits", "14", "--quick",
            "--min-positives", "5", "--min-negatives", "5"]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "wrote 90 moderator decisions" in printed
    assert "decisions by model version: held-by.v0 90" in printed and "## Verdict: promote" in printed
    active = store.active_version()
    assert active and active.startswith("tfidf-logreg.v1.")
    assert len(list((store.root / "exports").glob("decisions-*.jsonl"))) == 1

    get_scorer.cache_clear()  # what a restart does
    try:
        comment = comment_submit(article=article, author_name="later", body="council budget school road")
        decision = comment_moderate(comment_id=comment.pk)
        assert decision is not None and decision.model_version.startswith(active + "+rules.")
        if decision.outcome == "held":
            human = comment_approve(comment_id=comment.pk, moderator=moderator)
            assert human.model_version == decision.model_version
    finally:
        get_scorer.cache_clear()
    assert ModerationDecision.objects.filter(model_version="").count() == 0

    assert main(["models", "rollback"]) == 0
    assert store.active_version() == "blind.v0"
    assert "active: blind.v0" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.startswith("* blind.v0 ") for line in listed].count(True) == 1
    assert any(line.startswith(f"  {active} ") for line in listed)
