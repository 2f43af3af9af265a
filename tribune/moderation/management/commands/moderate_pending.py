"""``manage.py moderate_pending``: finish moderation interrupted by a crash or restart."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tribune.moderation.services import comment_moderate_unfinished


class Command(BaseCommand):
    help = "Run the pipeline on pending comments it never finished."

    def handle(self, *args: Any, **options: Any) -> None:
        done = comment_moderate_unfinished()
        self.stdout.write(f"moderated {done} unfinished comments")
