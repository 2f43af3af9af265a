"""The demo comments themselves: written for their article, in its language, and never a published violation."""

from __future__ import annotations

from tribune.demo.articles import DEMO_ARTICLES
from tribune.demo.content import APPROVE, demo_comments_by_slug
from tribune.ml import ScoreInput, get_scorer
from tribune.ml.labels import Decision
from tribune.moderation.decision import rule
from tribune.moderation.enums import Guideline

ARTICLES = {a["slug"]: a for a in DEMO_ARTICLES}


def test_every_article_has_its_own_varied_comments() -> None:
    pools = demo_comments_by_slug()
    assert set(pools) == set(ARTICLES)
    texts = [c.text for pool in pools.values() for c in pool]
    assert len(texts) == len(set(texts))
    for pool in pools.values():
        assert len(pool) >= 10 and any(c.today for c in pool) and any(not c.today for c in pool)
        assert sum(c.verdict == APPROVE for c in pool) > len(pool) / 2


def test_verdicts_are_guidelines() -> None:
    codes = {str(g) for g in Guideline} | {APPROVE}
    assert {c.verdict for pool in demo_comments_by_slug().values() for c in pool} <= codes


def test_the_shipped_model_publishes_no_demo_violation() -> None:
    """A demo violation that the live model approves would be published under the article: rewrite it."""
    items, expected = [], []
    for slug, pool in demo_comments_by_slug().items():
        article = ARTICLES[slug]
        for comment in pool:
            items.append(
                ScoreInput(
                    text=comment.text, article="\n".join((article["title"], article["lead"], article["body"]))
                )
            )
            expected.append(comment)
    scorer = get_scorer()
    decisions = [rule(j, scorer.policy).decision for j in scorer.judge(items)]
    published = [
        c.text for c, d in zip(expected, decisions) if c.verdict != APPROVE and d == Decision.APPROVE
    ]
    assert published == []
