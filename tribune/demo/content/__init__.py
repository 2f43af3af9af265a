"""Demo comments, written for this project, one module per site language.

Each module maps an article slug (see ``tribune.demo.content.articles``) to the comments
readers leave under it, in the article's language. ``verdict`` is what the demo
moderator decides if Tribune holds the comment for a human: ``"approve"`` or the
guideline it breaks. ``today`` comments are posted now (held ones wait in the
queue); the others are spread over the past days for the insights pages.
"""

from __future__ import annotations

from dataclasses import dataclass

APPROVE = "approve"


@dataclass(frozen=True)
class DemoComment:
    """One reader's comment: who, what, the moderator's verdict if held, and whether it is posted today."""

    author: str
    text: str
    verdict: str = APPROVE
    today: bool = False


def demo_comments_by_slug() -> dict[str, tuple[DemoComment, ...]]:
    """Every article's demo comments, keyed by the article's slug."""
    from tribune.demo.content import ar, ckb, en, fa, kmr, tr

    merged: dict[str, tuple[DemoComment, ...]] = {}
    for module in (en, ckb, kmr, ar, tr, fa):
        merged.update(module.COMMENTS)
    return merged
