"""``tribune score`` refuses what the site refuses, names the line, and says so on an empty input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings

from tribune.cli import build_parser, main
from tribune.cli.score import DEFAULT_MAX_LENGTH, SITE_LANGUAGES


def _score(tmp_path: Path, *records: dict[str, object]) -> tuple[int, Path]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    return main(["score", str(source), "--output", str(out)]), out


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": ""}, "line 2: 'text' is empty"),
        ({"text": "   \n"}, "line 2: 'text' is empty"),
        ({"text": "a" * (DEFAULT_MAX_LENGTH + 1)}, "line 2: 'text' is 5001 characters"),
        ({"text": "Fine.", "lang": "xx"}, "line 2: 'lang' 'xx' is not a site language"),
        ({"text": "Fine.", "article": "rockets-fired-at-ain-al-asad-air-base"}, "line 2: 'article' must be"),
        ({"text": "Fine.", "article": "https://news.example/a/1"}, "line 2: 'article' must be"),
    ],
)
def test_refused_with_the_line_number_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, object], message: str
) -> None:
    status, out = _score(tmp_path, {"text": "A fair point."}, record)
    assert status == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_article_text_and_site_languages_are_accepted(tmp_path: Path) -> None:
    status, out = _score(
        tmp_path,
        {"text": "Thanks for the report.", "article": "Rockets hit an air base in Anbar.", "lang": "en"},
        {"text": "سوپاس بۆ هەواڵەکە.", "lang": "ckb"},
    )
    assert status == 0 and len(out.read_text().splitlines()) == 2


def test_an_empty_input_is_refused_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text("\n\n", encoding="utf-8")
    assert main(["score", str(source), "--output", str(tmp_path / "out.jsonl")]) == 2
    assert "no comments" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_site_languages_are_the_sites() -> None:
    assert set(SITE_LANGUAGES) == {code for code, _name in settings.LANGUAGES}


def test_help_documents_every_input_field_and_the_batch_size(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["score", "--help"])
    text = capsys.readouterr().out
    for field in ("text", "id", "article", "lang"):
        assert f"\n  {field} " in text
    assert "--batch-size N" in text and "(default: 256)" in text
    assert build_parser().parse_args(["score", "x"]).batch_size == 256


def test_batch_size_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["score", "x", "--batch-size", "0"])
    assert "at least 1" in capsys.readouterr().err
