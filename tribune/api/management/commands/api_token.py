"""``manage.py api_token <username> [--name N]``: print a new API token once.

The token carries the user's permissions; moderator endpoints need
``moderation.can_moderate``. Only its hash is stored, so copy it now.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tribune.api.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is shown only once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="a label to tell tokens apart")

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        user = user_model.objects.filter(**{user_model.USERNAME_FIELD: options["username"]}).first()
        if user is None:
            raise CommandError(f"No user {options['username']!r}.")
        if not user.has_perm("moderation.can_moderate"):
            self.stderr.write(
                f"Note: {user} lacks moderation.can_moderate; moderator endpoints will answer 403."
            )
        _, plain = api_token_create(user=user, name=options["name"])
        self.stdout.write(plain)
