"""Admin for API tokens: list and revoke (delete); tokens are created with ``manage.py api_token``."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from tribune.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "created_at", "last_used_at")
    list_filter = ("created_at",)
    search_fields = ("name", "user__username")
    readonly_fields = ("user", "key", "name", "created_at", "last_used_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        # A token made here could never be shown in plain; the command prints it once.
        return False
