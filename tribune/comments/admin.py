from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tribune.comments.models import Comment


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """Comments are read here; decisions go through the moderation dashboard."""

    list_display = ("author_name", "article", "status", "language", "risk", "submitted_at")
    list_filter = ("status", "language")
    search_fields = ("body", "author_name")
    readonly_fields = [f.name for f in Comment._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.method in ("GET", "HEAD") and super().has_change_permission(request, obj)
