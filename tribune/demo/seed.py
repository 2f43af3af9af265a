"""Everything ``tribune serve`` loads: the demo articles, their comments and history, the moderator."""

from __future__ import annotations

from dataclasses import dataclass

from tribune.demo.articles import article_seed_demo
from tribune.demo.comments import demo_comments_seed
from tribune.demo.moderator import Login, demo_moderator_ensure


@dataclass(frozen=True)
class Seeded:
    articles: int
    comments: int
    login: Login


def seed_demo(*, comments: bool = True, history: bool = True, days: int = 14) -> Seeded:
    """Load the demo (idempotent); ``history`` adds the past ``days`` of decided comments."""
    articles = article_seed_demo()
    posted = demo_comments_seed(articles=articles, days=days, history=history) if comments else 0
    return Seeded(articles=len(articles), comments=posted, login=demo_moderator_ensure())
