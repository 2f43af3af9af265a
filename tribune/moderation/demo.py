"""Demo data for ``tribune serve``: a moderator account and comments that show the pipeline.

The demo comments go through ``comment_submit`` like any reader's, so the
demo shows real decisions: some published, some rejected, some held.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction

from tribune.articles.models import Article
from tribune.comments.models import Comment
from tribune.comments.services import comment_submit

DEMO_USERNAME = "moderator"

# (language of the article to post under, author, text) — written for this demo.
DEMO_COMMENTS: tuple[tuple[str, str, str], ...] = (
    ("en", "Layla", "Thanks for the clear account of the strike and of the launcher being found."),
    ("en", "Sam K.", "The paper should have asked the coalition why the base's defences failed again."),
    ("en", "Tom", "Anyone who believes this report is a complete idiot."),
    ("en", "promo99", "Cheap watches!!! Visit www.best-watch-deals.example and use code NEWS20"),
    ("en", "Reader", "Someone should shoot the editor for publishing this."),
    ("ckb", "ئاران", "سوپاس بۆ ئەم هەواڵە، پڕۆژەی ئاو زۆر گرنگە بۆ شارەکە."),
    ("kmr", "Berfîn", "Spas ji bo nûçeyê, festîvala Newrozê her sal xweştir dibe."),
    ("ar", "سلمى", "شكرا على التقرير، أتمنى أن يزور معرض الكتاب عدد أكبر من الطلاب هذا العام."),
    ("tr", "Deniz", "Tatbikat çok faydalı, her okulda düzenli yapılmalı."),
    ("fa", "نگار", "ممنون از گزارش، آلودگی هوا واقعا نگران کننده است."),
)


@dataclass(frozen=True)
class Login:
    username: str
    password: str


def _password_file() -> Path:
    return Path(settings.VAR_DIR) / "demo-moderator.txt"


@transaction.atomic
def demo_moderator_ensure() -> Login:
    """Create the demo moderator once; its password is kept in ``var/`` so it can be shown again."""
    users = get_user_model()
    path = _password_file()
    user = users.objects.filter(username=DEMO_USERNAME).first()
    if user is not None and path.exists():
        return Login(DEMO_USERNAME, path.read_text(encoding="utf-8").strip())
    password = secrets.token_urlsafe(9)
    if user is None:
        user = users.objects.create_user(username=DEMO_USERNAME, password=password, is_staff=True)
    else:
        user.set_password(password)
        user.save(update_fields=["password"])
    user.user_permissions.add(
        Permission.objects.get(codename="can_moderate", content_type__app_label="moderation")
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)
    return Login(DEMO_USERNAME, password)


def demo_comments_post(*, articles: list[Article]) -> int:
    """Post the demo comments under the first article of each language, once."""
    if Comment.objects.exists():
        return 0
    by_language: dict[str, Article] = {}
    for article in articles:
        by_language.setdefault(article.language, article)
    posted = 0
    for index, (language, author, text) in enumerate(DEMO_COMMENTS):
        article = by_language.get(language)
        if article is None:
            continue
        comment_submit(article=article, author_name=author, body=text, ip_address=f"192.0.2.{index + 1}")
        posted += 1
    return posted
