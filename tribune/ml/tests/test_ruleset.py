"""``tribune.ml.ruleset``: the rules digest follows the rule files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tribune.ml import ruleset


def test_digest_changes_when_a_rule_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "en.json").write_text('{"words": {}}', encoding="utf-8")
    monkeypatch.setattr(ruleset, "RULES_DIR", tmp_path)
    ruleset.rules_digest.cache_clear()
    try:
        before = ruleset.rules_digest()
        (tmp_path / "en.json").write_text('{"words": {"profanity": ["x"]}}', encoding="utf-8")
        ruleset.rules_digest.cache_clear()
        after = ruleset.rules_digest()
        assert before != after and len(after) == 8
        assert ruleset.versioned("m.v1") == f"m.v1+rules.{after}"
    finally:
        ruleset.rules_digest.cache_clear()


def test_packaged_rules_have_a_digest() -> None:
    assert ruleset.RULES_DIR.is_dir() and len(ruleset.rules_digest()) == 8
