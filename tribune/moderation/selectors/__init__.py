"""Reads for moderators, one module per subject.

``queue`` (the queue, decision history, an author's record), ``authors`` (an author's
standing), ``stats`` (counts for the dashboard), ``languages`` (a moderator's languages
and the queue's language bar). The queue's reads are importable from here.
"""

from tribune.moderation.selectors.queue import (
    author_history,
    author_summary,
    decision_list,
    queue_language_counts,
    queue_list,
)

__all__ = ["author_history", "author_summary", "decision_list", "queue_language_counts", "queue_list"]
