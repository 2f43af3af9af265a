"""Moderators' decisions exported by ``tribune manage export_decisions`` (JSONL), read as training rows.

Usage::

    rows = feedback(Path("decisions.jsonl"), held_back_share=0.2)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tribune.ml.training.rows import Row, train_or_val


class FeedbackError(ValueError):
    """A moderator-feedback file that cannot be read; the message names the line."""


FEEDBACK_DECISIONS = ("approve", "reject")


HELD_BACK_SEED = "tribune-held-back-v1"


def held_back(key: str, share: float) -> bool:
    """Whether the decision on comment ``key`` is held back from training (seeded SHA-1, fixed for good).

    The hash has its own seed, so the held-back set depends only on the comment
    id and ``share``: re-runs, and runs with more decisions, keep every earlier
    held-back decision held back.
    """
    bucket = int(hashlib.sha1(f"{HELD_BACK_SEED}:{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return bucket < share


def feedback(path: Path, held_back_share: float = 0.0) -> list[Row]:
    """Moderators' decisions exported by ``tribune manage export_decisions`` (JSONL), as rows.

    Each line needs ``text``, ``lang`` and ``decision`` (approve / reject) and may
    carry ``guidelines``, ``abuse_target``, ``article`` and ``model_version``. The
    same comment decided twice keeps its latest decision. With
    ``held_back_share`` that share of comments (``held_back``) gets split
    ``test`` and never trains; of the rest a seeded hash of the comment id (or
    text) sends 15% to validation, so thresholds see the site's own comments too.
    Raises ``FeedbackError`` naming the first bad line; nothing is half-read.
    """
    latest: dict[str, Row] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FeedbackError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(item, dict) or not str(item.get("text") or "").strip():
                raise FeedbackError(f"{path}:{number}: needs an object with a non-empty 'text'")
            if item.get("decision") not in FEEDBACK_DECISIONS:
                raise FeedbackError(f"{path}:{number}: 'decision' must be one of {FEEDBACK_DECISIONS}")
            key = str(item.get("comment_id") or item["text"])
            raw = {
                "decision": str(item["decision"]),
                "guidelines": ",".join(str(g) for g in item.get("guidelines") or []),
                "abuse_target": str(item.get("abuse_target") or ""),
                "comment_id": key,
                "article": str(item.get("article") or ""),
                "model_version": str(item.get("model_version") or ""),
            }
            split = "test" if held_back(key, held_back_share) else train_or_val(f"feedback:{key}")
            latest[key] = Row("feedback", str(item.get("lang") or "und"), str(item["text"]), split, raw)
    return list(latest.values())
