"""``/moderation/``: the moderator dashboard."""

from __future__ import annotations

from django.urls import path

from tribune.dashboard.views import account, actions, appeals, history, queue, review

app_name = "dashboard"

urlpatterns = [
    path("", queue.queue, name="queue"),
    path("comments/<int:comment_id>/decide/", queue.comment_decide, name="decide"),
    path("decisions/", history.decision_history, name="decisions"),
    path("history/", history.decision_history_alias, name="history"),  # redirects to decisions/
    path("authors/<str:author_key>/", history.author_detail, name="author"),
    path("settings/", account.moderator_settings, name="settings"),
    path("bulk/", actions.bulk_decide, name="bulk"),
    path("comments/<int:comment_id>/notes/", actions.note_create, name="note"),
    path("authors/<str:author_key>/actions/", actions.author_action_create, name="author_action"),
    path("review/", review.review_next, name="review"),
    path("comments/<int:comment_id>/", review.comment_detail, name="comment"),
    path("appeals/", appeals.appeal_queue, name="appeals"),
    path("appeals/<int:appeal_id>/decide/", appeals.appeal_decide, name="appeal_decide"),
]
