"""Demo articles for development, screenshots and manual moderation testing.

The articles themselves are plain data in ``tribune.demo.content.articles``;
``article_seed_demo`` stores the ones missing.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from tribune.articles.models import Article
from tribune.demo.content.articles import DEMO_ARTICLES


@transaction.atomic
def article_seed_demo() -> list[Article]:
    """Create the demo articles that do not exist yet (matched by slug); return all of them."""
    articles = []
    for item in DEMO_ARTICLES:
        article, _ = Article.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": item["title"],
                "lead": item["lead"],
                "body": item["body"],
                "language": item["language"],
                "published_at": datetime.fromisoformat(item["published_at"]),
            },
        )
        articles.append(article)
    return articles
