"""The demo moderator account; its password is kept in ``var/`` so ``tribune serve`` can show it again."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Permission
from django.db import transaction

DEMO_USERNAME = "moderator"


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


def demo_moderator() -> AbstractBaseUser:
    """The demo moderator as a user, allowed to tune thresholds too (a fresh permission cache)."""
    login = demo_moderator_ensure()
    users = get_user_model()
    user = users.objects.get(username=login.username)
    user.user_permissions.add(
        Permission.objects.get(codename="tune_thresholds", content_type__app_label="insights")
    )
    return users.objects.get(pk=user.pk)
