"""The scorer benchmark's realistic mix finds its articles (the demo newsroom's, one per language)."""

from __future__ import annotations

from bench.bench_scorer import SHARES, _articles


def test_every_language_of_the_mix_has_a_demo_article() -> None:
    articles = _articles()
    assert set(SHARES) <= set(articles)
    assert all(len(text.split()) > 20 for text in articles.values())
