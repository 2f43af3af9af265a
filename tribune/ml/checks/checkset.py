"""Load and validate a check set: hand-written comments with the decision a newsroom expects.

A check set is JSON Lines, one comment per line, with these fields:

* ``id`` (str): unique, e.g. ``ckb-017``.
* ``lang`` (str): a site language (``ckb``, ``kmr``, ...).
* ``text`` (str): the comment as a reader would post it.
* ``expected`` (str): ``approve`` (clean), ``reject`` (a clear violation) or
  ``review-or-reject`` (a violation a human may judge: veiled threats,
  promotion, off-topic, insults about a third person).
* ``guideline`` (str): the guideline broken, or ``none`` for a clean comment.
* ``target`` (str): for ``abuse`` only, whom it targets (``sexism``, ...).
* ``kind`` (str, optional): a finer tag (``veiled``, ``war-news``, ...).
* ``gloss`` (str): a short English translation for reviewers.
* ``article`` (str, optional): the article text the comment is scored against.

It is a smoke test, not a benchmark: never train or tune thresholds on it.

Three Kurdish files, written for Tribune in our own words, in this order:

* ``kurdish.jsonl`` (``KURDISH_CHECKS``): 173 Sorani + 173 Kurmanji comments, written first; the
  Kurdish templates were then written with it in view, so its results flatter them.
* ``kurdish_round2.jsonl``: 25 + 25, written after the first templates; scored once, then used to
  extend the templates (no longer unseen either).
* ``kurdish_holdout.jsonl`` (``KURDISH_HOLDOUT``): 20 + 20, never used to write or tune anything:
  the only one of the three that says how the lists do on phrasings they were not written for.

Usage::

    items = load_check_set()          # the shipped Kurdish set
    [i for i in items if i.lang == "kmr" and i.violation]
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, LANGUAGES

__all__ = [
    "EXPECTED",
    "KURDISH_CHECKS",
    "KURDISH_HOLDOUT",
    "KURDISH_ROUND2",
    "CheckItem",
    "CheckSetError",
    "load_check_set",
]

KURDISH_CHECKS = Path(__file__).parent / "kurdish.jsonl"
KURDISH_ROUND2 = Path(__file__).parent / "kurdish_round2.jsonl"
KURDISH_HOLDOUT = Path(__file__).parent / "kurdish_holdout.jsonl"
EXPECTED: tuple[str, ...] = ("approve", "reject", "review-or-reject")
CLEAN = "none"
_GUIDELINES = frozenset(str(g) for g in GUIDELINES)
_TARGETS = frozenset(str(t) for t in ABUSE_TARGETS)
_REQUIRED = ("id", "lang", "text", "expected", "guideline", "gloss")


class CheckSetError(ValueError):
    """A check-set line is malformed; the message names the line."""


@dataclass(frozen=True)
class CheckItem:
    """One hand-written comment and the decision expected for it (fields as in the module docstring)."""

    id: str
    lang: str
    text: str
    expected: str
    guideline: str
    gloss: str
    target: str = ""
    kind: str = ""
    article: str = ""

    @property
    def violation(self) -> bool:
        """True when the comment breaks a guideline (anything not expected to be approved)."""
        return self.guideline != CLEAN

    @property
    def category(self) -> str:
        """``abuse:<target>`` for abuse, else the guideline (``none`` when clean)."""
        return f"abuse:{self.target}" if self.guideline == "abuse" else self.guideline


def _item(record: object, where: str) -> CheckItem:
    if not isinstance(record, dict):
        raise CheckSetError(f"{where}: expected a JSON object")
    missing = [k for k in _REQUIRED if not isinstance(record.get(k), str) or not record[k].strip()]
    if missing:
        raise CheckSetError(f"{where}: missing or empty {missing}")
    item = CheckItem(**{k: str(record.get(k, "")) for k in CheckItem.__dataclass_fields__})
    if item.lang not in LANGUAGES:
        raise CheckSetError(f"{where}: lang {item.lang!r} is not a site language")
    if item.expected not in EXPECTED:
        raise CheckSetError(f"{where}: expected {item.expected!r} is not one of {EXPECTED}")
    if item.guideline != CLEAN and item.guideline not in _GUIDELINES:
        raise CheckSetError(f"{where}: unknown guideline {item.guideline!r}")
    if (item.guideline == CLEAN) != (item.expected == "approve"):
        raise CheckSetError(f"{where}: only clean comments (guideline 'none') may expect 'approve'")
    if item.guideline == "abuse" and item.target not in _TARGETS:
        raise CheckSetError(f"{where}: abuse needs a target in {sorted(_TARGETS)}")
    return item


def load_check_set(path: Path = KURDISH_CHECKS) -> list[CheckItem]:
    """Every item of the check set at ``path``, in file order; raises ``CheckSetError`` on a bad line."""
    items: list[CheckItem] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CheckSetError(f"{where}: not JSON ({exc.msg})") from exc
        item = _item(record, where)
        if item.id in seen:
            raise CheckSetError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    return items
