from django.contrib import admin

from tribune.articles.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "published_at", "comments_open", "comments_close_at")
    list_filter = ("language", "comments_open")
    search_fields = ("title", "lead", "body")
    prepopulated_fields = {"slug": ("title",)}
