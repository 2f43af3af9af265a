from django.contrib import admin

from tribune.appeals.models import Appeal
from tribune.core.admin_readonly import BrowseOnlyAdmin


@admin.register(Appeal)
class AppealAdmin(BrowseOnlyAdmin):
    """Read-only: appeals are decided in the moderation dashboard."""

    list_display = ("comment", "status", "rejected_by", "decided_by", "created_at", "decided_at")
    list_filter = ("status",)
