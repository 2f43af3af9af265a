"""Articles readers comment on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from tribune.core.text_direction import direction


class Article(models.Model):
    """A published article.

    comments_open (bool): editors may close comments by hand.
    comments_close_at (datetime | None): comments close automatically after this.
    """

    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    title = models.CharField(max_length=300)
    lead = models.TextField(blank=True)
    body = models.TextField()
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    published_at = models.DateTimeField(default=timezone.now)
    comments_open = models.BooleanField(default=True)
    comments_close_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-published_at",)
        verbose_name = "article"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def direction(self) -> str:
        return direction(self.language)

    def accepts_comments(self, now: timezone.datetime | None = None) -> bool:
        """Whether new comments may be posted now."""
        now = now or timezone.now()
        if not self.comments_open:
            return False
        return self.comments_close_at is None or now < self.comments_close_at

    @property
    def text_for_relevance(self) -> str:
        """Title, lead and body: what a comment should be relevant to."""
        return "\n".join(part for part in (self.title, self.lead, self.body) if part)
