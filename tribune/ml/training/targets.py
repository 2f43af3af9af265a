"""Keyword cues that name the *group* an abusive text is aimed at (weak labels for abuse targets).

No dataset here labels racism, homophobia or religious hatred directly: Davidson
"hate", OLID ``GRP``, ToxicSpans "Identity based Attack", OSACT4 ``HS``, L-HSAB
``hate`` and Pars-OFF ``GRP`` say only *that* a group is attacked. For those rows
(and only those) ``mapping`` asks ``target_cues`` which groups the text names and
uses the answer as the target label (distant supervision). HatEval says the group
itself (immigrants or women) through its collection keywords, found the same way.

These lists are short, hand-written cue stems per language; they are not the
moderation word lists (``tribune.ml.lexicon``) and never run at inference.

    >>> sorted(target_cues("send the refugees back", "en"))
    ['xenophobia']
"""

from __future__ import annotations

import re
from functools import cache

_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "sexism": {
        "en": ("wom[ae]n", "girl", "female", "bitch", "whore", "slut", "feminis", "wife", "wives", "hoe"),
        "ar": ("نسو", "نساء", "امراه", "مره", "بنات", "شرموط", "قحب"),
        "tr": ("kadın", "kadin", "kız", "kiz", "karı", "orospu", "feminist"),
        "fa": ("زن", "زنان", "دختر", "فمینیست", "جنده"),
    },
    "racism": {
        "en": ("black", "white people", "nigg", "negro", "race", "racis", "arab", "asian", "mexican", "jew"),
        "ar": ("عبيد", "عبد", "زنوج", "اسود", "عرب", "فرس", "كرد", "اكراد", "يهود"),
        "tr": ("zenci", "kürt", "kurt", "arap", "ermeni", "çingene", "yahudi", "ırk"),
        "fa": ("عرب", "کرد", "ترک", "افغانی", "سیاه", "نژاد", "یهود"),
    },
    "homophobia": {
        "en": ("gay", "fag", "queer", "lesbian", "homo", "trans", "dyke", "lgbt"),
        "ar": ("شاذ", "شواذ", "لوطي", "مثلي", "خول"),
        "tr": ("ibne", "gay", "lgbt", "eşcinsel", "escinsel", "top "),
        "fa": ("همجنس", "کونی", "اواخواهر", "ترنس", "دگرباش"),
    },
    "xenophobia": {
        "en": (
            "immigra",
            "migrant",
            "refugee",
            "illegal",
            "alien",
            "border",
            "deport",
            "invader",
            "foreigner",
        ),
        "ar": ("لاجئ", "نازح", "مهاجر", "اجانب", "غرباء", "سوري", "فلسطيني"),
        "tr": ("suriyeli", "mülteci", "multeci", "göçmen", "gocmen", "yabancı", "afgan"),
        "fa": ("افغانی", "مهاجر", "پناهجو", "اتباع", "خارجی"),
    },
    "religion": {
        "en": ("muslim", "islam", "christian", "jew", "hindu", "catholic", "church", "mosque", "religio"),
        "ar": ("شيع", "سني", "سنه", "رافض", "نصار", "مسيحي", "يهود", "كافر", "كفار", "ملحد", "صليبي", "مجوس"),
        "tr": ("müslüman", "musluman", "hristiyan", "gavur", "kafir", "yahudi", "alevi", "ateist", "din"),
        "fa": ("مسلمان", "اسلام", "آخوند", "اخوند", "شیعه", "سنی", "بهایی", "یهودی", "مسیحی", "ملا"),
    },
}


@cache
def _pattern(target: str, lang: str) -> re.Pattern[str] | None:
    stems = _CUES[target].get(lang, ())
    if not stems:
        return None
    # A cue must start a word; Arabic-script stems may carry a proclitic (و, ال, بال).
    prefix = r"(?:^|(?<=[^\w]))(?:و|ال|بال|لل|ب)?" if lang in {"ar", "fa"} else r"(?:^|(?<=[^\w#]))#?"
    return re.compile(prefix + "(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


def target_cues(text: str, lang: str) -> set[str]:
    """Abuse targets whose cue words appear in ``text`` (lower-cased); English cues always run."""
    lowered = text.casefold()
    found: set[str] = set()
    for target in _CUES:
        for code in {lang, "en"}:
            pattern = _pattern(target, code)
            if pattern is not None and pattern.search(lowered):
                found.add(target)
    return found
