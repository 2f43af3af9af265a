"""Read-only admin views of the overrides and their audit trail.

Changes go through the tuning screen only (``/moderation/insights/thresholds/``),
so every one is previewed, confirmed and audited.
"""

from __future__ import annotations

from django.contrib import admin

from tribune.core.admin_readonly import ReadOnlyAdmin
from tribune.insights.models import ThresholdChange, ThresholdOverride


@admin.register(ThresholdOverride)
class ThresholdOverrideAdmin(ReadOnlyAdmin):
    list_display = ("guideline", "reject", "review", "updated_by", "updated_at")


@admin.register(ThresholdChange)
class ThresholdChangeAdmin(ReadOnlyAdmin):
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
