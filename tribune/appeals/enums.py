"""Where an appeal stands."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppealStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a moderator")
    """Filed; in the dashboard's appeals queue."""
    UPHELD = "upheld", _("Rejection upheld")
    """A second moderator kept the rejection."""
    GRANTED = "granted", _("Granted")
    """A second moderator published the comment (unedited)."""
