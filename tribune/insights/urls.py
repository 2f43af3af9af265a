"""``/moderation/insights/``: charts for moderators and the threshold tuning screen."""

from __future__ import annotations

from django.urls import path

from tribune.insights import views

app_name = "insights"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("thresholds/", views.thresholds, name="thresholds"),
]
