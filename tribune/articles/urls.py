from django.urls import path

from tribune.articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("articles/<slug:slug>/comments/", views.comment_post, name="comment_post"),
]
