"""The API queue's language filter (several codes, mine, all) and its counts per language."""

from __future__ import annotations

from typing import Any

import pytest

from tribune.dashboard.services import moderator_languages_set

pytestmark = pytest.mark.django_db

QUEUE = "/api/moderation/queue"


@pytest.fixture
def rows(make_comment: Any) -> dict[str, int]:
    return {lang: make_comment(body=f"text {lang}", language=lang).pk for lang in ("en", "ar", "fa", "tr")}


def ids(response: Any) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_language_filter_takes_several_codes(client: Any, bearer: Any, rows: dict[str, int]) -> None:
    assert ids(client.get(QUEUE, {"language": "ar,fa"}, **bearer)) == {rows["ar"], rows["fa"]}
    assert ids(client.get(QUEUE, {"language": "tr"}, **bearer)) == {rows["tr"]}
    assert ids(client.get(QUEUE, {"language": "all"}, **bearer)) == set(rows.values())
    assert ids(client.get(QUEUE, **bearer)) == set(rows.values())


def test_mine_uses_the_moderators_languages(
    client: Any, bearer: Any, moderator_user: Any, rows: dict[str, int]
) -> None:
    assert ids(client.get(QUEUE, {"language": "mine"}, **bearer)) == set(rows.values())
    moderator_languages_set(user=moderator_user, languages=["tr", "en"])
    assert ids(client.get(QUEUE, {"language": "mine"}, **bearer)) == {rows["en"], rows["tr"]}


def test_unknown_language_is_a_clear_400(client: Any, bearer: Any, rows: dict[str, int]) -> None:
    response = client.get(QUEUE, {"language": "ar,klingon"}, **bearer)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "unknown_language" and "'klingon'" in body["message"]
    translated = client.get(QUEUE, {"language": "xx"}, HTTP_ACCEPT_LANGUAGE="ar", **bearer).json()
    assert translated["message"].startswith("لغة غير معروفة 'xx'")


def test_counts_per_language(client: Any, bearer: Any, moderator_user: Any, rows: dict[str, int]) -> None:
    moderator_languages_set(user=moderator_user, languages=["fa"])
    response = client.get(f"{QUEUE}/languages", **bearer)
    assert response.status_code == 200
    counts = {row["code"]: (row["count"], row["mine"]) for row in response.json()}
    assert counts == {
        "en": (1, False),
        "ckb": (0, False),
        "kmr": (0, False),
        "ar": (1, False),
        "tr": (1, False),
        "fa": (1, True),
    }


def test_counts_need_a_moderator(client: Any, rows: dict[str, int]) -> None:
    assert client.get(f"{QUEUE}/languages").status_code == 401
