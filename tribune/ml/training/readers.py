"""Readers for the labelled public datasets under ``/work/shared/data`` (never copied into the repo).

Each reader yields ``Row`` objects: the text, its language, the split it belongs
to and the dataset's *own* label fields, untouched. Turning those fields into
Tribune guidelines is the job of ``tribune.ml.training.mapping`` alone.

Splits: official test sets are used as ``test`` (OLID, OffensEval Arabic with
``arabic-goldlabels.csv``, OffensEval Turkish ``labela``, AJ-test, TRAC gold,
ToxicSpans SemEval test, Pars-OFF test). Official dev sets are ``val``. Where a
part is missing, a seeded hash of the text decides (``hash_split``), so the
split is fixed across runs and machines.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from tribune.ml.training.rows import Row, hash_split, read_csv, read_gold, read_tsv, train_or_val


def olid(root: Path) -> Iterator[Row]:
    d = root / "olid"
    for r in read_tsv(d / "olid-training-v1.0.tsv")[1:]:
        yield Row("olid", "en", r[1], train_or_val(r[1]), {"a": r[2], "b": r[3], "c": r[4]})
    gold = [read_gold(d / f"labels-level{x}.csv") for x in "abc"]
    for r in read_tsv(d / "testset-levela.tsv")[1:]:
        raw = {"a": gold[0][r[0]], "b": gold[1].get(r[0], "NULL"), "c": gold[2].get(r[0], "NULL")}
        yield Row("olid", "en", r[1], "test", raw)


def davidson(root: Path) -> Iterator[Row]:
    for r in read_csv(root / "davidson_hate_offensive" / "labeled_data.csv")[1:]:
        yield Row("davidson", "en", r[6], hash_split(r[6]), {"class": r[5]})


def hateval(root: Path) -> Iterator[Row]:
    d = root / "hateval2019" / "English"
    for name, split in (("train_en.tsv", "train"), ("dev_en.tsv", "val")):
        for r in read_tsv(d / name)[1:]:
            # The official test labels are not in the mirror: a hashed part of train is test.
            chosen = split if split == "val" else ("test" if hash_split(r[1], 0.0, 0.15) == "test" else split)
            yield Row("hateval", "en", r[1], chosen, {"HS": r[2], "TR": r[3], "AG": r[4]})


def trac(root: Path) -> Iterator[Row]:
    d = root / "trac1_english_aggression"
    for name, split in (("train/agr_en_train.csv", "train"), ("train/agr_en_dev.csv", "val")):
        for r in read_csv(d / name):
            yield Row("trac", "en", r[1], split, {"agg": r[2]})
    for name in ("gold/agr_en_fb_gold.csv", "gold/agr_en_tw_gold.csv"):
        for r in read_csv(d / name):
            yield Row("trac", "en", r[1], "test", {"agg": r[2]})


def toxic_spans(root: Path) -> Iterator[Row]:
    """Post-level labels from rater spans: per type, how many raters marked it, out of how many."""
    d = root / "toxic_spans"
    texts = {r[0]: r[1] for r in read_csv(d / "data" / "comments.csv")[1:]}
    raters: dict[str, int] = {}
    not_toxic: dict[str, int] = {}
    owner: dict[str, str] = {}
    for r in read_csv(d / "data" / "annotations.csv")[1:]:
        owner[r[0]] = r[1]
        raters[r[1]] = raters.get(r[1], 0) + 1
        not_toxic[r[1]] = not_toxic.get(r[1], 0) + (r[5] == "True")
    marked: dict[str, dict[str, set[str]]] = {}
    for r in read_csv(d / "data" / "spans.csv")[1:]:
        cid = owner.get(r[0])
        if cid is not None and r[1]:
            marked.setdefault(cid, {}).setdefault(r[1].split()[0], set()).add(r[0])
    sem = d / "SemEval2021" / "data"
    official = {r[1].strip(): "test" for r in read_csv(sem / "tsd_test.csv")[1:]}
    official.update({r[1].strip(): "val" for r in read_csv(sem / "tsd_trial.csv")[1:]})
    for cid, text in texts.items():
        raw = {"raters": str(raters.get(cid, 0)), "not_toxic": str(not_toxic.get(cid, 0))}
        raw.update({kind: str(len(ids)) for kind, ids in marked.get(cid, {}).items()})
        yield Row("toxic_spans", "en", text, official.get(text.strip(), hash_split(text, 0.1, 0.0)), raw)


def c3(root: Path) -> Iterator[Row]:
    path = root / "c3_constructive_comments" / "C3_anonymized.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            raw = {"toxicity": r["crowd_toxicity_level"], "constructive": r["constructive_binary"]}
            for column in ("toxicity_characteristics", "non_constructive_characteristics"):
                for item in r[column].split("\n"):
                    name, _, count = item.partition(":")
                    if count.strip().isdigit():
                        raw[name.strip()] = count.strip()
            yield Row("c3", "en", r["comment_text"], hash_split(r["comment_text"]), raw)


def youtube(root: Path) -> Iterator[Row]:
    for path in sorted((root / "youtube_spam").glob("Youtube*.csv")):
        for r in read_csv(path)[1:]:
            yield Row("youtube_spam", "en", r[3], hash_split(r[3], 0.2, 0.2), {"spam": r[4]})


def offenseval_ar(root: Path) -> Iterator[Row]:
    d = root / "offenseval2020_arabic"
    for name, split in (("OSACT2020-sharedTask-train.txt", "train"), ("OSACT2020-sharedTask-dev.txt", "val")):
        for r in read_tsv(d / "OSACT4" / name):
            yield Row("offenseval_ar", "ar", r[0], split, {"off": r[1], "hs": r[2]})
    gold = read_gold(d / "arabic-goldlabels.csv")
    for r in read_tsv(d / "test.tsv")[1:]:
        yield Row("offenseval_ar", "ar", r[1], "test", {"off": "OFF" if gold[r[0]] == "OFF" else "NOT_OFF"})


def lhsab(root: Path) -> Iterator[Row]:
    for r in read_csv(root / "l_hsab_arabic" / "Dataset" / "L-HSAB", "\t")[1:]:
        yield Row("l_hsab", "ar", r[0], hash_split(r[0]), {"class": r[1]})


def aljazeera(root: Path) -> Iterator[Row]:
    d = root / "aljazeera_deleted_comments_arabic" / "input"
    for name, split in (("AJ-train.tsv", "train"), ("AJ-dev.tsv", "val"), ("AJ-test.tsv", "test")):
        for r in read_tsv(d / name)[1:]:
            yield Row("aljazeera", "ar", r[1], split, {"level": r[2]})


def offenseval_tr(root: Path) -> Iterator[Row]:
    d = root / "offenseval2020_turkish"
    for r in read_tsv(d / "offenseval-tr-training-v1.tsv")[1:]:
        yield Row("offenseval_tr", "tr", r[1], train_or_val(r[1]), {"off": r[2]})
    gold = read_gold(d / "offenseval-tr-labela-v1.tsv")
    for r in read_tsv(d / "offenseval-tr-testset-v1.tsv"):
        yield Row("offenseval_tr", "tr", r[1], "test", {"off": gold[r[0]]})


def pars_off(root: Path) -> Iterator[Row]:
    d = root / "pars_off_persian" / "Pars-OFF Dataset" / "Pars-OFF"
    test = {r[0] for r in read_csv(d / "Pars-OFF_levela_test.csv")[1:]}
    for r in read_csv(d / "Pars-OFF_all.csv")[1:]:
        split = "test" if r[0] in test else train_or_val(r[0])
        yield Row("pars_off", "fa", r[0], split, {"a": r[1], "b": r[2], "c": r[3]})


def ucc(root: Path) -> Iterator[Row]:
    """Unhealthy Comments Corpus (val.csv only; its official test is held out): hashed 70/15/15 split."""
    path = root / "ucc_unhealthy_comments" / "val.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            raw = {k: r[k] for k in ("antagonize", "hostile", "condescending", "sarcastic", "healthy")}
            yield Row("ucc", "en", r["comment"], hash_split(r["comment"]), raw)


def mlma(root: Path) -> Iterator[Row]:
    """MLMA hate speech, Arabic and English tweets with the attacked attribute (``target``) and group."""
    d = root / "mlma_hate_ar_en"
    for name, lang in (("en_dataset.csv", "en"), ("ar_dataset.csv", "ar")):
        with (d / name).open(encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle):
                raw = {"sentiment": r["sentiment"], "target": r["target"], "group": r["group"]}
                yield Row("mlma", lang, r["tweet"], hash_split(r["tweet"]), raw)
