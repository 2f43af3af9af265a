"""Schemathesis fuzzes every operation of the OpenAPI schema (/api/openapi.json): never a 5xx.

Each generated request is sent twice through the WSGI app: as generated (mostly
unknown slugs and ids, odd strings, wrong types) and aimed at real rows (the
article's slug, a pending comment's id), with a moderator's bearer token so the
moderator operations run their full path. Bounded for CI: a few dozen examples
per operation, derandomised so a CI run is repeatable.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests.factories import article_row, comment_row, moderator_create
from tribune.api.services import api_token_create

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture
def targets(db: Any, quiet_scorer: Any) -> dict[str, Any]:
    article = article_row("harbour-fire", "Fire at the harbour warehouse", "A fire broke out on Tuesday.")
    comment = comment_row(article=article, body="Was anyone hurt?")
    moderator = moderator_create(username="fuzz-desk", password="fuzz-pass-123")
    token = api_token_create(user=moderator, name="fuzz")[1]
    return {"slug": article.slug, "comment_id": comment.pk, "token": token}


@schema.parametrize()
@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_never_answers_5xx(case: Any, targets: dict[str, Any]) -> None:
    headers = {"Authorization": f"Bearer {targets['token']}"}
    case.call_and_validate(headers=headers, checks=CHECKS)
    aimed = {k: targets[k] for k in ("slug", "comment_id") if k in (case.path_parameters or {})}
    if aimed:
        case.path_parameters = {**case.path_parameters, **aimed}
        case.call_and_validate(headers=headers, checks=CHECKS)
