"""Demo of the learning loop: a demo site, moderators' decisions, then ``tribune train --with-decisions``.

Runs in its own folder (``--var-dir``, default ``var/learning-demo``: its own
SQLite database and model store), so the demo site and the packaged bundle are
left alone. It seeds the demo articles, turns "humans approve all" on (so every
comment the model does not reject reaches a moderator), posts the comments
below through the real pipeline, lets the demo moderator decide each held one
as the label written beside it says, then runs the retrain and prints its report.

    .venv/bin/python scripts/demo_learning_loop.py --quick --no-promote   # a minute or two
    .venv/bin/python scripts/demo_learning_loop.py                        # full retrain, ~15 minutes
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# (article language, author, text, moderator's verdict: "approve" or the guideline broken) — written for this demo.
COMMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("en", "Maya", "Good to see the council finally funding protected lanes on the ring road.", "approve"),
    ("en", "Idris", "Will the plan include lighting? The underpass is pitch dark after six.", "approve"),
    ("en", "Jon", "Another waste of money. Nobody cycles in February.", "approve"),
    ("en", "Ruth", "I cycle to work every day in February, so that is not quite true.", "approve"),
    ("en", "Pete", "The councillor who pushed this is a brainless clown.", "personal_attack"),
    ("en", "Kay", "Cyclists are vermin and should be run off the road.", "threat"),
    ("en", "Omar", "What happens to the parking on Mill Street during the works?", "approve"),
    ("en", "Lena", "This is the best news for our kids walking to school in years.", "approve"),
    ("en", "anon77", "What a load of crap, the whole council is a joke.", "profanity"),
    ("en", "Zed", "The reporter clearly never rode a bike, what a moron.", "personal_attack"),
    ("en", "Beth", "Bike repair kits 50% off at www.spokes-deals.example, today only!", "promotion"),
    ("en", "Harun", "Could the paper publish the full cost breakdown per kilometre?", "approve"),
    ("en", "Mick", "Shut up and stop whining, you pathetic losers.", "personal_attack"),
    ("en", "Ann", "My grandmother cannot cross the junction safely now, so I welcome this.", "approve"),
    ("en", "Vic", "Who gives a damn about bikes when rents are this high?", "approve"),
    ("en", "Greg", "Follow me on my channel for daily crypto tips, link in bio.", "promotion"),
    (
        "en",
        "Sara",
        "The base has been hit three times this year; why are the defences still inadequate?",
        "approve",
    ),
    ("en", "Rami", "Thank you for naming the province and the units involved.", "approve"),
    ("en", "Ted", "Whoever fired those rockets deserves to be hanged in the square.", "threat"),
    ("en", "Lou", "These people are animals, all of them, deport every one.", "abuse"),
    ("en", "Nadia", "The report says the launcher was seized; was anyone arrested?", "approve"),
    ("en", "Kurt", "Typical biased garbage from a hack journalist.", "personal_attack"),
    ("en", "Ella", "I hope everyone at the base is safe. Thank you for the update.", "approve"),
    ("en", "Bo", "My football team lost again on Saturday, terrible referee.", "off_topic"),
    ("en", "Wes", "Anyone selling a used PlayStation? Message me.", "promotion"),
    ("en", "Cara", "The map in the article helps a lot, thanks.", "approve"),
    ("en", "Dan", "Bloody hell, not again. When will this end?", "approve"),
    ("en", "Moe", "Muslims are a cancer on this country.", "abuse"),
    ("en", "Iris", "It would help to hear from people living near the base.", "approve"),
    ("en", "Raj", "You are all idiots if you believe a word of this.", "personal_attack"),
    ("en", "Fay", "Women should not be allowed to report on military matters.", "abuse"),
    ("en", "Gus", "Send her pictures of your junk, she loves it.", "vulgarity"),
    ("ar", "هدى", "معرض الكتاب فرصة رائعة للطلاب، شكرا على التغطية.", "approve"),
    ("ar", "كريم", "أتمنى أن تكون الأسعار مناسبة للعائلات هذه السنة.", "approve"),
    ("ar", "مجهول", "الكاتب حمار ولا يفهم شيئا.", "personal_attack"),
    ("ar", "سامي", "هل يشارك ناشرون من المغرب هذا العام؟", "approve"),
    ("ar", "زائر", "يا كلب يا ابن الكلب، اسكت.", "profanity"),
    ("ar", "ليلى", "المعرض منظم أفضل من السنة الماضية.", "approve"),
    ("tr", "Elif", "Tatbikat her dönem yapılmalı, çocuklar ne yapacaklarını öğreniyor.", "approve"),
    ("tr", "Murat", "Okul müdürü tam bir aptal, hiçbir şey bilmiyor.", "personal_attack"),
    ("tr", "Ayşe", "Binaların depreme dayanıklılığı da kontrol edildi mi?", "approve"),
    ("tr", "Kemal", "Siktir git, bu haber yalan.", "profanity"),
    ("tr", "Zeynep", "Öğretmenlere teşekkürler, çok iyi organize edilmiş.", "approve"),
    ("fa", "مریم", "ممنون از گزارش، مدارس باید تا بهبود هوا تعطیل بمانند.", "approve"),
    ("fa", "رضا", "مسئولان شهرداری احمق هستند و هیچ کاری نمی‌کنند.", "personal_attack"),
    ("fa", "سارا", "آیا برای کودکان ماسک رایگان توزیع می‌شود؟", "approve"),
    ("fa", "ناشناس", "خفه شو کثافت.", "profanity"),
    ("fa", "علی", "کاش گزارش آمار آلودگی هر منطقه را هم منتشر کند.", "approve"),
)


def parse_args() -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", type=Path, default=Path("var/learning-demo"))
    return parser.parse_known_args()


def make_decisions() -> tuple[int, int]:
    """Seed the demo, post ``COMMENTS`` through moderation, decide every held one; returns (human, automatic)."""

    from tribune.comments.enums import CommentStatus
    from tribune.comments.services import comment_submit
    from tribune.demo.articles import article_seed_demo
    from tribune.demo.moderator import demo_moderator_ensure
    from tribune.moderation.models import ModerationConfig
    from tribune.moderation.services import comment_approve, comment_moderate, comment_reject

    articles = {a.language: a for a in reversed(article_seed_demo())}  # first article per language
    login = demo_moderator_ensure()
    from django.contrib.auth import get_user_model

    moderator = get_user_model().objects.get(username=login.username)
    ModerationConfig.objects.update_or_create(pk=1, defaults={"auto_approve": False})
    human = automatic = 0
    for index, (lang, author, text, verdict) in enumerate(COMMENTS):
        comment = comment_submit(
            article=articles[lang], author_name=author, body=text, ip_address=f"198.51.100.{index + 1}"
        )
        comment_moderate(comment_id=comment.pk)  # no-op if it already ran after commit
        comment.refresh_from_db()
        if comment.status != CommentStatus.PENDING:
            automatic += 1
            continue
        if verdict == "approve":
            comment_approve(comment_id=comment.pk, moderator=moderator)
        else:
            comment_reject(comment_id=comment.pk, moderator=moderator, guidelines=[verdict])
        human += 1
    return human, automatic


def main() -> int:
    args, rest = parse_args()
    var_dir = args.var_dir.resolve()
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ["TRIBUNE_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("TRIBUNE_MODEL_DIR", str(var_dir / "models"))
    os.environ.pop("TRIBUNE_MODEL_BUNDLE", None)
    from tribune.cli.serve import django_setup

    django_setup()
    from django.core.management import call_command

    from tribune.comments.models import Comment

    call_command("migrate", interactive=False, verbosity=0)

    if Comment.objects.exists():
        print(f"{var_dir} already has comments: reusing its decisions (delete the folder to start over)")
    else:
        human, automatic = make_decisions()
        print(f"{len(COMMENTS)} comments posted: {human} decided by the moderator, {automatic} by the model")
    from tribune.cli import main as tribune

    return tribune(["train", "--with-decisions", *rest])


if __name__ == "__main__":
    sys.exit(main())
