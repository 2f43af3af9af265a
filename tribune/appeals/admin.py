from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tribune.appeals.models import Appeal


@admin.register(Appeal)
class AppealAdmin(admin.ModelAdmin):
    """Read-only: appeals are decided in the moderation dashboard."""

    list_display = ("comment", "status", "rejected_by", "decided_by", "created_at", "decided_at")
    list_filter = ("status",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.method in ("GET", "HEAD") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
