"""Post the demo comments through the real pipeline: the past ones decided and moved back in time.

Every comment goes through ``comment_submit`` and the real pipeline, so the
model's scores and decisions are genuine; the demo moderator then decides the
past comments the pipeline held, as written in their ``verdict`` (the waits
between posting and deciding look like a moderator's). Today's held comments
stay pending for the queue. Each text is posted once, under the article it was
written for.

    demo_comments_seed(articles=article_seed_demo(), days=14)   # idempotent: 0 the second time
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F
from django.utils import timezone

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_submit
from tribune.demo.content import APPROVE, DemoComment, demo_comments_by_slug
from tribune.demo.moderator import demo_moderator
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_approve, comment_reject
from tribune.moderation.services.moderate import comment_moderate

DEMO_EMAIL_DOMAIN = "readers-demo.invalid"


def demo_comments_present() -> bool:
    return Comment.objects.filter(author_email__endswith=f"@{DEMO_EMAIL_DOMAIN}").exists()


def _shift(comment_id: int, to: datetime) -> None:
    """Move a comment and its decisions so that it was posted at ``to``; waits stay as they were."""
    posted = Comment.objects.values_list("submitted_at", flat=True).get(pk=comment_id)
    offset = to - posted
    Comment.objects.filter(pk=comment_id).update(
        submitted_at=F("submitted_at") + offset,
        decided_at=F("decided_at") + offset,
        moderated_at=F("moderated_at") + offset,
    )
    ModerationDecision.objects.filter(comment_id=comment_id).update(created_at=F("created_at") + offset)


def _human_delay(n: int) -> timedelta:
    """A moderator's wait, varied but repeatable: 4 minutes to about 6 hours."""
    return timedelta(minutes=4 + (n * 53) % 360)


def _decide(comment_id: int, verdict: str, moderator: AbstractBaseUser, delay: timedelta) -> None:
    if verdict == APPROVE:
        comment_approve(comment_id=comment_id, moderator=moderator)
    else:
        comment_reject(comment_id=comment_id, moderator=moderator, guidelines=[verdict])
    decision = ModerationDecision.objects.filter(comment_id=comment_id, moderator__isnull=False).latest("id")
    offset = delay - (decision.created_at - Comment.objects.get(pk=comment_id).submitted_at)
    ModerationDecision.objects.filter(pk=decision.pk).update(created_at=F("created_at") + offset)
    Comment.objects.filter(pk=comment_id).update(decided_at=F("decided_at") + offset)


def _post(article: Article, item: DemoComment, n: int) -> Comment:
    comment = comment_submit(
        article=article,
        author_name=item.author,
        author_email=f"reader{n}@{DEMO_EMAIL_DOMAIN}",
        body=item.text,
        ip_address=f"198.51.100.{n % 250 + 1}",
    )
    comment_moderate(comment_id=comment.pk)  # already done when tasks run inline; idempotent
    return comment


def _past_times(article: Article, count: int, days: int, now: datetime) -> list[datetime]:
    """``count`` posting times spread from ``days`` ago (or the day after publication) to yesterday."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    first = max(midnight - timedelta(days=days), article.published_at + timedelta(hours=2))
    span = max(midnight - timedelta(hours=1) - first, timedelta(hours=1))
    return [first + span * (i + 0.5) / count + timedelta(minutes=(i * 37) % 50) for i in range(count)]


def demo_comments_seed(*, articles: Sequence[Article], days: int = 14, history: bool = True) -> int:
    """Post each demo article's comments (the past ones only if ``history``); return how many (0 if done before)."""
    if not articles or demo_comments_present():
        return 0
    pools = demo_comments_by_slug()
    moderator = demo_moderator() if history else None
    now = timezone.localtime()
    n = 0
    for article in articles:
        pool = pools.get(article.slug, ())
        past = [c for c in pool if not c.today] if history else []
        today = [c for c in pool if c.today]
        for item, when in zip(past, _past_times(article, len(past), days, now)):
            n += 1
            comment = _post(article, item, n)
            _shift(comment.pk, when)
            if moderator and Comment.objects.filter(pk=comment.pk, status=CommentStatus.PENDING).exists():
                _decide(comment.pk, item.verdict, moderator, _human_delay(n))
        for index, item in enumerate(today):
            n += 1
            comment = _post(article, item, n)
            _shift(comment.pk, now - timedelta(minutes=23 * (len(today) - index)))
    return n
