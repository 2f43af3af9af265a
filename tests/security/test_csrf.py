"""CSRF: every route, found by walking the resolver, refuses a POST that carries no token.

A superuser (who passes every permission check) POSTs to each route with Django's
CSRF checks enforced and no token. Django views must answer 403 "CSRF
verification failed" before the view runs; the moderator API, called with a
session, must refuse too (django-ninja's ``SessionAuth`` checks the token). The
only exemption is the reader API (``POST /api/articles/{slug}/comments``), which
ignores the session, so a forged request can do nothing a stranger could not.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import resolve

from tests.security.access_policy import Access, classify
from tests.security.conftest import Site
from tests.security.routes import Route, example_path, site_routes
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment

ROUTES = site_routes({"slug": "sample", "comment_id": "1", "object_id": "1", "author_key": "a"})


def _reader_api(route: Route) -> bool:
    rule = classify(route)
    return route.namespace == "api" and rule is not None and rule.access is Access.PUBLIC


def _csrf_refusal(response: Any) -> bool:
    """Django's CSRF failure view answered (our translated ``403_csrf.html``, or Django's own page)."""
    names = {template.name for template in getattr(response, "templates", [])}
    return "403_csrf.html" in names or b"CSRF verification failed" in response.content


@pytest.fixture
def strict_admin(site: Site) -> Client:
    """The superuser, in a client that enforces CSRF like a browser's server would."""
    from django.contrib.auth import get_user_model

    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="root"))
    return client


@pytest.mark.parametrize("route", ROUTES, ids=[r.path for r in ROUTES])
def test_post_without_csrf_token_is_refused(route: Route, site: Site, strict_admin: Client) -> None:
    path = example_path(route, site.samples)
    view = resolve(path).func
    response: Any = strict_admin.post(
        path, {"body": "forged", "author_name": "Mallory", "decision": "approve"}
    )
    print(f"POST {path} without a token as superuser: {response.status_code}")

    assert response.status_code < 500
    if _reader_api(route):
        return  # takes no session; what it accepts, anyone could send directly
    if route.namespace == "api":
        assert response.status_code in (403, 405), response.content[:200]
        assert response.status_code == 405 or b"CSRF" in response.content
        return
    assert not getattr(view, "csrf_exempt", False), f"{path} is csrf_exempt"
    assert response.status_code == 403 and _csrf_refusal(response)


def test_forged_reader_post_stores_nothing(site: Site) -> None:
    client = Client(enforce_csrf_checks=True)
    path = f"/articles/{site.samples['slug']}/comments/"

    response = client.post(path, {"author_name": "Mallory", "body": "A forged comment."})

    assert response.status_code == 403
    assert not Comment.objects.filter(body="A forged comment.").exists()


def test_forged_dashboard_decision_changes_nothing(site: Site) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(_moderator())

    response = client.post(f"/moderation/comments/{site.comment.pk}/decide/", {"decision": "approve"})

    assert response.status_code == 403
    assert Comment.objects.get(pk=site.comment.pk).status == CommentStatus.PENDING


def test_forged_api_decision_with_a_session_changes_nothing(site: Site) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(_moderator())

    response = client.post(
        f"/api/moderation/comments/{site.comment.pk}/approve", {}, content_type="application/json"
    )

    assert response.status_code == 403
    assert Comment.objects.get(pk=site.comment.pk).status == CommentStatus.PENDING


def test_dashboard_decision_with_the_token_goes_through(site: Site) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(_moderator())
    page = client.get("/moderation/")
    token = page.cookies["csrftoken"].value

    response = client.post(
        f"/moderation/comments/{site.comment.pk}/decide/",
        {"decision": "approve", "csrfmiddlewaretoken": token},
    )

    assert response.status_code == 302
    assert Comment.objects.get(pk=site.comment.pk).status == CommentStatus.APPROVED


def _moderator() -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="desk")
