from django.apps import AppConfig


class AppealsConfig(AppConfig):
    name = "tribune.appeals"
    verbose_name = "Status links and appeals"
