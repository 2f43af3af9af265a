"""Comments: stored whole, never edited, decided once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.core.text_direction import direction


class Comment(models.Model):
    """A reader's comment.

    body (str): write-once; no code path edits it after insert.
    author_key (str): stable hash of the author's e-mail (or name) for per-author history.
    risk (float): the highest guideline score the pipeline gave, for ordering the queue.
    flags (dict): the pipeline's latest findings (scores, held reasons, evidence).
    guideline_tags (str): suspected guidelines as ``",threat,abuse,"`` for filtering the queue.
    moderated_at (datetime | None): when the pipeline last ran; None means never,
        so a restart can find comments whose moderation was interrupted.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    author_name = models.CharField(max_length=80)
    author_email = models.EmailField(blank=True)
    author_key = models.CharField(max_length=64, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    body = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    fingerprint = models.CharField(max_length=64, db_index=True)
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING, db_index=True
    )
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    risk = models.FloatField(default=0.0, db_index=True)
    flags = models.JSONField(default=dict, blank=True)
    guideline_tags = models.CharField(max_length=200, blank=True, db_index=True)

    class Meta:
        ordering = ("-submitted_at",)
        indexes = [
            models.Index(fields=("article", "status", "-submitted_at")),
            # The moderation queue: pending comments, riskiest first.
            models.Index(fields=("status", "-risk", "submitted_at"), name="comment_queue_idx"),
            # The pipeline's per-address rate limit counts an address's recent comments.
            models.Index(fields=("ip_address", "submitted_at"), name="comment_ip_recent_idx"),
            # Comments the pipeline never ran on, oldest first: what moderation batches and the sweeper claim.
            models.Index(
                fields=("submitted_at",),
                condition=models.Q(status="pending", moderated_at__isnull=True),
                name="comment_unmoderated_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.body[:40]}"

    @property
    def direction(self) -> str:
        return direction(self.language or self.article.language)

    @property
    def is_public(self) -> bool:
        return self.status == CommentStatus.APPROVED


class StatusLink(models.Model):
    """The secret behind a comment's status page.

    token_digest (str): SHA-256 of the random token; the token itself is given to
        the commenter once and never stored, so the table alone opens no page.
    """

    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="status_link")
    token_digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "appeals_statuslink"  # created by the appeals app before the model moved here

    def __str__(self) -> str:
        return f"status link of #{self.comment_id}"
