"""The committed message catalogs: complete, placeholders and markup kept, compiled, in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from tribune.core.catalog_report import CatalogReport, check_all, check_catalog

LOCALE = Path(settings.LOCALE_PATHS[0])
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def test_every_site_language_has_a_complete_compiled_catalog() -> None:
    reports = {report.language: report for report in check_all(LOCALE)}
    assert sorted(reports) == sorted(TRANSLATED)
    problems = {lang: report.problems[:5] for lang, report in reports.items() if not report.ok}
    assert problems == {}
    assert min(report.entries for report in reports.values()) > 150


def test_the_check_catches_a_lost_placeholder_and_a_stale_mo(tmp_path: Path) -> None:
    folder = tmp_path / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Page %(number)s of %(total)s"\nmsgstr "Seite %(number)s"\n\n'
        'msgid "Comments by <bdi>%(name)s</bdi>"\nmsgstr "Kommentare von %(name)s"\n\n'
        'msgid "Save"\nmsgstr ""\n',
        encoding="utf-8",
    )
    report: CatalogReport = check_catalog(folder / "django.po")
    text = "\n".join(report.problems)
    assert "placeholders or markup differ: 'Page" in text
    assert "placeholders or markup differ: 'Comments by" in text
    assert "untranslated: 'Save'" in text
    assert "missing django.mo" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ckb", "لێدوانێک بنووسە"),
        ("kmr", "Şîroveyekê binivîse"),
        ("ar", "أضف تعليقًا"),
        ("tr", "Yorum yapın"),
        ("fa", "دیدگاه خود را بنویسید"),
    ],
)
def test_the_site_reads_the_compiled_catalogs(language: str, expected: str) -> None:
    with translation.override(language):
        assert translation.gettext("Post a comment") == expected


def test_arabic_plurals_use_six_forms() -> None:
    msgid = "%(counter)s decision, newest first"
    plural = "%(counter)s decisions, newest first"
    with translation.override("ar"):
        forms = {n: translation.ngettext(msgid, plural, n) % {"counter": n} for n in (2, 5, 20)}
    assert forms == {
        2: "2 قراران، الأحدث أولًا",
        5: "5 قرارات، الأحدث أولًا",
        20: "20 قرارًا، الأحدث أولًا",
    }
