"""Demo history for the insights pages: two weeks of comments, decided by Tribune and by a moderator.

Every demo comment goes through ``comment_submit`` and the real pipeline, so
the model's scores and decisions are genuine; a moderator (the demo account)
then decides the ones the pipeline held, as written in ``DEMO_HISTORY``
(sometimes disagreeing with the model). Afterwards each comment and its
decisions are moved back in time by the same offset, so the charts have days
to show; the waits between posting and deciding are kept (the model's
measured latency, and a moderator's delay of minutes to hours). The last
day's held comments stay pending for the queue.

    insights_demo_seed(articles=Article.objects.all())   # idempotent: does nothing the second time
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from django.contrib.auth.models import Permission
from django.db.models import F
from django.utils import timezone

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_submit
from tribune.moderation.demo import demo_moderator_ensure
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_approve, comment_reject
from tribune.moderation.services.moderate import comment_moderate

DEMO_EMAIL_DOMAIN = "insights-demo.invalid"
APPROVE = "approve"

# (language, text, what the demo moderator decides if the comment is held) — written for this demo.
DEMO_HISTORY: tuple[tuple[str, str, str], ...] = (
    ("en", "The council should publish the full budget so residents can judge the cuts themselves.", APPROVE),
    ("en", "You are a pathetic moron and everyone here knows it.", "personal_attack"),
    ("en", "Good reporting. I would like to know what the opposition said about this.", APPROVE),
    ("en", "Earn $500 a day from home!!! Message me on WhatsApp +1 555 0100 now", "promotion"),
    ("ar", "تقرير مفيد، شكرا للصحفي على التفاصيل الدقيقة.", APPROVE),
    ("en", "My street flooded last winter too; the drains have not been cleaned in years.", APPROVE),
    ("en", "Someone should put a bullet in that judge.", "threat"),
    ("tr", "Belediye bu konuda daha şeffaf olmalı, bilgiler eksik.", APPROVE),
    ("en", "This is a stupid decision by the council and they will regret it.", APPROVE),
    ("en", "Shut up, you clueless idiot, nobody asked for your opinion.", "personal_attack"),
    ("fa", "گزارش خوبی بود، ممنون از نویسنده.", APPROVE),
    ("en", "Is there a date for the public consultation? I could not find it on the council site.", APPROVE),
    ("en", "Immigrants like these are vermin and should be thrown out of the country.", "abuse"),
    ("ckb", "زۆر سوپاس بۆ ئەم ڕاپۆرتە، زانیاری باشی تێدایە.", APPROVE),
    ("en", "What a load of crap, this paper gets worse every week.", "profanity"),
    ("en", "I disagree with the minister, but this article explains both sides fairly.", APPROVE),
    ("ar", "أنت غبي ولا تفهم شيئا مما كتب هنا.", "personal_attack"),
    ("en", "Does anyone know a good recipe for lemon cake? Mine always sinks in the middle.", "off_topic"),
    ("kmr", "Gelek spas ji bo vê nûçeyê, agahiyên baş tê de hene.", APPROVE),
    ("en", "Thanks for the update on the repairs, the detour has been a nightmare for weeks.", APPROVE),
    ("en", "I know where you live and you will pay for writing this.", "threat"),
    ("tr", "Sen tam bir aptalsın, sus artık.", "personal_attack"),
    ("en", "The numbers in the second paragraph do not add up; could you check them?", APPROVE),
    ("en", "Best crypto signals, join t.me/cryptowins today for guaranteed profits", "promotion"),
    ("en", "Women should not be allowed to vote on this, they are too emotional.", "abuse"),
    ("fa", "تو یک احمق هستی و هیچ چیز نمی‌دانی.", "personal_attack"),
    ("en", "These idiots in the ministry never learn anything from their mistakes.", APPROVE),
    ("en", "My cat just learned to open the fridge, unbelievable.", "off_topic"),
    ("en", "Fucking useless politicians, every single one of them.", "profanity"),
    ("en", "Why did the report not mention the earlier inspection from 2019?", APPROVE),
)


def _moderator() -> object:
    """The demo moderator, allowed to tune thresholds too."""
    from django.contrib.auth import get_user_model

    login = demo_moderator_ensure()
    user = get_user_model().objects.get(username=login.username)
    user.user_permissions.add(
        Permission.objects.get(codename="tune_thresholds", content_type__app_label="insights")
    )
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


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


def _decide(comment_id: int, verdict: str, moderator: object, delay: timedelta) -> None:
    if verdict == APPROVE:
        comment_approve(comment_id=comment_id, moderator=moderator)  # type: ignore[arg-type]
    else:
        comment_reject(comment_id=comment_id, moderator=moderator, guidelines=[verdict])  # type: ignore[arg-type]
    decision = ModerationDecision.objects.filter(comment_id=comment_id, moderator__isnull=False).latest("id")
    offset = delay - (decision.created_at - Comment.objects.get(pk=comment_id).submitted_at)
    ModerationDecision.objects.filter(pk=decision.pk).update(created_at=F("created_at") + offset)
    Comment.objects.filter(pk=comment_id).update(decided_at=F("decided_at") + offset)


def insights_demo_seed(*, articles: Sequence[Article], days: int = 14, per_day: int = 8) -> int:
    """Post ``days`` × ``per_day`` demo comments into the past; return how many (0 if done before)."""
    if not articles or Comment.objects.filter(author_email__endswith=f"@{DEMO_EMAIL_DOMAIN}").exists():
        return 0
    moderator = _moderator()
    by_language: dict[str, list[Article]] = {}
    for article in articles:
        by_language.setdefault(article.language, []).append(article)
    fallback = by_language.get("en") or list(articles)
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    n = 0
    for day in range(days, 0, -1):
        for slot in range(per_day):
            language, text, verdict = DEMO_HISTORY[n % len(DEMO_HISTORY)]
            choices = by_language.get(language) or fallback
            comment = comment_submit(
                article=choices[n % len(choices)],
                author_name=f"Reader {n + 1}",
                author_email=f"reader{n + 1}@{DEMO_EMAIL_DOMAIN}",
                body=text,
                ip_address=f"198.51.100.{n % 250 + 1}",
            )
            comment_moderate(comment_id=comment.pk)  # already done when tasks run inline; idempotent
            posted = today - timedelta(days=day - 1) + timedelta(hours=7, minutes=slot * 97 + (n * 13) % 40)
            _shift(comment.pk, posted)
            still_pending = Comment.objects.filter(pk=comment.pk, status=CommentStatus.PENDING).exists()
            if still_pending and day > 1:
                _decide(comment.pk, verdict, moderator, _human_delay(n))
            n += 1
    return n
