"""Check the message catalogs: every entry translated, placeholders, markup and punctuation kept, .mo up to date.

    python -m tribune.core.catalog_report tribune/locale   # prints a line per language; exit 1 on a problem

Used by ``scripts/messages.sh`` and by the catalog tests. Needs ``polib`` (the
``test`` extra); the site itself reads the compiled ``.mo`` files only.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import polib

from tribune.core.punctuation import punctuation_problems

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+(?:![rs])?\}")
TAG = re.compile(r"</?[a-z]+(?:\s[^>]*)?>")


@dataclass
class CatalogReport:
    """Problems found in one language's catalog; ``ok`` when there are none."""

    language: str
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _signature(text: str) -> tuple[list[str], list[str]]:
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))


def _check_text(report: CatalogReport, msgid: str, translated: str) -> None:
    if not translated.strip():
        report.problems.append(f"untranslated: {msgid!r}")
    elif _signature(translated) != _signature(msgid):
        report.problems.append(f"placeholders or markup differ: {msgid!r} -> {translated!r}")
    for problem in punctuation_problems(report.language, msgid, translated):
        report.problems.append(f"punctuation: {problem}: {msgid!r} -> {translated!r}")


def check_catalog(po_path: Path) -> CatalogReport:
    """Read one ``django.po`` and its ``django.mo`` beside it."""
    language = po_path.parent.parent.name
    report = CatalogReport(language=language)
    po = polib.pofile(str(po_path))
    live = [entry for entry in po if not entry.obsolete]
    report.entries = len(live)
    for entry in live:
        if "fuzzy" in entry.flags:
            report.problems.append(f"fuzzy: {entry.msgid!r}")
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            if not forms:
                report.problems.append(f"untranslated: {entry.msgid!r}")
            for index, form in enumerate(forms):
                _check_text(report, entry.msgid_plural if index else entry.msgid, form)
        else:
            _check_text(report, entry.msgid, entry.msgstr)
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        report.problems.append(f"missing {mo_path.name}: run scripts/messages.sh")
        return report
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in polib.mofile(str(mo_path))}
    for entry in live:
        key = (entry.msgctxt, entry.msgid)
        expected = (entry.msgstr, {int(k): v for k, v in entry.msgstr_plural.items()})
        got = compiled.get(key)
        if got is None or (got[0], {int(k): v for k, v in got[1].items()}) != expected:
            report.problems.append(f"{mo_path.name} out of date for {entry.msgid!r}: run scripts/messages.sh")
            break
    return report


def check_all(locale_dir: Path) -> list[CatalogReport]:
    """One report per language folder under ``locale_dir``, sorted by language."""
    return [check_catalog(path) for path in sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))]


def main(argv: list[str]) -> int:
    reports = check_all(Path(argv[0] if argv else "tribune/locale"))
    for report in reports:
        state = "ok" if report.ok else f"{len(report.problems)} problem(s)"
        print(f"{report.language:4} {report.entries:4} entries  {state}")
        for problem in report.problems[:20]:
            print(f"     {problem}")
    return 0 if reports and all(report.ok for report in reports) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
