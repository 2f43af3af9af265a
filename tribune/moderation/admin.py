from django.contrib import admin
from django.http import HttpRequest

from tribune.core.admin_readonly import BrowseOnlyAdmin, ReadOnlyAdmin
from tribune.moderation.models import AuthorAction, ModerationConfig, ModerationDecision, ModeratorNote


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(ReadOnlyAdmin):
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


@admin.register(ModerationConfig)
class ModerationConfigAdmin(admin.ModelAdmin):
    list_display = ("__str__", "auto_approve", "rate_limit_per_author", "rate_limit_per_ip", "updated_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not ModerationConfig.objects.exists()


@admin.register(AuthorAction)
class AuthorActionAdmin(BrowseOnlyAdmin):
    list_display = ("author_key", "kind", "moderator", "reason", "created_at")
    list_filter = ("kind",)
    search_fields = ("author_key", "reason")


@admin.register(ModeratorNote)
class ModeratorNoteAdmin(BrowseOnlyAdmin):
    list_display = ("comment", "author", "body", "created_at")
    search_fields = ("body",)
