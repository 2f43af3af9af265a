"""Site URLs: reader pages, moderator dashboard, admin, auth, the JSON API, health and metrics."""

from django.contrib import admin
from django.urls import include, path

from tribune.core.views import favicon

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the language switcher posts here
    path("moderation/insights/", include("tribune.insights.urls")),
    path("moderation/", include("tribune.dashboard.urls")),
    path("api/", include("tribune.api.urls")),
    path("", include("tribune.ops.urls")),
    path("comments/status/", include("tribune.appeals.urls")),
    path("", include("tribune.comments.urls")),
]
