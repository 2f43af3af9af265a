"""Who may open which part of the site: one rule per URL family, first match wins.

The URL walker (``routes.site_routes``) classifies every route with ``classify``;
a route no rule matches fails the permission test, so a new view is never
exposed by accident. Rules go by namespace and path prefix, so new views under
``/moderation/``, ``/api/moderation/`` or ``/admin/`` are covered as they are added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings

from tests.security.routes import Route


class Access(StrEnum):
    PUBLIC = "anyone"
    LOGIN = "any logged-in user"
    MODERATOR = "moderation.can_moderate"
    TUNER = "insights.tune_thresholds (a moderator without it is refused)"
    STAFF = "staff (Django admin)"
    OWN_CHECK = "the view's own address/token check"


@dataclass(frozen=True)
class Rule:
    why: str
    matches: Callable[[Route], bool]
    access: Access


def _segments(route: Route) -> list[str]:
    """Path segments without a leading language prefix (``/ar/moderation/`` -> ``moderation``)."""
    parts = [p for p in route.path.split("/") if p]
    if parts and parts[0] in {code for code, _ in settings.LANGUAGES}:
        parts = parts[1:]
    return parts


def _first_segment(route: Route) -> str:
    parts = _segments(route)
    return parts[0] if parts else ""


def _under(*prefix: str) -> Callable[[Route], bool]:
    return lambda route: tuple(_segments(route)[: len(prefix)]) == prefix


ACCOUNT_PAGES = {
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}

RULES: list[Rule] = [
    Rule(
        "admin login and logout",
        lambda r: r.namespace == "admin" and r.name in {"login", "logout"},
        Access.PUBLIC,
    ),
    Rule("the Django admin", lambda r: r.namespace == "admin" or _first_segment(r) == "admin", Access.STAFF),
    Rule("threshold tuning", lambda r: r.namespace == "insights" and r.name == "thresholds", Access.TUNER),
    Rule(
        "moderator dashboard",
        lambda r: r.namespace == "dashboard" or _first_segment(r) == "moderation",
        Access.MODERATOR,
    ),
    Rule("moderator API", _under("api", "moderation"), Access.MODERATOR),
    Rule("reader API, its schema and docs", lambda r: r.namespace == "api", Access.PUBLIC),
    Rule("reader pages", lambda r: r.namespace == "articles", Access.PUBLIC),
    Rule("a commenter's status page and appeal, by private token", lambda r: r.namespace == "appeals", Access.OWN_CHECK),
    Rule("health checks", lambda r: r.namespace == "ops" and r.name in {"live", "ready"}, Access.PUBLIC),
    Rule("Prometheus metrics", lambda r: r.namespace == "ops" and r.name == "metrics", Access.OWN_CHECK),
    Rule("language switch", lambda r: r.name == "set_language", Access.PUBLIC),
    Rule("the site's icon", lambda r: r.namespace == "" and r.name == "favicon", Access.PUBLIC),
    Rule(
        "login, logout, password reset",
        lambda r: r.namespace == "" and r.name in ACCOUNT_PAGES,
        Access.PUBLIC,
    ),
    Rule(
        "own password change",
        lambda r: r.namespace == "" and r.name.startswith("password_change"),
        Access.LOGIN,
    ),
]


def classify(route: Route) -> Rule | None:
    """The first rule matching ``route``, or None for a route nobody has classified."""
    return next((rule for rule in RULES if rule.matches(route)), None)
