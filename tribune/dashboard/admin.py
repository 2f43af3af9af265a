from django.contrib import admin

from tribune.moderation.models import ModeratorProfile


@admin.register(ModeratorProfile)
class ModeratorProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "languages", "updated_at")
    search_fields = ("user__username",)
