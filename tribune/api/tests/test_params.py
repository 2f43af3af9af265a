"""Ids the database cannot hold are refused by the schema (422), never a driver overflow (500)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("bad", [2**70, 0])
def test_an_id_beyond_the_database_is_refused_not_a_server_error(client, bearer, bad: int) -> None:
    assert client.get(f"/api/comments/{bad}").status_code == 422
    assert client.get(f"/api/moderation/comments/{bad}/notes", **bearer).status_code == 422
    assert (
        client.post(
            f"/api/moderation/appeals/{bad}/grant", {}, content_type="application/json", **bearer
        ).status_code
        == 422
    )
