"""The site's six languages: Django's locale table completed, and which one a page speaks.

Django knows ``ckb`` (Sorani) but not ``kmr`` (Kurmanji); ``register_languages()``
adds Kurmanji to ``django.conf.locale.LANG_INFO`` so ``get_language_info``,
``{% get_language_info_list %}`` and ``LANGUAGE_BIDI`` work for it like for any
other language. Settings call it once, before anything reads the table.

    register_languages()
    activate_for_page(request, article.language)  # unless the reader chose a language
"""

from __future__ import annotations

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import HttpRequest
from django.utils import translation

EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "kmr": {
        "bidi": False,
        "code": "kmr",
        "name": "Kurmanji Kurdish",
        "name_local": "Kurdî (Kurmancî)",
    },
}


def register_languages() -> None:
    """Add the languages Django lacks to its locale table (idempotent)."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def site_languages() -> list[str]:
    """The codes of ``settings.LANGUAGES``, in order."""
    return [code for code, _name in settings.LANGUAGES]


def reader_chose_language(request: HttpRequest) -> bool:
    """Whether the reader picked a site language with the switcher (the language cookie)."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return chosen in site_languages()


def activate_for_page(request: HttpRequest, language: str) -> str:
    """Speak ``language`` on this page unless the reader chose another; returns the language used.

    An article's page defaults to the article's language, whatever the browser
    asks for; the switcher's cookie overrides it.
    """
    if reader_chose_language(request) or language not in site_languages():
        return translation.get_language()
    translation.activate(language)
    request.LANGUAGE_CODE = language  # type: ignore[attr-defined]
    return language
