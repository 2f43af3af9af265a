"""``/moderation/``: the moderator dashboard."""

from __future__ import annotations

from django.urls import path

from tribune.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("comments/<int:comment_id>/decide/", views.comment_decide, name="decide"),
    path("decisions/", views.decision_history, name="decisions"),
    path("authors/<str:author_key>/", views.author_detail, name="author"),
    path("settings/", views.moderator_settings, name="settings"),
]
