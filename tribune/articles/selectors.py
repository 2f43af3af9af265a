"""Reads of articles."""

from __future__ import annotations

from django.db.models import QuerySet

from tribune.articles.models import Article


def article_list() -> QuerySet[Article]:
    return Article.objects.order_by("-published_at")


def article_get(*, slug: str) -> Article | None:
    return Article.objects.filter(slug=slug).first()
