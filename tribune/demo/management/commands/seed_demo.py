"""``manage.py seed_demo``: the demo articles, readers' comments, two weeks of history and a moderator."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tribune.demo.seed import seed_demo


class Command(BaseCommand):
    help = (
        "Create the demo articles, the comments readers left under them (posted through moderation), "
        "the past days of decided comments for the insights pages, and the demo moderator (idempotent)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-comments", action="store_true", help="skip the demo comments")
        parser.add_argument(
            "--no-history", action="store_true", help="only today's comments, not the past days' decided ones"
        )
        parser.add_argument(
            "--days", type=int, default=14, help="how many past days the history spans (default 14)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["days"] < 1:
            raise CommandError("--days must be at least 1")
        seeded = seed_demo(
            comments=not options["no_comments"], history=not options["no_history"], days=options["days"]
        )
        self.stdout.write(f"{seeded.articles} demo articles")
        self.stdout.write(f"{seeded.comments} demo comments posted through moderation")
        self.stdout.write(f"moderator login: {seeded.login.username} / {seeded.login.password}")
