"""``manage.py export_decisions OUT``: moderators' decisions as JSONL training data."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand

from tribune.moderation.feedback import feedback_rows


class Command(BaseCommand):
    help = "Write every human moderation decision as one JSON line (text, article, labels)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("output", help="JSONL file to write")
        parser.add_argument("--since-id", type=int, default=0, help="only decisions after this id")

    def handle(self, *args: Any, **options: Any) -> None:
        count = 0
        with open(options["output"], "w", encoding="utf-8") as out:
            for row in feedback_rows(since_id=options["since_id"]):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        self.stdout.write(f"wrote {count} moderator decisions to {options['output']}")
