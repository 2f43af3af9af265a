"""``manage.py sweep_pending``: enqueue again comments whose moderation never happened.

The same sweep ``tribune beat`` runs every ``TRIBUNE_SWEEP_INTERVAL`` seconds; run it
from cron instead where no beat process is wanted.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tribune.moderation.services import comment_requeue_stale


class Command(BaseCommand):
    help = "Enqueue moderation again for comments pending and never moderated for too long."

    def add_arguments(self, parser: CommandParser) -> None:
        conf = settings.TRIBUNE_SWEEP
        parser.add_argument(
            "--older-than", type=int, default=conf["GRACE_SECONDS"], help="seconds a comment may wait"
        )
        parser.add_argument("--limit", type=int, default=conf["LIMIT"], help="most comments per run")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["older_than"] < 0 or options["limit"] < 1:
            raise CommandError("--older-than must be >= 0 and --limit >= 1")
        handed = comment_requeue_stale(
            older_than=timedelta(seconds=options["older_than"]), limit=options["limit"]
        )
        self.stdout.write(f"enqueued {handed} stale pending comments")
