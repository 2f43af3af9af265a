"""Security headers on every kind of page: CSP without inline code, no framing, nosniff, referrer policy."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.security.conftest import Site

PAGES = [
    ("anonymous", "/"),
    ("anonymous", "/articles/{slug}/"),
    ("anonymous", "/accounts/login/"),
    ("anonymous", "/api/articles/{slug}/comments"),
    ("moderator", "/moderation/"),
    ("moderator", "/moderation/decisions/"),
    ("admin", "/admin/comments/comment/"),
]


@pytest.mark.parametrize(("role", "url"), PAGES)
def test_security_headers(site: Site, role: str, url: str) -> None:
    client: Client = site.clients[role]

    response = client.get(url.format(slug=site.samples["slug"]))
    csp = response["Content-Security-Policy"]
    print(f"{url} as {role}: CSP {csp!r}")

    assert response.status_code == 200
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_api_answers_json_not_html(site: Site) -> None:
    response = site.clients["anonymous"].get(f"/api/articles/{site.samples['slug']}/comments")

    assert response["Content-Type"] == "application/json; charset=utf-8"
