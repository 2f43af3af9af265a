"""Reads for the insights pages: aggregate queries over comments and the decision audit trail."""

from tribune.insights.selectors.activity import (
    comments_per_day,
    deciders_per_day,
    rejections_by_guideline,
    rejections_by_language,
)
from tribune.insights.selectors.agreement import model_agreement
from tribune.insights.selectors.scope import InsightScope
from tribune.insights.selectors.timing import median_waits
from tribune.insights.selectors.tuning import tuning_rows

__all__ = [
    "InsightScope",
    "comments_per_day",
    "deciders_per_day",
    "median_waits",
    "model_agreement",
    "rejections_by_guideline",
    "rejections_by_language",
    "tuning_rows",
]
