"""``/health/live``, ``/health/ready`` and ``/metrics``."""

from django.urls import path

from tribune.ops import views

app_name = "ops"
urlpatterns = [
    path("health/live", views.health_live, name="live"),
    path("health/ready", views.health_ready, name="ready"),
    path("metrics", views.metrics, name="metrics"),
]
