"""Admin bases for records written only through services (audit trails): the admin may read, never write."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest


class ReadOnlyAdmin(admin.ModelAdmin):
    """No adding, changing or deleting here; who may list and view follows Django's view permission."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class BrowseOnlyAdmin(ReadOnlyAdmin):
    """As ``ReadOnlyAdmin``, but holders of the change permission may open change pages to read (GET/HEAD)."""

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        allowed = admin.ModelAdmin.has_change_permission(self, request, obj)
        return request.method in ("GET", "HEAD") and allowed
