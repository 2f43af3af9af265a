from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "tribune.ops"
    verbose_name = "Operations"
