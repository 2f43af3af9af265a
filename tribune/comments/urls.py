"""The reader's pages, under the ``articles`` namespace: the list, an article with its comments, the post."""

from django.urls import path

from tribune.articles import views as articles
from tribune.comments import views

app_name = "articles"

urlpatterns = [
    path("", articles.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("articles/<slug:slug>/comments/", views.comment_post, name="comment_post"),
]
