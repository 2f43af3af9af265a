"""The reader's article list (an article's own page, with its comments, is ``tribune.comments.views``)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tribune.articles.selectors import article_list


def home(request: HttpRequest) -> HttpResponse:
    """Templates: ``articles/article_list.html``. Context: ``articles``."""
    return render(request, "articles/article_list.html", {"articles": article_list()})
