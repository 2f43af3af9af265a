from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "tribune.comments"
    verbose_name = "Comments"
