"""Reads about authors: their standing (from moderators' actions) and the action trail.

standing = author_standing(author_key=comment.author_key)
standing.banned, standing.always_review, standing.warnings  # the rows in force
standing.pipeline()  # the Django-free value the ``author_standing`` step reads
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from tribune.moderation.enums import AuthorActionKind as Kind
from tribune.moderation.models import AuthorAction
from tribune.moderation.pipeline.types import Standing

# Which action each lifting action cancels.
LIFTS: dict[str, str] = {
    Kind.LIFT_WARN: Kind.WARN,
    Kind.LIFT_ALWAYS_REVIEW: Kind.ALWAYS_REVIEW,
    Kind.LIFT_BAN: Kind.BAN,
}


@dataclass(frozen=True)
class AuthorStanding:
    """The actions in force for one author.

    banned (AuthorAction | None): the ban in force, if any.
    always_review (AuthorAction | None): the always-review in force, if any.
    warnings (list[AuthorAction]): warnings given since warnings were last lifted, oldest first.
    """

    banned: AuthorAction | None = None
    always_review: AuthorAction | None = None
    warnings: list[AuthorAction] = field(default_factory=list)

    @property
    def is_clear(self) -> bool:
        return self.banned is None and self.always_review is None and not self.warnings

    def pipeline(self) -> Standing:
        return Standing(
            banned=self.banned is not None,
            always_review=self.always_review is not None,
            warnings=len(self.warnings),
        )


def author_action_list(*, author_key: str) -> QuerySet[AuthorAction]:
    """Every action on the author, newest first, with the acting moderator."""
    return AuthorAction.objects.filter(author_key=author_key).select_related("moderator")


def standing_from_actions(actions: list[AuthorAction]) -> AuthorStanding:
    """Replay ``actions`` (any order) oldest first into the standing they leave."""
    banned: AuthorAction | None = None
    review: AuthorAction | None = None
    warnings: list[AuthorAction] = []
    for action in sorted(actions, key=lambda a: (a.created_at, a.pk or 0)):
        if action.kind == Kind.BAN:
            banned = action
        elif action.kind == Kind.LIFT_BAN:
            banned = None
        elif action.kind == Kind.ALWAYS_REVIEW:
            review = action
        elif action.kind == Kind.LIFT_ALWAYS_REVIEW:
            review = None
        elif action.kind == Kind.WARN:
            warnings.append(action)
        elif action.kind == Kind.LIFT_WARN:
            warnings = []
    return AuthorStanding(banned=banned, always_review=review, warnings=warnings)


def author_standing(*, author_key: str) -> AuthorStanding:
    """The standing of the author with ``author_key`` (clear when no moderator acted)."""
    return standing_from_actions(list(author_action_list(author_key=author_key)))


def author_standings(*, author_keys: list[str]) -> dict[str, AuthorStanding]:
    """The standing of each author in ``author_keys``, in one query (clear ones included)."""
    grouped: dict[str, list[AuthorAction]] = {key: [] for key in author_keys}
    for action in AuthorAction.objects.filter(author_key__in=set(author_keys)).select_related("moderator"):
        grouped[action.author_key].append(action)
    return {key: standing_from_actions(actions) for key, actions in grouped.items()}
