"""``tribune score``: judge JSONL comments without the site or a database.

Input lines: ``{"text": ..., "id"?: ..., "article"?: ..., "lang"?: ...}``.
Output: one line per input, same order, in the fixed contract
``{"id", "decision", "guidelines", "scores", "language"}``. The decision is the
site's (``tribune.moderation.decision.rule``): the bundle's policy, with editors'
threshold overrides when a database is configured and reachable; a line on
standard error says which.

Every line is checked before any is scored: a malformed file is refused
whole, with the line numbers at fault, and nothing is written. What the site
refuses is refused here too: empty or over-long text, a ``lang`` that is not a
site language; and an ``article`` that is one word (a slug, id or address)
rather than the article's text. An input with no comments is refused as well.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from tribune.cli.helptext import DEFAULT_BATCH_SIZE
from tribune.cli.thresholds import cli_overrides
from tribune.ml import ScoreInput, get_scorer
from tribune.moderation.decision import contract_line, rule

MAX_REPORTED_ERRORS = 20

# The site's languages (settings.LANGUAGES) and its length limit (TRIBUNE_MAX_COMMENT_LENGTH).
SITE_LANGUAGES = ("ckb", "kmr", "en", "ar", "tr", "fa")
DEFAULT_MAX_LENGTH = 5000


class InputError(ValueError):
    """The input file cannot be scored; ``str()`` lists what is wrong."""


def _parse_line(number: int, raw: bytes) -> tuple[Any, ScoreInput]:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"line {number}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"line {number}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"line {number}: 'text' must be a string")
    article = record.get("article") or ""
    lang = record.get("lang")
    if not isinstance(article, str) or (lang is not None and not isinstance(lang, str)):
        raise InputError(f"line {number}: 'article' and 'lang' must be strings")
    _check_fields(number, text, article, lang)
    return record.get("id", number), ScoreInput(text=text, article=article, lang=lang or None)


def max_length() -> int:
    """The site's limit on a comment's length: ``TRIBUNE_MAX_COMMENT_LENGTH`` (default 5000)."""
    raw = os.environ.get("TRIBUNE_MAX_COMMENT_LENGTH", "")
    return int(raw) if raw.strip().isdigit() else DEFAULT_MAX_LENGTH


def _check_fields(number: int, text: str, article: str, lang: str | None) -> None:
    """Refuse what the site refuses, and an ``article`` that cannot be the article's text."""
    if not text.strip():
        raise InputError(f"line {number}: 'text' is empty (the site refuses empty comments)")
    if len(text) > max_length():
        raise InputError(f"line {number}: 'text' is {len(text)} characters, over the site's {max_length()}")
    if lang and lang not in SITE_LANGUAGES:
        raise InputError(
            f"line {number}: 'lang' {lang!r} is not a site language ({', '.join(SITE_LANGUAGES)})"
        )
    if article.strip() and len(article.split()) == 1:
        raise InputError(
            f"line {number}: 'article' must be the article's text (title, lead, body), "
            f"not one word such as a slug or address: {article[:60]!r}"
        )


def read_inputs(stream: IO[bytes]) -> list[tuple[Any, ScoreInput]]:
    """Parse every non-blank line; raise ``InputError`` listing the bad ones."""
    items: list[tuple[Any, ScoreInput]] = []
    errors: list[str] = []
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            items.append(_parse_line(number, raw))
        except InputError as exc:
            errors.append(str(exc))
    if not errors and not items:
        raise InputError("no comments: the input has no non-blank lines")
    if errors:
        shown = errors[:MAX_REPORTED_ERRORS]
        more = len(errors) - len(shown)
        raise InputError("\n".join(shown + ([f"... and {more} more"] if more else [])))
    return items


@contextmanager
def _open(path: str, mode: str) -> Iterator[IO[Any]]:
    if path == "-":
        yield sys.stdin.buffer if "r" in mode else sys.stdout
        return
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
        yield handle


def score_command(
    input_path: str, output_path: str, *, batch_size: int = DEFAULT_BATCH_SIZE, bundle: str | None = None
) -> int:
    """Score ``input_path`` into ``output_path``; 0 on success, 2 on bad input."""
    if input_path != "-" and not Path(input_path).is_file():
        print(f"tribune score: no such file: {input_path}", file=sys.stderr)
        return 2
    try:
        with _open(input_path, "rb") as stream:
            items = read_inputs(stream)
    except InputError as exc:
        print(f"tribune score: input refused, nothing written:\n{exc}", file=sys.stderr)
        return 2
    scorer = get_scorer(bundle)
    overrides, said = cli_overrides()
    print(f"tribune score: thresholds: {said}", file=sys.stderr)
    with _open(output_path, "w") as out:
        for start in range(0, len(items), max(1, batch_size)):
            batch = items[start : start + batch_size]
            judgements = scorer.judge([item for _, item in batch])
            for (item_id, _), judgement in zip(batch, judgements, strict=True):
                line = contract_line(item_id, judgement, rule(judgement, scorer.policy, overrides))
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()
    return 0
