"""``/comments/status/``: a commenter's private status page and appeal."""

from __future__ import annotations

from django.urls import path

from tribune.appeals import views

app_name = "appeals"

urlpatterns = [
    path("<str:token>/", views.comment_status, name="status"),
    path("<str:token>/appeal/", views.comment_appeal, name="appeal"),
]
