from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "tribune.dashboard"
    verbose_name = "Dashboard"
