"""Comment texts for the load test, each paired with an article of its language.

Test-split rows of the shared labelled datasets (``$TRIBUNE_DATA`` or
``../shared/data``, read at bench time, never copied) give real comments in
English, Arabic, Turkish and Persian, clean and abusive alike. Without that
folder, and for Kurdish (no labelled set), sentences written here are combined
at random into comments. ``comments(n)`` mixes both, seeded, so runs repeat.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

# Demo article slugs by language (tribune/demo/articles.py, loaded by ``seed_demo``).
ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("rockets-fired-at-ain-al-asad-air-base", "city-council-approves-bike-lane-plan"),
    "ckb": ("sulaymaniyah-new-water-project",),
    "kmr": ("duhok-newroz-culture-festival",),
    "ar": ("baghdad-international-book-fair-opens",),
    "tr": ("izmir-school-earthquake-drill",),
    "fa": ("tehran-air-pollution-schools-closed",),
}

# Sentences a reader might write under the demo articles; combined 1–3 at a time.
SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thanks for the clear report.",
        "Who is going to pay for all of this?",
        "The council should have asked the people who live on that street first.",
        "I drive there every day and the traffic is already terrible.",
        "Good to hear nobody was hurt.",
        "This keeps happening and nobody is held responsible.",
        "You are an idiot if you believe this.",
        "Buy cheap followers now at best-deal dot com!!!",
    ),
    "ckb": (
        "سوپاس بۆ ئەم هەواڵە.",
        "ئاوی خاوێن مافی هەموو خەڵکە.",
        "کەی پرۆژەکە تەواو دەبێت؟",
        "ئێمە ساڵانێکە چاوەڕێی ئەمەین.",
    ),
    "kmr": (
        "Spas ji bo vê nûçeyê.",
        "Newroz li hemû gelê me pîroz be.",
        "Festîval pir xweş bû, em ê sala bê dîsa werin.",
        "Çima ev tişt ewqas dereng hat kirin?",
    ),
    "ar": (
        "شكرا على هذا التقرير.",
        "معرض الكتاب فرصة جميلة للعائلات.",
        "متى سيفتح المعرض أبوابه للجمهور؟",
        "الأسعار مرتفعة جدا هذا العام.",
    ),
    "tr": (
        "Haber için teşekkürler.",
        "Okullarda bu tatbikatlar her yıl yapılmalı.",
        "Çocuklarımızın güvenliği her şeyden önemli.",
        "Binaların depreme dayanıklı olup olmadığını kim kontrol ediyor?",
    ),
    "fa": (
        "ممنون از این گزارش.",
        "آلودگی هوا هر سال بدتر می‌شود.",
        "تعطیلی مدارس راه حل نیست.",
        "چرا دولت کاری نمی‌کند؟",
    ),
}


@dataclass(frozen=True)
class LoadComment:
    """One comment to post: its article slug, language and text."""

    slug: str
    lang: str
    text: str


def generated(rng: random.Random, lang: str) -> str:
    """A comment of 1–3 sentences in ``lang`` from ``SENTENCES``."""
    pool = SENTENCES[lang]
    return " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))


def dataset_rows(data_dir: Path | None, limit: int, rng: random.Random) -> list[tuple[str, str]]:
    """Up to ``limit`` ``(lang, text)`` test-split rows from the shared datasets; [] without them."""
    if data_dir is None or not data_dir.is_dir():
        return []
    from tribune.ml.training.datasets import load_all

    rows = [(r.lang, r.text) for r in load_all(data_dir) if r.split == "test" and r.text.strip()]
    rng.shuffle(rows)
    return rows[:limit]


def default_data_dir() -> Path | None:
    """``$TRIBUNE_DATA`` or ``../shared/data`` beside the repository, if it exists."""
    import os

    env = os.environ.get("TRIBUNE_DATA")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return path if path.is_dir() else None


def comments(
    n: int, *, data_dir: Path | None = None, seed: int = 7, kurdish_share: float = 0.1
) -> list[LoadComment]:
    """``n`` comments: dataset rows when available, else generated; ``kurdish_share`` generated Kurdish.

    Texts longer than 2,000 characters are cut there (the site's limit is 5,000; the
    load test measures typical comments, not the longest).
    """
    rng = random.Random(seed)
    rows = dataset_rows(data_dir, n, rng)
    out: list[LoadComment] = []
    for i in range(n):
        if rows and rng.random() >= kurdish_share:
            lang, text = rows[i % len(rows)]
        else:
            lang = rng.choice(("ckb", "kmr")) if rows else rng.choice(tuple(SENTENCES))
            text = generated(rng, lang)
        slugs = ARTICLES.get(lang, ARTICLES["en"])
        out.append(LoadComment(slug=rng.choice(slugs), lang=lang, text=text[:2000]))
    return out
