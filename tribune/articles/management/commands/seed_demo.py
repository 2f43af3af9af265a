"""``manage.py seed_demo``: load the demo articles and a moderator account."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from tribune.articles.services import article_seed_demo
from tribune.moderation.demo import demo_comments_post, demo_moderator_ensure


class Command(BaseCommand):
    help = "Create the demo articles, demo comments and the demo moderator (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-comments", action="store_true", help="skip the demo comments")
        parser.add_argument(
            "--no-history", action="store_true", help="skip the two weeks of decided comments for the insights pages"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        articles = article_seed_demo()
        self.stdout.write(f"{len(articles)} demo articles")
        if not options["no_comments"]:
            posted = demo_comments_post(articles=articles)
            self.stdout.write(f"{posted} demo comments posted through moderation")
        if not options["no_comments"] and not options["no_history"]:
            call_command("seed_insights_demo", stdout=self.stdout)
        login = demo_moderator_ensure()
        self.stdout.write(f"moderator login: {login.username} / {login.password}")
