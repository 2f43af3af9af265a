from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tribune.core"
    verbose_name = "Tribune core"
