from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tribune.moderation.models import AuthorAction, ModerationConfig, ModerationDecision, ModeratorNote


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(admin.ModelAdmin):
    """Read-only: the audit trail is never edited."""

    list_display = (
        "comment",
        "outcome",
        "decided_by",
        "moderator",
        "guidelines",
        "model_version",
        "created_at",
    )
    list_filter = ("outcome", "decided_by")
    search_fields = ("comment__body", "note")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ModerationConfig)
class ModerationConfigAdmin(admin.ModelAdmin):
    list_display = ("__str__", "auto_approve", "rate_limit_per_author", "rate_limit_per_ip", "updated_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not ModerationConfig.objects.exists()


class _ReadOnlyAdmin(admin.ModelAdmin):
    """Append-only trails: read here, written only through the dashboard's services."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.method in ("GET", "HEAD") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuthorAction)
class AuthorActionAdmin(_ReadOnlyAdmin):
    list_display = ("author_key", "kind", "moderator", "reason", "created_at")
    list_filter = ("kind",)
    search_fields = ("author_key", "reason")


@admin.register(ModeratorNote)
class ModeratorNoteAdmin(_ReadOnlyAdmin):
    list_display = ("comment", "author", "body", "created_at")
    search_fields = ("body",)
