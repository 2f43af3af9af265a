"""Site URLs: reader pages, moderator dashboard, admin, auth and the JSON API."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("moderation/", include("tribune.dashboard.urls")),
    path("api/", include("tribune.api.urls")),
    path("comments/status/", include("tribune.appeals.urls")),
    path("", include("tribune.articles.urls")),
]
