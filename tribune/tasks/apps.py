from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "tribune.tasks"
    verbose_name = "Background tasks"
