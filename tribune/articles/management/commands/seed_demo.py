"""``manage.py seed_demo``: load the demo articles and a moderator account."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tribune.articles.services import article_seed_demo
from tribune.moderation.demo import demo_comments_post, demo_moderator_ensure


class Command(BaseCommand):
    help = "Create the demo articles, demo comments and the demo moderator (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-comments", action="store_true", help="skip the demo comments")

    def handle(self, *args: Any, **options: Any) -> None:
        articles = article_seed_demo()
        self.stdout.write(f"{len(articles)} demo articles")
        if not options["no_comments"]:
            posted = demo_comments_post(articles=articles)
            self.stdout.write(f"{posted} demo comments posted through moderation")
        login = demo_moderator_ensure()
        self.stdout.write(f"moderator login: {login.username} / {login.password}")
