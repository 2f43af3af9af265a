from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "tribune.articles"
    verbose_name = "Articles"
