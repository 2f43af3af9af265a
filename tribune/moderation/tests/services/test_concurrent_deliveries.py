"""Duplicate deliveries racing on two connections decide once (PostgreSQL row locks).

SQLite serialises writers itself; the race that matters is two workers on PostgreSQL,
so this runs only with ``TRIBUNE_DB=postgres`` (scripts/test.sh's second pass).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, connections

from tests.factories import comment_row
from tribune.comments.enums import CommentStatus
from tribune.moderation.services import comment_moderate

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs TRIBUNE_DB=postgres"),
]


def test_simultaneous_duplicate_tasks_write_one_decision(article: Any, fake_scorer: Any) -> None:
    comment = comment_row(article=article, body="The author is an idiot")
    start = threading.Barrier(4)
    results: list[Any] = []

    def deliver() -> None:
        try:
            start.wait(10)
            results.append(comment_moderate(comment_id=comment.pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    assert comment.decisions.count() == 1
    assert sum(r is not None for r in results) == 1
