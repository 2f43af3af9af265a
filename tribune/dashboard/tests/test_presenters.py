"""Highlighting and score bars, without a database."""

from __future__ import annotations

from tribune.dashboard.presenters import highlight_segments, top_scores


def span(label: str, start: int, end: int, text: str | None = None) -> dict[str, object]:
    return {"label": label, "start": start, "end": end, "text": text, "source": "lexicon"}


def test_segments_rejoin_to_the_body_and_mark_spans() -> None:
    body = "you are an idiot, go away"
    segments = highlight_segments(body, [span("personal_attack", 11, 16, "idiot")])

    assert "".join(s.text for s in segments) == body
    assert [(s.text, s.label) for s in segments if s.label] == [("idiot", "personal_attack")]


def test_bad_spans_are_dropped_not_guessed() -> None:
    body = "short text"
    evidence = [
        span("threat", 5, 50),  # past the end
        span("threat", 4, 2),  # reversed
        span("threat", 0, 5, "other"),  # text does not match the offsets
        "not a mapping",
        {"label": "threat", "start": "0", "end": 2},
    ]

    segments = highlight_segments(body, evidence)

    assert [(s.text, s.label) for s in segments] == [(body, "")]


def test_overlapping_spans_keep_the_first() -> None:
    body = "abcdefgh"
    segments = highlight_segments(body, [span("threat", 2, 6), span("profanity", 4, 8), span("abuse", 0, 1)])

    assert [(s.text, s.label) for s in segments] == [
        ("a", "abuse"),
        ("b", ""),
        ("cdef", "threat"),
        ("gh", ""),
    ]


def test_empty_body_gives_one_segment() -> None:
    assert [s.text for s in highlight_segments("", [])] == [""]


def test_top_scores_skip_noise_and_the_overall_reject_score() -> None:
    bars = top_scores(
        {"reject": 0.9, "threat": 0.9, "abuse": 0.4, "racism": 0.3, "profanity": 0.01, "x": 0.8}
    )

    assert [(b.code, b.percent) for b in bars] == [("threat", 90), ("abuse", 40), ("racism", 30)]
