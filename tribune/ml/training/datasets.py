"""Readers for the labelled public datasets under ``/work/shared/data`` (never copied into the repo).

Each reader yields ``Row`` objects: the text, its language, the split it belongs
to and the dataset's *own* label fields, untouched. Turning those fields into
Tribune guidelines is the job of ``tribune.ml.training.mapping`` alone.

Splits: official test sets are used as ``test`` (OLID, OffensEval Arabic with
``arabic-goldlabels.csv``, OffensEval Turkish ``labela``, AJ-test, TRAC gold,
ToxicSpans SemEval test, Pars-OFF test). Official dev sets are ``val``. Where a
part is missing, a seeded hash of the text decides (``hash_split``), so the
split is fixed across runs and machines.

Usage::

    rows = load_all(Path("/work/shared/data"))
    hashes = file_hashes(Path("/work/shared/data"))
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

csv.field_size_limit(sys.maxsize)

SEED = "tribune-split-v1"


@dataclass(frozen=True)
class Row:
    """One labelled text as its dataset gives it.

    dataset (str): folder name; lang (str): ISO code; split (str): train/val/test.
    raw (dict[str, str]): the dataset's label fields, as strings.
    """

    dataset: str
    lang: str
    text: str
    split: str
    raw: dict[str, str] = field(default_factory=dict)


def hash_split(text: str, val: float = 0.15, test: float = 0.15) -> str:
    """A fixed split for sets without one: a seeded SHA-1 of the text picks the bucket."""
    bucket = int(hashlib.sha1(f"{SEED}:{text}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < test:
        return "test"
    return "val" if bucket < test + val else "train"


def _train_or_val(text: str) -> str:
    """For sets with an official test but no dev set: 15% of train becomes val."""
    return hash_split(text, val=0.15, test=0.0)


def _read(
    path: Path, delimiter: str = ",", quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL
) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter, quoting=quoting))


def _tsv(path: Path) -> list[list[str]]:
    return _read(path, "\t", csv.QUOTE_NONE)


def _gold(path: Path) -> dict[str, str]:
    return {r[0]: r[1] for r in _read(path) if len(r) >= 2}


def olid(root: Path) -> Iterator[Row]:
    d = root / "olid"
    for r in _tsv(d / "olid-training-v1.0.tsv")[1:]:
        yield Row("olid", "en", r[1], _train_or_val(r[1]), {"a": r[2], "b": r[3], "c": r[4]})
    gold = [_gold(d / f"labels-level{x}.csv") for x in "abc"]
    for r in _tsv(d / "testset-levela.tsv")[1:]:
        raw = {"a": gold[0][r[0]], "b": gold[1].get(r[0], "NULL"), "c": gold[2].get(r[0], "NULL")}
        yield Row("olid", "en", r[1], "test", raw)


def davidson(root: Path) -> Iterator[Row]:
    for r in _read(root / "davidson_hate_offensive" / "labeled_data.csv")[1:]:
        yield Row("davidson", "en", r[6], hash_split(r[6]), {"class": r[5]})


def hateval(root: Path) -> Iterator[Row]:
    d = root / "hateval2019" / "English"
    for name, split in (("train_en.tsv", "train"), ("dev_en.tsv", "val")):
        for r in _tsv(d / name)[1:]:
            # The official test labels are not in the mirror: a hashed part of train is test.
            chosen = split if split == "val" else ("test" if hash_split(r[1], 0.0, 0.15) == "test" else split)
            yield Row("hateval", "en", r[1], chosen, {"HS": r[2], "TR": r[3], "AG": r[4]})


def trac(root: Path) -> Iterator[Row]:
    d = root / "trac1_english_aggression"
    for name, split in (("train/agr_en_train.csv", "train"), ("train/agr_en_dev.csv", "val")):
        for r in _read(d / name):
            yield Row("trac", "en", r[1], split, {"agg": r[2]})
    for name in ("gold/agr_en_fb_gold.csv", "gold/agr_en_tw_gold.csv"):
        for r in _read(d / name):
            yield Row("trac", "en", r[1], "test", {"agg": r[2]})


def toxic_spans(root: Path) -> Iterator[Row]:
    """Post-level labels from rater spans: per type, how many raters marked it, out of how many."""
    d = root / "toxic_spans"
    texts = {r[0]: r[1] for r in _read(d / "data" / "comments.csv")[1:]}
    raters: dict[str, int] = {}
    not_toxic: dict[str, int] = {}
    owner: dict[str, str] = {}
    for r in _read(d / "data" / "annotations.csv")[1:]:
        owner[r[0]] = r[1]
        raters[r[1]] = raters.get(r[1], 0) + 1
        not_toxic[r[1]] = not_toxic.get(r[1], 0) + (r[5] == "True")
    marked: dict[str, dict[str, set[str]]] = {}
    for r in _read(d / "data" / "spans.csv")[1:]:
        cid = owner.get(r[0])
        if cid is not None and r[1]:
            marked.setdefault(cid, {}).setdefault(r[1].split()[0], set()).add(r[0])
    sem = d / "SemEval2021" / "data"
    official = {r[1].strip(): "test" for r in _read(sem / "tsd_test.csv")[1:]}
    official.update({r[1].strip(): "val" for r in _read(sem / "tsd_trial.csv")[1:]})
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
        for r in _read(path)[1:]:
            yield Row("youtube_spam", "en", r[3], hash_split(r[3], 0.2, 0.2), {"spam": r[4]})


def offenseval_ar(root: Path) -> Iterator[Row]:
    d = root / "offenseval2020_arabic"
    for name, split in (("OSACT2020-sharedTask-train.txt", "train"), ("OSACT2020-sharedTask-dev.txt", "val")):
        for r in _tsv(d / "OSACT4" / name):
            yield Row("offenseval_ar", "ar", r[0], split, {"off": r[1], "hs": r[2]})
    gold = _gold(d / "arabic-goldlabels.csv")
    for r in _tsv(d / "test.tsv")[1:]:
        yield Row("offenseval_ar", "ar", r[1], "test", {"off": "OFF" if gold[r[0]] == "OFF" else "NOT_OFF"})


def lhsab(root: Path) -> Iterator[Row]:
    for r in _read(root / "l_hsab_arabic" / "Dataset" / "L-HSAB", "\t")[1:]:
        yield Row("l_hsab", "ar", r[0], hash_split(r[0]), {"class": r[1]})


def aljazeera(root: Path) -> Iterator[Row]:
    d = root / "aljazeera_deleted_comments_arabic" / "input"
    for name, split in (("AJ-train.tsv", "train"), ("AJ-dev.tsv", "val"), ("AJ-test.tsv", "test")):
        for r in _tsv(d / name)[1:]:
            yield Row("aljazeera", "ar", r[1], split, {"level": r[2]})


def offenseval_tr(root: Path) -> Iterator[Row]:
    d = root / "offenseval2020_turkish"
    for r in _tsv(d / "offenseval-tr-training-v1.tsv")[1:]:
        yield Row("offenseval_tr", "tr", r[1], _train_or_val(r[1]), {"off": r[2]})
    gold = _gold(d / "offenseval-tr-labela-v1.tsv")
    for r in _tsv(d / "offenseval-tr-testset-v1.tsv"):
        yield Row("offenseval_tr", "tr", r[1], "test", {"off": gold[r[0]]})


def pars_off(root: Path) -> Iterator[Row]:
    d = root / "pars_off_persian" / "Pars-OFF Dataset" / "Pars-OFF"
    test = {r[0] for r in _read(d / "Pars-OFF_levela_test.csv")[1:]}
    for r in _read(d / "Pars-OFF_all.csv")[1:]:
        split = "test" if r[0] in test else _train_or_val(r[0])
        yield Row("pars_off", "fa", r[0], split, {"a": r[1], "b": r[2], "c": r[3]})


LOADERS: dict[str, Callable[[Path], Iterator[Row]]] = {
    "olid": olid,
    "davidson": davidson,
    "hateval": hateval,
    "trac": trac,
    "toxic_spans": toxic_spans,
    "c3": c3,
    "youtube_spam": youtube,
    "offenseval_ar": offenseval_ar,
    "l_hsab": lhsab,
    "aljazeera": aljazeera,
    "offenseval_tr": offenseval_tr,
    "pars_off": pars_off,
}
"""Dataset name -> reader; the names are what ``Row.dataset`` and reports use."""

FOLDERS: dict[str, str] = {
    "olid": "olid",
    "davidson": "davidson_hate_offensive",
    "hateval": "hateval2019",
    "trac": "trac1_english_aggression",
    "toxic_spans": "toxic_spans",
    "c3": "c3_constructive_comments",
    "youtube_spam": "youtube_spam",
    "offenseval_ar": "offenseval2020_arabic",
    "l_hsab": "l_hsab_arabic",
    "aljazeera": "aljazeera_deleted_comments_arabic",
    "offenseval_tr": "offenseval2020_turkish",
    "pars_off": "pars_off_persian",
}
"""Dataset name -> its folder under the data root."""


class FeedbackError(ValueError):
    """A moderator-feedback file that cannot be read; the message names the line."""


FEEDBACK_DECISIONS = ("approve", "reject")


HELD_BACK_SEED = "tribune-held-back-v1"


def held_back(key: str, share: float) -> bool:
    """Whether the decision on comment ``key`` is held back from training (seeded SHA-1, fixed for good).

    The hash has its own seed, so the held-back set depends only on the comment
    id and ``share``: re-runs, and runs with more decisions, keep every earlier
    held-back decision held back.
    """
    bucket = int(hashlib.sha1(f"{HELD_BACK_SEED}:{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return bucket < share


def feedback(path: Path, held_back_share: float = 0.0) -> list[Row]:
    """Moderators' decisions exported by ``tribune manage export_decisions`` (JSONL), as rows.

    Each line needs ``text``, ``lang`` and ``decision`` (approve / reject) and may
    carry ``guidelines``, ``abuse_target``, ``article`` and ``model_version``. The
    same comment decided twice keeps its latest decision. With
    ``held_back_share`` that share of comments (``held_back``) gets split
    ``test`` and never trains; of the rest a seeded hash of the comment id (or
    text) sends 15% to validation, so thresholds see the site's own comments too.
    Raises ``FeedbackError`` naming the first bad line; nothing is half-read.
    """
    latest: dict[str, Row] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FeedbackError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(item, dict) or not str(item.get("text") or "").strip():
                raise FeedbackError(f"{path}:{number}: needs an object with a non-empty 'text'")
            if item.get("decision") not in FEEDBACK_DECISIONS:
                raise FeedbackError(f"{path}:{number}: 'decision' must be one of {FEEDBACK_DECISIONS}")
            key = str(item.get("comment_id") or item["text"])
            raw = {
                "decision": str(item["decision"]),
                "guidelines": ",".join(str(g) for g in item.get("guidelines") or []),
                "abuse_target": str(item.get("abuse_target") or ""),
                "comment_id": key,
                "article": str(item.get("article") or ""),
                "model_version": str(item.get("model_version") or ""),
            }
            split = "test" if held_back(key, held_back_share) else _train_or_val(f"feedback:{key}")
            latest[key] = Row("feedback", str(item.get("lang") or "und"), str(item["text"]), split, raw)
    return list(latest.values())


def load_all(root: Path, names: list[str] | None = None) -> list[Row]:
    """Every row of the chosen datasets (by default all whose folder exists); empty texts are dropped."""
    rows: list[Row] = []
    for name in names or [n for n in LOADERS if (root / FOLDERS[n]).is_dir()]:
        rows.extend(r for r in LOADERS[name](root) if r.text.strip())
    return rows


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every data file read, relative to ``root``, for the bundle's provenance."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and path.suffix.lower() in {".csv", ".tsv", ".txt", ""}
            and "SOURCE" not in path.name
        ):
            if path.name.lower().startswith("readme") or path.name == "LICENSE":
                continue
            out[str(path.relative_to(root))] = file_sha256(path)
    return out
