"""``/moderation/``: the moderator dashboard."""

from __future__ import annotations

from django.urls import path

from tribune.dashboard import views, views_actions, views_appeals, views_review

app_name = "dashboard"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("comments/<int:comment_id>/decide/", views.comment_decide, name="decide"),
    path("decisions/", views.decision_history, name="decisions"),
    path("authors/<str:author_key>/", views.author_detail, name="author"),
    path("settings/", views.moderator_settings, name="settings"),
    path("bulk/", views_actions.bulk_decide, name="bulk"),
    path("comments/<int:comment_id>/notes/", views_actions.note_create, name="note"),
    path("authors/<str:author_key>/actions/", views_actions.author_action_create, name="author_action"),
    path("review/", views_review.review_next, name="review"),
    path("comments/<int:comment_id>/", views_review.comment_detail, name="comment"),
    path("appeals/", views_appeals.appeal_queue, name="appeals"),
    path("appeals/<int:appeal_id>/decide/", views_appeals.appeal_decide, name="appeal_decide"),
]
