"""The read-only admin bases: nobody adds, changes or deletes; browse-only lets change pages be read."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.test import RequestFactory

from tribune.core.admin_readonly import BrowseOnlyAdmin, ReadOnlyAdmin
from tribune.moderation.models import ModeratorNote

pytestmark = pytest.mark.django_db


def _request(method: str, user: Any) -> Any:
    request = getattr(RequestFactory(), method)("/admin/")
    request.user = user
    return request


def test_read_only_refuses_every_write_even_to_a_superuser(django_user_model: Any) -> None:
    root = django_user_model.objects.create_superuser(username="root", password="root-pass-1")
    model_admin = ReadOnlyAdmin(ModeratorNote, admin.site)
    for method in ("get", "post"):
        request = _request(method, root)
        assert not model_admin.has_add_permission(request)
        assert not model_admin.has_change_permission(request)
        assert not model_admin.has_delete_permission(request)
        assert model_admin.has_view_permission(request)


def test_browse_only_opens_change_pages_for_reading_only(django_user_model: Any) -> None:
    root = django_user_model.objects.create_superuser(username="root", password="root-pass-1")
    reader = django_user_model.objects.create_user(username="reader", password="reader-pass-1")
    model_admin = BrowseOnlyAdmin(ModeratorNote, admin.site)
    assert model_admin.has_change_permission(_request("get", root))
    assert not model_admin.has_change_permission(_request("post", root))
    assert not model_admin.has_change_permission(_request("get", reader))
    assert not model_admin.has_add_permission(_request("get", root))
    assert not model_admin.has_delete_permission(_request("get", root))
