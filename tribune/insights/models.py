"""Threshold overrides people set on the tuning screen, and their append-only audit trail."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tribune.moderation.enums import Guideline

_PROBABILITY = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class ThresholdOverride(models.Model):
    """The cut-offs in force for one guideline, replacing the model bundle's.

    guideline (str): a ``Guideline`` code; one row per guideline at most.
    reject (float): a score at or above this rejects the comment.
    review (float): a score at or above this (below ``reject``) sends it to a human.
    """

    guideline = models.CharField(max_length=20, choices=Guideline.choices, unique=True)
    reject = models.FloatField(validators=_PROBABILITY)
    review = models.FloatField(validators=_PROBABILITY)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("guideline",)
        verbose_name = _("threshold override")
        verbose_name_plural = _("threshold overrides")
        permissions = [("tune_thresholds", "Can tune moderation thresholds")]

    def __str__(self) -> str:
        return f"{self.guideline}: reject {self.reject:.3f}, review {self.review:.3f}"


class ThresholdChange(models.Model):
    """One saved change of one guideline's thresholds. Append-only.

    Its id is the version of the whole override set that the change produced;
    decisions made under overrides name it in their ``pipeline_version``.
    old_* (float | None): the cut-offs before (None: the model's own were in force).
    new_* (float | None): the cut-offs after (None: reset to the model's own).
    """

    guideline = models.CharField(max_length=20, choices=Guideline.choices)
    old_reject = models.FloatField(null=True, blank=True)
    old_review = models.FloatField(null=True, blank=True)
    new_reject = models.FloatField(null=True, blank=True)
    new_review = models.FloatField(null=True, blank=True)
    model_reject = models.FloatField()
    model_review = models.FloatField()
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT)
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ("-changed_at", "-id")
        verbose_name = _("threshold change")
        verbose_name_plural = _("threshold changes")

    def __str__(self) -> str:
        return f"#{self.pk} {self.guideline} at {self.changed_at:%Y-%m-%d %H:%M}"

    @property
    def is_reset(self) -> bool:
        return self.new_reject is None

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("threshold changes are append-only")
        super().save(*args, **kwargs)
