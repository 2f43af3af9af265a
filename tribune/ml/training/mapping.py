"""The one mapping from each dataset's own labels to Tribune's guidelines (also in docs/models.md).

``labels_for(row)`` returns ``{head: 0 | 1}`` for the heads the dataset actually
speaks about; a head that is absent is *masked* (unknown), so that head's
classifier never sees the row. "clean" below means every abuse-type head
(profanity, vulgarity, threat, personal_attack, abuse and the five targets) is 0.
``reject`` is the overall *offensive* head: does the text break a conduct
guideline (promotion and off-topic have their own heads and rules).
Targets (sexism ...) come from ``targets.target_cues`` on group-hate rows only,
except MLMA, whose annotators named the attacked attribute (real target labels).

| dataset | label | heads set |
|---|---|---|
| OLID / Pars-OFF | NOT | clean, reject 0 |
| | OFF+UNT | reject 1, profanity 1, personal_attack 0, abuse 0 |
| | OFF+TIN+IND | reject 1, personal_attack 1, abuse 0 (targets 0) |
| | OFF+TIN+GRP | reject 1, abuse 1, personal_attack 0, targets by cue |
| | OFF+TIN+OTH / OFF (no level B) | reject 1 |
| Davidson | neither / offensive / hate | clean, reject 0 / reject 1, profanity 1, abuse 0 / reject 1, abuse 1, targets by cue |
| HatEval (en) | HS 0 | abuse 0, sexism 0, xenophobia 0 |
| | HS 1 | reject 1, abuse 1, sexism / xenophobia by cue; TR 1 adds personal_attack 1 |
| TRAC | NAG / CAG / OAG | reject 0, personal_attack 0, threat 0, abuse 0 / masked / reject 1 |
| ToxicSpans | per type: majority of raters marked it (threat: any rater, it is rare) -> 1; nobody -> 0; else masked | Insult -> personal_attack, Threat -> threat, Identity -> abuse (+targets by cue), Profane -> profanity; reject 1 unless most raters ticked "not toxic" |
| C3 | crowd_toxicity_level <= 1.5 / >= 2.5 | clean and reject 0 / reject 1 |
| | personal_attack ticks >= 2 / 0 | personal_attack 1 / 0 (and abusive >= 2 -> reject 1) |
| | non_relevant ticks >= 2 / 0 | off_topic 1 / 0; promotion 0 for every row (moderated news comments) |
| YouTube spam | CLASS | promotion |
| OffensEval-ar (OSACT4) | NOT_OFF / OFF / HS | clean, reject 0 / reject 1, abuse 0 / reject 1, abuse 1, targets by cue |
| L-HSAB | normal / abusive / hate | clean, reject 0 / reject 1, abuse 0 / reject 1, abuse 1, targets by cue |
| Aljazeera | 0 clean / -1 offensive / -2 obscene | clean, reject 0 / reject 1, vulgarity 0 / reject 1, vulgarity 1 |
| OffensEval-tr | NOT / OFF | clean, reject 0 / reject 1 |
| UCC (en news comments) | hostile or antagonize / neither (condescending, sarcastic stay allowed) | reject 1, personal_attack 1 / clean, reject 0 |
| MLMA (en, ar) | sentiment "normal" only | clean, reject 0 |
| | hostile tags, no "normal" | reject 1; targets 0 unless named; "normal" mixed with others: masked |
| | target origin (refugees, immigrants) / origin (other) / gender / religion / sexual_orientation | abuse 1, reject 1, xenophobia / racism / sexism / religion / homophobia 1, other targets 0 (real labels, no cue words) |
| Tribune moderators (`--feedback`) | approved | clean, reject 0, promotion 0, off_topic 0 |
| | rejected for guidelines G (target T) | each g in G 1; reject 1 if G has a conduct guideline; T 1 |

Usage::

    labels = labels_for(row)   # e.g. {"reject": 1, "profanity": 1, "personal_attack": 0, "abuse": 0}
"""

from __future__ import annotations

from collections.abc import Callable

from tribune.ml.combine import CONDUCT
from tribune.ml.labels import ABUSE_TARGETS
from tribune.ml.training.datasets import Row
from tribune.ml.training.targets import target_cues

HEADS: tuple[str, ...] = (
    "profanity",
    "vulgarity",
    "threat",
    "personal_attack",
    "abuse",
    *(str(t) for t in ABUSE_TARGETS),
    "promotion",
    "off_topic",
    "reject",
)
"""Trained heads, one per score key (``reject`` = overall offensive)."""

TOXIC_HEADS: tuple[str, ...] = HEADS[:10]
_TARGETS = tuple(str(t) for t in ABUSE_TARGETS)
Labels = dict[str, int]


def _clean() -> Labels:
    return {head: 0 for head in TOXIC_HEADS}


def _targets(row: Row, allowed: tuple[str, ...] = _TARGETS) -> Labels:
    """Cue-named targets get 1 and the other allowed ones 0; no cue at all leaves them masked."""
    cues = target_cues(row.text, row.lang) & set(allowed)
    return {t: int(t in cues) for t in allowed} if cues else {}


def _group_hate(row: Row) -> Labels:
    return {"reject": 1, "abuse": 1, **_targets(row)}


def _not_group(extra: Labels) -> Labels:
    return {"abuse": 0, **{t: 0 for t in _TARGETS}, **extra}


def _olid_like(row: Row) -> Labels:
    a, b, c = row.raw["a"], row.raw["b"], row.raw["c"]
    if a == "NOT":
        return {**_clean(), "reject": 0}
    if b == "UNT":
        return _not_group({"reject": 1, "profanity": 1, "personal_attack": 0})
    if b == "TIN" and c == "IND":
        return _not_group({"reject": 1, "personal_attack": 1})
    if b == "TIN" and c == "GRP":
        return {**_group_hate(row), "personal_attack": 0}
    return {"reject": 1}


def _davidson(row: Row) -> Labels:
    kind = row.raw["class"]
    if kind == "2":
        return {**_clean(), "reject": 0}
    if kind == "1":
        return _not_group({"reject": 1, "profanity": 1})
    return _group_hate(row)


def _hateval(row: Row) -> Labels:
    if row.raw["HS"] == "0":
        return {"abuse": 0, "sexism": 0, "xenophobia": 0}
    out: Labels = {"reject": 1, "abuse": 1, **_targets(row, ("sexism", "xenophobia"))}
    if row.raw["TR"] == "1":
        out["personal_attack"] = 1
    return out


def _trac(row: Row) -> Labels:
    agg = row.raw["agg"]
    if agg == "NAG":
        return {"reject": 0, "personal_attack": 0, "threat": 0, "abuse": 0}
    return {"reject": 1} if agg == "OAG" else {}


_SPAN_TYPES = {
    "Insult": "personal_attack",
    "Threat": "threat",
    "Identity": "abuse",
    "Profane/Obscene": "profanity",
}


def _toxic_spans(row: Row) -> Labels:
    raters = int(row.raw["raters"]) or 1
    out: Labels = {}
    if 2 * int(row.raw["not_toxic"]) <= raters:
        out["reject"] = 1
    for kind, head in _SPAN_TYPES.items():
        marked = int(row.raw.get(kind, "0"))
        if marked == 0:
            out[head] = 0
        elif 2 * marked > raters or (head == "threat"):
            out[head] = 1
    if out.get("abuse") == 1:
        out.update(_targets(row))
    elif out.get("abuse") == 0:
        out.update({t: 0 for t in _TARGETS})
    return out


def _c3(row: Row) -> Labels:
    tox = float(row.raw["toxicity"] or 0)
    out: Labels = {"promotion": 0}
    if tox <= 1.5:
        out.update({**_clean(), "reject": 0})
    elif tox >= 2.5:
        out["reject"] = 1
    attack = int(row.raw.get("personal_attack", "0"))
    if attack >= 2:
        out.update(personal_attack=1, reject=1)
    elif attack == 1:
        out.pop("personal_attack", None)
    if int(row.raw.get("abusive", "0")) >= 2:
        out["reject"] = 1
    off = int(row.raw.get("non_relevant", "0"))
    if off != 1:
        out["off_topic"] = int(off >= 2)
    return out


def _osact(row: Row) -> Labels:
    if row.raw["off"] == "NOT_OFF":
        return {**_clean(), "reject": 0}
    if row.raw.get("hs") == "HS":
        return _group_hate(row)
    return _not_group({"reject": 1}) if "hs" in row.raw else {"reject": 1}


def _lhsab(row: Row) -> Labels:
    kind = row.raw["class"]
    if kind == "normal":
        return {**_clean(), "reject": 0}
    return _group_hate(row) if kind == "hate" else _not_group({"reject": 1})


def _aljazeera(row: Row) -> Labels:
    level = row.raw["level"]
    if level == "0":
        return {**_clean(), "reject": 0}
    return {"reject": 1, "vulgarity": int(level == "-2")}


def _feedback(row: Row) -> Labels:
    """A moderator's decision on one of our own comments (see ``datasets.feedback``)."""
    if row.raw["decision"] == "approve":
        return {**_clean(), "reject": 0, "promotion": 0, "off_topic": 0}
    guidelines = [g for g in row.raw.get("guidelines", "").split(",") if g in HEADS]
    out: Labels = {g: 1 for g in guidelines}
    if any(g in CONDUCT for g in guidelines):
        out["reject"] = 1
    target = row.raw.get("abuse_target", "")
    if target in _TARGETS:
        out.update(abuse=1, reject=1, **{target: 1})
    return out


def _ucc(row: Row) -> Labels:
    """Hostile or antagonising comments attack someone; condescension and sarcasm stay allowed."""
    if row.raw["hostile"] == "1" or row.raw["antagonize"] == "1":
        return {"reject": 1, "personal_attack": 1}
    return {**_clean(), "reject": 0}


_HOSTILE = frozenset({"offensive", "hateful", "abusive", "disrespectful", "fearful"})
_MLMA_TARGET = {"gender": "sexism", "religion": "religion", "sexual_orientation": "homophobia"}
_FOREIGN = frozenset({"refugees", "immigrants"})


def mlma_target(target: str, group: str) -> str | None:
    """Our abuse target for an MLMA (target, group): origin is xenophobia for migrants, else racism."""
    if target == "origin":
        return "xenophobia" if group in _FOREIGN else "racism"
    return _MLMA_TARGET.get(target)


def _mlma(row: Row) -> Labels:
    """Pure "normal" is clean; hostile tags without "normal" reject; a named attribute is the real target."""
    tags = set(row.raw["sentiment"].split("_"))
    if tags == {"normal"}:
        return {**_clean(), "reject": 0}
    if "normal" in tags or not tags & _HOSTILE:
        return {}  # annotators split between normal and hostile: masked
    target = mlma_target(row.raw["target"], row.raw["group"])
    if target is None:
        return {"reject": 1, **{t: 0 for t in _TARGETS}}
    return {"reject": 1, "abuse": 1, **{t: int(t == target) for t in _TARGETS}}


def _binary_off(row: Row) -> Labels:
    return {**_clean(), "reject": 0} if row.raw["off"] == "NOT" else {"reject": 1}


_MAPPERS: dict[str, Callable[[Row], Labels]] = {
    "olid": _olid_like,
    "pars_off": _olid_like,
    "davidson": _davidson,
    "hateval": _hateval,
    "trac": _trac,
    "toxic_spans": _toxic_spans,
    "c3": _c3,
    "youtube_spam": lambda row: {"promotion": int(row.raw["spam"] == "1")},
    "offenseval_ar": _osact,
    "l_hsab": _lhsab,
    "aljazeera": _aljazeera,
    "offenseval_tr": _binary_off,
    "ucc": _ucc,
    "mlma": _mlma,
    "feedback": _feedback,
}


def labels_for(row: Row) -> Labels:
    """The heads ``row`` speaks about and their 0/1 labels (see the module table)."""
    labels = _MAPPERS[row.dataset](row)
    unknown = set(labels) - set(HEADS)
    if unknown:
        raise ValueError(f"mapping produced unknown heads {sorted(unknown)}")
    return labels


def is_constructive(row: Row) -> bool:
    """C3 comments that must pass: constructive_binary = 1 and crowd toxicity <= 1.5."""
    return (
        row.dataset == "c3"
        and row.raw.get("constructive") == "1.0"
        and float(row.raw["toxicity"] or 9) <= 1.5
    )
