"""``manage.py seed_insights_demo``: two weeks of demo comments and moderator decisions for the insights pages."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tribune.articles.services import article_seed_demo
from tribune.insights.demo import insights_demo_seed


class Command(BaseCommand):
    help = "Post demo comments into the past and decide the held ones as a moderator (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--days", type=int, default=14, help="how many past days to fill (default 14)")
        parser.add_argument("--per-day", type=int, default=8, help="comments per day (default 8)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["days"] < 1 or options["per_day"] < 1:
            self.stderr.write("--days and --per-day must be at least 1")
            raise SystemExit(2)
        posted = insights_demo_seed(
            articles=article_seed_demo(), days=options["days"], per_day=options["per_day"]
        )
        self.stdout.write(f"{posted} demo comments posted into the past for the insights pages")
