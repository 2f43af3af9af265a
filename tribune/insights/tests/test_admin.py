"""The admin shows overrides and their audit trail but cannot change them (no audit would be written)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.insights.models import ThresholdOverride

pytestmark = pytest.mark.django_db


def test_admin_lists_overrides_read_only(client: Client, django_user_model: Any) -> None:
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    row = ThresholdOverride.objects.create(guideline="threat", reject=0.8, review=0.4)

    assert client.get("/admin/insights/thresholdoverride/").status_code == 200
    assert client.get("/admin/insights/thresholdchange/").status_code == 200
    assert client.get("/admin/insights/thresholdoverride/add/").status_code == 403
    response = client.post(f"/admin/insights/thresholdoverride/{row.pk}/change/", {"reject": "0.1"})
    assert response.status_code == 403 or ThresholdOverride.objects.get().reject == 0.8
