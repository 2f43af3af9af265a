"""Read-only admin views of the overrides and their audit trail.

Changes go through the tuning screen only (``/moderation/insights/thresholds/``),
so every one is previewed, confirmed and audited.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tribune.insights.models import ThresholdChange, ThresholdOverride


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ThresholdOverride)
class ThresholdOverrideAdmin(_ReadOnly):
    list_display = ("guideline", "reject", "review", "updated_by", "updated_at")


@admin.register(ThresholdChange)
class ThresholdChangeAdmin(_ReadOnly):
    list_display = (
        "id",
        "guideline",
        "old_reject",
        "old_review",
        "new_reject",
        "new_review",
        "changed_by",
        "changed_at",
    )
    list_filter = ("guideline",)
    search_fields = ("note",)
