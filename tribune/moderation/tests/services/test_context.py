"""``comment_history``: the counts and texts the rate-limit and duplicate steps read."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import comment_row
from tribune.moderation.conf import get_settings
from tribune.moderation.services.context import comment_history

pytestmark = pytest.mark.django_db


def test_history_counts_only_earlier_comments_in_their_windows(article: Any) -> None:
    now = timezone.now()
    conf = get_settings()
    old = now - timedelta(seconds=conf.rate_limit_window_seconds + 60)
    mine = {"author_key": "me", "ip_address": "203.0.113.5"}
    comment_row(article=article, body="first", submitted_at=now - timedelta(seconds=30), **mine)
    comment_row(article=article, body="outside the rate window", submitted_at=old, **mine)
    comment_row(article=article, body="later", submitted_at=now + timedelta(seconds=30), **mine)
    comment_row(article=article, author_key="other", ip_address="203.0.113.5", submitted_at=now)
    for key in ("a", "b", "b"):
        comment_row(
            article=article, author_key=key, fingerprint="same", submitted_at=now - timedelta(seconds=5)
        )
    comment = comment_row(article=article, body="now", fingerprint="same", submitted_at=now, **mine)

    with CaptureQueriesContext(connection) as queries:
        history = comment_history(comment=comment, conf=conf)

    assert history.by_author_recent == 1
    assert history.by_ip_recent == 2
    assert history.same_text_authors == 2, "distinct other authors of the same text"
    assert history.author_recent_texts == ("first", "outside the rate window")
    assert len(queries) == 2


def test_history_without_an_address_counts_no_address(article: Any) -> None:
    comment_row(article=article, ip_address=None)
    comment = comment_row(article=article, ip_address=None)
    assert comment_history(comment=comment, conf=get_settings()).by_ip_recent == 0
