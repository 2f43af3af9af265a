"""The cheap rule steps: length, closed article, rate limit, duplicates."""

from __future__ import annotations

from tests.factories import make_context, make_input
from tribune.moderation.pipeline.steps.article_open import ArticleOpenStep
from tribune.moderation.pipeline.steps.duplicate import DuplicateStep, similarity
from tribune.moderation.pipeline.steps.length import LengthStep
from tribune.moderation.pipeline.steps.rate_limit import RateLimitStep
from tribune.moderation.pipeline.types import Action, History


def test_length_rejects_too_short_and_too_long() -> None:
    context = make_context(min_length=2, max_length=10)
    assert LengthStep().check(make_input(" a "), context).action is Action.REJECT
    assert LengthStep().check(make_input("x" * 11), context).action is Action.REJECT
    assert LengthStep().check(make_input("fine"), context).action is Action.CONTINUE


def test_closed_article_rejects_only_comments_posted_after_closing() -> None:
    assert ArticleOpenStep().check(make_input("hi"), make_context(open_=False)).reasons == ("article_closed",)
    assert ArticleOpenStep().check(make_input("hi"), make_context(open_=True)).action is Action.CONTINUE


def test_rate_limit_holds_per_author_and_per_ip() -> None:
    step = RateLimitStep()
    busy_author = make_context(history=History(by_author_recent=5), rate_limit_per_author=5)
    busy_ip = make_context(history=History(by_ip_recent=10), rate_limit_per_ip=10)
    assert step.check(make_input("hi"), busy_author).action is Action.HOLD
    assert step.check(make_input("hi"), busy_ip).reasons == ("rate_limit",)
    assert step.check(make_input("hi", ip_address=None), busy_ip).action is Action.CONTINUE
    assert (
        step.check(make_input("hi"), make_context(history=History(by_author_recent=4))).action
        is Action.CONTINUE
    )


def test_similarity_ignores_case_and_punctuation() -> None:
    assert similarity("Great article!!", "great   article") == 1.0
    assert similarity("Great article", "Terrible decision by the council") < 0.5


def test_duplicate_rejects_an_authors_near_repeat() -> None:
    history = History(author_recent_texts=("The government must explain this attack.",))
    verdict = DuplicateStep().check(
        make_input("The government must explain this attack!!"), make_context(history=history)
    )
    assert verdict.action is Action.REJECT
    assert verdict.reasons == ("duplicate",)


def test_duplicate_passes_a_different_comment_and_holds_a_campaign() -> None:
    history = History(author_recent_texts=("Thanks for the report.",))
    assert (
        DuplicateStep().check(make_input("Who fired the rockets?"), make_context(history=history)).action
        is Action.CONTINUE
    )
    campaign = DuplicateStep().check(
        make_input("Join us"), make_context(history=History(same_text_authors=3))
    )
    assert campaign.action is Action.HOLD
    assert campaign.guidelines == ("promotion",)
