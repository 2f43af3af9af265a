"""Test doubles and factories shared by the test suites (outside the package: never shipped)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tribune.ml import SCORE_KEYS, Judgement, Label, ScoreInput
from tribune.ml.policy import DecisionPolicy


@dataclass
class FakeScorer:
    """Scores a comment by the first ``rules`` substring it contains; otherwise all zeros.

    rules (Mapping[str, Mapping[str, float]]): substring -> scores to set.
    calls (list[ScoreInput]): every input judged, for assertions.
    """

    rules: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    fail: bool = False
    version: str = "fake-scorer.v1"
    policy: DecisionPolicy = field(default_factory=DecisionPolicy.default)
    calls: list[ScoreInput] = field(default_factory=list)

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        if self.fail:
            raise RuntimeError("scorer is down")
        self.calls.extend(items)
        return [self._one(item) for item in items]

    def _one(self, item: ScoreInput) -> Judgement:
        scores = {str(k): 0.0 for k in SCORE_KEYS}
        for needle, values in self.rules.items():
            if needle in item.text:
                scores.update(values)
                break
        scores[str(Label.REJECT)] = max(scores.values())
        return Judgement(scores, item.lang or "en", (), self.version)


def step_settings(**overrides: Any) -> Any:
    """A ``ModerationSettings`` with the defaults, for step tests without Django settings."""
    from tribune.moderation.conf import DEFAULTS, ModerationSettings

    values = {
        "steps": tuple(DEFAULTS["STEPS"]),
        "auto_approve": True,
        "min_length": DEFAULTS["MIN_LENGTH"],
        "max_length": DEFAULTS["MAX_LENGTH"],
        "rate_limit_per_author": DEFAULTS["RATE_LIMIT_PER_AUTHOR"],
        "rate_limit_per_ip": DEFAULTS["RATE_LIMIT_PER_IP"],
        "rate_limit_window_seconds": DEFAULTS["RATE_LIMIT_WINDOW_SECONDS"],
        "duplicate_window_seconds": DEFAULTS["DUPLICATE_WINDOW_SECONDS"],
        "duplicate_similarity": DEFAULTS["DUPLICATE_SIMILARITY"],
        "step_timeout": DEFAULTS["STEP_TIMEOUT_SECONDS"],
        "pipeline_version": DEFAULTS["PIPELINE_VERSION"],
    }
    values.update(overrides)
    return ModerationSettings(**values)


def make_input(text: str, **overrides: Any) -> Any:
    from tribune.moderation.pipeline.types import CommentInput

    values: dict[str, Any] = {
        "id": 1,
        "text": text,
        "author_key": "author-1",
        "ip_address": "192.0.2.1",
        "submitted_at": datetime(2026, 11, 24, tzinfo=UTC),
    }
    values.update(overrides)
    return CommentInput(**values)


def make_context(*, scorer: Any = None, history: Any = None, open_: bool = True, **settings: Any) -> Any:
    from tribune.moderation.pipeline.types import Context, History

    return Context(
        article_text="Rockets hit an air base in western Iraq; the launcher truck was seized.",
        article_language="en",
        article_accepted_at_submission=open_,
        history=history or History(),
        settings=step_settings(**settings),
        scorer=scorer or FakeScorer(),
    )


_rows = itertools.count(1)


def article_row(slug: str, title: str, body: str, **fields: Any) -> Any:
    """Insert an English article open for comments (``fields`` override the rest)."""
    from tribune.articles.models import Article

    return Article.objects.create(slug=slug, title=title, body=body, **{"language": "en", **fields})


def comment_row(*, article: Any, body: str = "A fair point about the story.", **fields: Any) -> Any:
    """Insert a comment directly (no pipeline run), pending unless ``fields`` say otherwise."""
    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment

    n = next(_rows)
    values: dict[str, Any] = {
        "article": article,
        "author_name": f"Reader {n}",
        "author_key": f"author-{n}",
        "body": body,
        "language": "en",
        "fingerprint": f"fp-{n}",
        "status": CommentStatus.PENDING,
    }
    values.update(fields)
    return Comment.objects.create(**values)


def moderator_create(*, username: str, password: str) -> Any:
    """A user holding ``moderation.can_moderate`` (fetched again so permission caches are fresh)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(username=username, password=password)
    user.user_permissions.add(
        Permission.objects.get(codename="can_moderate", content_type__app_label="moderation")
    )
    return get_user_model().objects.get(pk=user.pk)


def redis_test_url(default_db: int) -> str:
    """The Redis a service test uses: ``$TRIBUNE_TEST_REDIS_URL``, else local database ``default_db``."""
    return os.environ.get("TRIBUNE_TEST_REDIS_URL", f"redis://127.0.0.1:6379/{default_db}")


def redis_up(url: str) -> bool:
    """Whether the Redis at ``url`` answers a ping within a second (service tests skip when it does not)."""
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001  any failure means "not up": the service test skips
        return False


def browser_login(browser: Any, base_url: str, user: Any) -> None:
    """Sign ``user`` in to a Selenium ``browser`` on the site at ``base_url`` by session cookie (no login form)."""
    from django.conf import settings
    from django.test import Client

    session = Client()
    session.force_login(user)
    browser.get(base_url + "/accounts/login/")
    cookie = session.cookies[settings.SESSION_COOKIE_NAME].value
    browser.add_cookie({"name": settings.SESSION_COOKIE_NAME, "value": cookie})
