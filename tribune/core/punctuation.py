"""Punctuation checks for a translation against its English source (used by ``catalog_report``).

    punctuation_problems("ar", "Why do you appeal?", "لماذا تستأنف؟:")   # ["two end marks: '؟:'"]

What is checked, per entry:

* the end: a source ending in ``:``, ``.``, ``?`` or ``!`` ends the same way in the translation
  (``؟`` counts as ``?``); a translation adds no ``.``, ``?`` or ``!`` the source lacks (tags,
  placeholders and quotes aside). A ``:`` may be added where a value follows (Turkish "yazan: …");
* two end marks in a row (``?:``, ``؟:``, ``.:``, ``..`` but not ``...``);
* Arabic-script languages (ar, fa, ckb) use ``؟`` and ``،``, not Latin ``?`` and ``,`` after their letters;
* no space before ``:``, ``.``, ``,``, ``?``, ``!``, ``؟``, ``،`` (French spacing is no site language's),
  unless the source spaces it too (a mark used as a symbol, like the ``?`` key).
"""

from __future__ import annotations

import re

ARABIC_SCRIPT = frozenset({"ar", "fa", "ckb"})
_END = {":": ":", ".": ".", "?": "?", "؟": "?", "!": "!"}
_ARABIC_LETTER = "\u0600-\u06ff"
_DOUBLE = re.compile(r"[?؟!:،,;](?=[?؟!:.،,;])|(?<!\.)\.(?=[?؟!:،,;])|(?<![.])\.\.(?!\.)")
_LATIN_AFTER_ARABIC = re.compile(rf"[{_ARABIC_LETTER}]\s*([?,])")
_SPACE_BEFORE = re.compile(r"[^\s]\s+([:.,?!؟،])(?=\s|$)")
_TRAILING = re.compile(r"(%\([a-z_]+\)[sd]|\{[a-z_]+\}|<[^>]+>|[\s\"”»«“'’)])+$")


def _end_mark(text: str) -> str:
    """The final punctuation of ``text`` as its English equivalent ('' if none), tags and quotes aside."""
    stripped = _TRAILING.sub("", text.rstrip())
    return _END.get(stripped[-1:], "") if stripped else ""


def punctuation_problems(language: str, msgid: str, translated: str) -> list[str]:
    """What is wrong with ``translated``'s punctuation, as short sentences (empty when nothing is)."""
    if not translated.strip():
        return []
    problems = []
    source_end, own_end = _end_mark(msgid), _end_mark(translated)
    if source_end != own_end and not (own_end == ":" and not source_end):
        problems.append(f"ends with {own_end or 'no mark'!r} where the source ends with {source_end or 'no mark'!r}")
    for match in _DOUBLE.finditer(translated):
        problems.append(f"two end marks: {translated[match.start() : match.start() + 2]!r}")
    if language in ARABIC_SCRIPT:
        for match in _LATIN_AFTER_ARABIC.finditer(translated):
            mark = match.group(1)
            problems.append(f"Latin {mark!r} after Arabic script: use {'؟' if mark == '?' else '،'!r}")
    for match in _SPACE_BEFORE.finditer(translated):
        if f" {match.group(1)}" not in msgid:  # a spaced mark in the source is a symbol (the "?" key)
            problems.append(f"space before {match.group(1)!r}")
    return problems
