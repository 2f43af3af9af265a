from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tribune.api"
    verbose_name = "Api"
