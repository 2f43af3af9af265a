"""Every URL of the site, found by walking the resolver, opened by every role with GET and POST.

anonymous, reader (logged in, no permission), moderator (``moderation.can_moderate``)
and admin (superuser) each GET and POST every route. Moderator pages and the
moderator API must refuse the first two (login redirect or 401, then 403), the
admin must send everyone but staff to its login, and public pages must serve
everyone. No route may answer 5xx, and a route no rule in ``access_policy``
classifies fails, so nothing new is exposed unnoticed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from tests.security.access_policy import Access, classify
from tests.security.conftest import ROLES, Site
from tests.security.routes import Route, example_path, site_routes

# Placeholders for collection; each test fills in the ids of the rows it created.
ROUTES = site_routes({"slug": "sample", "comment_id": "1", "object_id": "1", "author_key": "a"})
METHODS = ("get", "post")


def _login_redirect(response: HttpResponse) -> bool:
    if response.status_code not in (301, 302):
        return False
    target = urlparse(response["Location"]).path
    return target in {settings.LOGIN_URL, reverse("admin:login")}


def _served(response: HttpResponse) -> bool:
    return (
        response.status_code < 500
        and response.status_code not in (401, 403)
        and not _login_redirect(response)
    )


def _expected(access: Access, role: str, response: HttpResponse) -> bool:
    """Whether ``role`` got what ``access`` promises (405: the view does not take that method)."""
    code = response.status_code
    if code >= 500:
        return False
    if access is Access.PUBLIC or (access is Access.LOGIN and role != "anonymous"):
        return _served(response)
    if access is Access.LOGIN:
        return _login_redirect(response) or code == 405
    if access is Access.MODERATOR:
        if role == "anonymous":
            return _login_redirect(response) or code in (401, 405)
        if role == "reader":
            return code in (403, 405)
        return _served(response)
    if access is Access.TUNER:
        if role == "anonymous":
            return _login_redirect(response) or code == 405
        if role in ("reader", "moderator"):
            return code in (403, 405)
        return _served(response)
    if access is Access.STAFF:
        if role == "admin":  # past the staff gate; a view may still refuse bad parameters (autocomplete)
            return not _login_redirect(response)
        return _login_redirect(response) or code == 405
    return not _login_redirect(response)  # OWN_CHECK: the view decides; never a crash


def test_every_route_is_classified() -> None:
    unclassified = [str(route) for route in ROUTES if classify(route) is None]

    assert not unclassified, f"add an access rule in tests/security/access_policy.py for: {unclassified}"


@pytest.mark.parametrize("route", ROUTES, ids=[r.path for r in ROUTES])
def test_route_access_by_role(route: Route, site: Site) -> None:
    rule = classify(route)
    if rule is None:
        pytest.fail(f"{route} is not classified (see test_every_route_is_classified)")
    path = example_path(route, site.samples)
    seen: dict[str, dict[str, int]] = {}
    wrong = []
    for role in ROLES:
        client = site.clients[role]
        seen[role] = {}
        for method in METHODS:
            response: Any = getattr(client, method)(path)
            seen[role][method.upper()] = response.status_code
            if not _expected(rule.access, role, response):
                wrong.append(
                    f"{method.upper()} as {role}: {response.status_code} {response.get('Location', '')}"
                )
    print(f"{path} [{rule.why}: {rule.access}] {seen}")
    assert not wrong, f"{path} needs {rule.access}, but " + "; ".join(wrong)
    allowed = [role for role in ROLES if rule.access is Access.PUBLIC or role == "admin"]
    assert any(seen[role][m] != 405 for role in allowed for m in ("GET", "POST")), f"{path} served no method"
