"""Every language in a real browser: direction, mirrored layout, no sideways scrolling, screenshots.

For each of the six site languages the reader page and the moderation queue are
opened at a desktop and a mobile width. The test reads the computed
``direction``, compares where elements sit (the form's button, the masthead,
the dashboard's first tab and approve button hug the left edge in LTR and the
right edge in RTL), checks mixed-direction comments and that nothing scrolls
sideways. Screenshots go to a temporary folder, or to ``$TRIBUNE_SCREENSHOTS``
when set, so a person can look at them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from tests.factories import article_row, browser_login, comment_row
from tribune.comments.enums import CommentStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
RTL = {"ckb", "ar", "fa"}
WIDTHS = {"desktop": (1280, 1500), "mobile": (390, 1500)}
# Text that mixes directions: an English product name and a number inside right-to-left text.
ARTICLES = {
    "en": ("Council approves the new bridge budget", "The vote passed 12 to 3 on Tuesday."),
    "ckb": ("ئەنجومەن بودجەی پردی نوێی پەسەند کرد", "دەنگدان بە ١٢ بەرامبەر ٣ تێپەڕی."),
    "kmr": ("Meclîsê budceya pira nû pejirand", "Dengdan bi 12 li hember 3 derbas bû."),
    "ar": ("المجلس يقر ميزانية الجسر الجديد", "مرّ التصويت بأغلبية 12 مقابل 3 يوم الثلاثاء."),
    "tr": ("Meclis yeni köprü bütçesini onayladı", "Oylama salı günü 12'ye karşı 3 oyla kabul edildi."),
    "fa": ("شورا بودجهٔ پل جدید را تصویب کرد", "رأی‌گیری روز سه‌شنبه با ۱۲ رأی موافق و ۳ مخالف تصویب شد."),
}
RTL_COMMENT = "قرأت الخبر على iPhone 15 والرقم 2024 صحيح."
LTR_COMMENT = "Good reporting; the 2024 figures match."

GEOMETRY = """
const rect = (sel) => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect().toJSON() : null; };
const root = document.documentElement;
const style = (sel) => { const e = document.querySelector(sel); return e ? getComputedStyle(e).direction : null; };
return {
  direction: getComputedStyle(root).direction,
  lang: root.lang,
  scrollWidth: root.scrollWidth,
  clientWidth: root.clientWidth,
  brand: rect('.brand'),
  main: rect('main'),
  formButton: rect('#comment-form button[type=submit]'),
  form: rect('#comment-form'),
  post: rect('.post'),
  guidelines: rect('.guidelines'),
  firstTab: rect('.dash-nav a'),
  widest: Array.from(document.querySelectorAll('body *'))
    .map((e) => [e.getBoundingClientRect(), e])
    .filter(([r]) => r.right > document.documentElement.clientWidth + 1 || r.left < -1)
    .slice(0, 3)
    .map(([r, e]) => `${e.tagName.toLowerCase()}.${e.className}#${e.id} ${Math.round(r.left)}..${Math.round(r.right)}`),
  approve: rect('.queue-item button.approve'),
  buttons: rect('.queue-item .buttons'),
  rtlComment: style('.comment .text[data-probe=rtl]'),
  ltrComment: style('.comment .text[data-probe=ltr]'),
};
"""


def _shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TRIBUNE_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _hugs_start(inner: dict[str, float], outer: dict[str, float], rtl: bool, slack: float = 6) -> bool:
    """Whether ``inner`` sits at the start edge of ``outer`` (left in LTR, right in RTL)."""
    if rtl:
        return abs(outer["right"] - inner["right"]) <= slack
    return abs(inner["left"] - outer["left"]) <= slack


def _common_checks(where: str, geo: dict[str, Any], lang: str, problems: list[str]) -> None:
    rtl = lang in RTL
    if geo["direction"] != ("rtl" if rtl else "ltr") or geo["lang"] != lang:
        problems.append(f"{where}: direction {geo['direction']} lang {geo['lang']}")
    if geo["scrollWidth"] > geo["clientWidth"]:
        problems.append(
            f"{where}: scrolls sideways ({geo['scrollWidth']} > {geo['clientWidth']}; widest: {geo.get('widest')})"
        )
    width = geo["clientWidth"]
    brand = geo["brand"]
    if (brand["right"] < width - 60) if rtl else (brand["left"] > 60):
        span = f"{brand['left']:.0f}..{brand['right']:.0f}"
        problems.append(f"{where}: masthead brand on the wrong side ({span})")


def _open(browser: Any, url: str, lang: str, size: tuple[int, int], shot: Path) -> dict[str, Any]:
    browser.set_window_size(*size)
    browser.add_cookie({"name": settings.LANGUAGE_COOKIE_NAME, "value": lang})
    browser.get(url)
    browser.save_screenshot(str(shot))
    return dict(browser.execute_script(GEOMETRY))


def test_reader_page_in_every_language(browser: Any, live_server: Any, tmp_path: Path) -> None:
    shots = _shots_dir(tmp_path)
    articles = {}
    for lang in LANGUAGES:
        title, body = ARTICLES[lang]
        article = article_row(f"bridge-{lang}", title, body, language=lang, lead=body)
        for probe, text, comment_lang in (("rtl", RTL_COMMENT, "ar"), ("ltr", LTR_COMMENT, "en")):
            comment_row(
                article=article, body=text, language=comment_lang, status=CommentStatus.APPROVED,
                author_name="Rêbaz 7" if probe == "ltr" else "سارا ٣",
            )
        articles[lang] = article
    browser.get(live_server.url + "/")
    problems: list[str] = []
    positions: dict[tuple[str, str], float] = {}
    for lang, article in articles.items():
        for name, size in WIDTHS.items():
            where = f"reader {lang} {name}"
            url = live_server.url + article.get_absolute_url()
            geo = _open(browser, url, lang, size, shots / f"reader-{lang}-{name}.png")
            browser.execute_script(
                "document.querySelectorAll('.comment .text').forEach((e) => "
                "e.dataset.probe = /[\\u0600-\\u06ff]/.test(e.textContent) ? 'rtl' : 'ltr');"
            )
            geo.update(browser.execute_script(GEOMETRY))
            _common_checks(where, geo, lang, problems)
            rtl = lang in RTL
            if not _hugs_start(geo["formButton"], geo["form"], rtl):
                problems.append(f"{where}: submit button not at the {'right' if rtl else 'left'} of the form")
            if (geo["rtlComment"], geo["ltrComment"]) != ("rtl", "ltr"):
                problems.append(f"{where}: mixed comments read {geo['rtlComment']}/{geo['ltrComment']}")
            if name == "desktop":
                post_first = geo["post"]["left"] < geo["guidelines"]["left"]
                if post_first == rtl:
                    problems.append(f"{where}: form and guidelines columns not mirrored")
            positions[(lang, name)] = geo["formButton"]["left"]
    # The same element, compared between an LTR and an RTL page: it crosses to the other side.
    assert positions[("ar", "desktop")] > positions[("en", "desktop")] + 300
    assert problems == []


def test_dashboard_in_every_language(browser: Any, live_server: Any, tmp_path: Path, moderator: Any) -> None:
    shots = _shots_dir(tmp_path)
    story = article_row("bridge-vote", *ARTICLES["en"])
    comment_row(article=story, body=RTL_COMMENT, language="ar", risk=0.7, author_name="سارا ٣")
    comment_row(article=story, body=LTR_COMMENT, language="en", risk=0.4, author_name="Rêbaz 7")
    browser_login(browser, live_server.url, moderator)
    problems: list[str] = []
    approve_left: dict[str, float] = {}
    for lang in LANGUAGES:
        for name, size in WIDTHS.items():
            where = f"dashboard {lang} {name}"
            shot = shots / f"queue-{lang}-{name}.png"
            geo = _open(browser, live_server.url + "/moderation/", lang, size, shot)
            _common_checks(where, geo, lang, problems)
            rtl = lang in RTL
            if not _hugs_start(geo["firstTab"], geo["main"], rtl, slack=30):
                problems.append(f"{where}: first tab not at the {'right' if rtl else 'left'}")
            if not _hugs_start(geo["approve"], geo["buttons"], rtl):
                problems.append(f"{where}: approve button not first from the {'right' if rtl else 'left'}")
            if name == "desktop":
                approve_left[lang] = geo["approve"]["left"]
    assert approve_left["fa"] > approve_left["tr"] + 300
    assert problems == []
