"""Stored codes shown as labels in the moderator's language."""

from __future__ import annotations

from django.utils import translation

from tribune.dashboard.templatetags.moderation_labels import code_label, code_labels


def test_codes_become_translated_labels() -> None:
    expected = ["Personal attack", "Author or address posting too fast"]
    assert code_labels(["personal_attack", "rate_limit"]) == expected
    with translation.override("tr"):
        assert code_labels(["personal_attack", "religion"]) == ["Kişisel saldırı", "Dini nefret"]
    assert code_label("something_new") == "something_new"
    assert code_labels(None) == []
