"""Page slicing for list endpoints: ``{count, page, page_size, items}``.

    return paginate(comment_list_published(article=article), page=2, page_size=20)

A page past the end is empty rather than an error, so clients can stop on
an empty ``items``.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def paginate(queryset: QuerySet[Any], *, page: int, page_size: int) -> dict[str, Any]:
    start = (page - 1) * page_size
    count = queryset.count()
    # Past the end nothing is read: a huge page number would overflow the database's OFFSET.
    items = list(queryset[start : start + page_size]) if start < count else []
    return {"count": count, "page": page, "page_size": page_size, "items": items}
