"""The learning loop end to end on invented data: split, candidate, gate, atomic promote, rollback, report."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from tribune.ml.bundle import load_bundle_scorer, save_bundle
from tribune.ml.scorer import BUNDLE_ENV, bundle_path
from tribune.ml.store import MODEL_DIR_ENV, ModelStore
from tribune.ml.training import retrain, train
from tribune.ml.training.datasets import feedback, held_back

CLEAN = [
    "council",
    "budget",
    "school",
    "road",
    "bridge",
    "museum",
    "election",
    "report",
    "river",
    "library",
    "market",
    "weather",
]
RUDE = ["blorf", "snarkle", "vexmo", "grubbin", "twazzle", "plonker"]


def _sentence(rng: random.Random, words: list[str], extra: list[str]) -> str:
    return " ".join(rng.sample(words, 4) + rng.sample(extra, 2))


def synthetic_data(root: Path, seed: int = 7) -> Path:
    """A tiny OffensEval-tr-shaped set (rude rows use invented insults) and a YouTube-shaped spam set."""
    rng = random.Random(seed)
    folder = root / "offenseval2020_turkish"
    folder.mkdir(parents=True)
    train_lines, test_lines, gold = ["id\ttweet\tsubtask_a"], [], []
    for i in range(240):
        rude = i % 3 == 0
        text = _sentence(rng, CLEAN, RUDE if rude else CLEAN) + f" {i}"
        if i < 180:
            train_lines.append(f"{i}\t{text}\t{'OFF' if rude else 'NOT'}")
        else:
            test_lines.append(f"{i}\t{text}")
            gold.append(f"{i},{'OFF' if rude else 'NOT'}")
    (folder / "offenseval-tr-training-v1.tsv").write_text("\n".join(train_lines) + "\n")
    (folder / "offenseval-tr-testset-v1.tsv").write_text("\n".join(test_lines) + "\n")
    (folder / "offenseval-tr-labela-v1.tsv").write_text("\n".join(gold) + "\n")
    spam = root / "youtube_spam"
    spam.mkdir()
    rows = ["COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS"]
    for i in range(60):
        pitch = i % 2 == 0
        text = _sentence(rng, CLEAN, ["subscribe", "channel", "free", "giveaway"] if pitch else CLEAN)
        rows.append(f"s{i},a,,{text} {i},{int(pitch)}")
    (spam / "Youtube01-Synthetic.csv").write_text("\n".join(rows) + "\n")
    return root


def synthetic_decisions(path: Path, count: int = 150, seed: int = 11) -> Path:
    """Moderators' decisions as ``export_decisions`` writes them: every third comment rejected for an insult."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            rude = i % 3 == 0
            item = {
                "decision_id": i + 1,
                "comment_id": 1000 + i,
                "text": _sentence(rng, CLEAN, RUDE if rude else CLEAN),
                "article": "",
                "lang": "en",
                "decision": "reject" if rude else "approve",
                "guidelines": ["personal_attack"] if rude else [],
                "abuse_target": "",
                "model_version": "blind.v0+rules.x",
            }
            out.write(json.dumps(item) + "\n")
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Synthetic data, decisions, and a 'blind' bundle (every head weight zeroed) to stand for a bad live model."""
    root = tmp_path_factory.mktemp("retrain")
    data = synthetic_data(root / "data")
    decisions = synthetic_decisions(root / "decisions.jsonl")
    trained = root / "trained"
    assert train.main(["--data", str(data), "--out", str(trained), "--quick", "--bits", "14"]) == 0
    manifest = json.loads((trained / "manifest.json").read_text())
    with np.load(trained / "weights.npz") as arrays:
        zeroed = {k: (np.zeros_like(v) if k.endswith(".weight") else v) for k, v in arrays.items()}
    manifest["heads"] = {
        h: {**m, "intercept": 0.0, "platt_a": 0.0, "platt_b": 0.0} for h, m in manifest["heads"].items()
    }
    manifest["version"] = "blind.v0"
    save_bundle(root / "blind", manifest, zeroed)
    return {"data": data, "decisions": decisions, "blind": root / "blind"}


@pytest.fixture
def seeded_store(world: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModelStore:
    """The model store in use (``MODEL_DIR_ENV``, no bundle override) with the blind bundle live as ``blind.v0``."""
    store_dir = tmp_path / "store"
    monkeypatch.delenv(BUNDLE_ENV, raising=False)
    monkeypatch.setenv(MODEL_DIR_ENV, str(store_dir))
    store = ModelStore(store_dir)
    store.import_copy(world["blind"], "blind.v0")
    store.activate("blind.v0", action="seed")
    return store


def _argv(world: dict[str, Path], store: Path, *extra: str) -> list[str]:
    return [
        "--decisions", str(world["decisions"]), "--data", str(world["data"]), "--model-dir", str(store),
        "--bits", "14", "--quick", "--min-positives", "5", "--min-negatives", "5", *extra,
    ]  # fmt: skip


def test_held_back_split_is_fixed_and_never_trains(world: dict[str, Path]) -> None:
    rows = feedback(world["decisions"], 0.2)
    again = feedback(world["decisions"], 0.2)
    held = {r.raw["comment_id"] for r in rows if r.split == "test"}
    assert held == {r.raw["comment_id"] for r in again if r.split == "test"}
    assert 0.1 < len(held) / len(rows) < 0.3
    assert all(held_back(key, 0.2) for key in held)
    # More decisions later: every comment held back before stays held back.
    assert all(held_back(key, 0.2) for key in held if int(key) < 1100)
    assert held_back("1234", 0.0) is False


def test_candidate_better_than_live_is_promoted_atomically_and_can_roll_back(
    world: dict[str, Path],
    seeded_store: ModelStore,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = seeded_store
    store_dir = store.root
    assert retrain.main(_argv(world, store_dir)) == 0
    printed = capsys.readouterr().out
    candidate = store.active_version()
    assert candidate is not None and candidate.startswith("tfidf-logreg.v1.") and candidate != "blind.v0"
    assert "## Verdict: promote" in printed and "held-back decisions" in printed
    assert "current bundle: `blind.v0`" in printed
    assert bundle_path() == store_dir / "versions" / candidate
    assert load_bundle_scorer(bundle_path()).version.startswith(candidate + "+rules.")  # type: ignore[arg-type]
    assert not any(store.staging.iterdir())  # nothing half-trained left behind
    assert [v.version for v in store.list()] == ["blind.v0", candidate] or {
        v.version for v in store.list()
    } == {
        "blind.v0",
        candidate,
    }
    report = json.loads((store.reports / f"{candidate}.json").read_text())
    assert report["verdict"]["promote"] is True
    assert (
        report["decisions"]["held_back"] + report["decisions"]["train"] + report["decisions"]["validation"]
        == 150
    )
    public = report["sets"]["public test splits"]
    assert (
        public["candidate"]["guidelines"]["reject"]["roc_auc"]
        > public["current"]["guidelines"]["reject"]["roc_auc"]
    )

    assert store.rollback() == "blind.v0"
    assert bundle_path() == store_dir / "versions" / "blind.v0"
    assert (store_dir / "versions" / candidate / "weights.npz").is_file()  # kept for a roll forward
    assert [e["action"] for e in store.history()] == ["seed", "promote", "rollback"]


def test_no_promote_keeps_the_live_bundle(
    world: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_dir = tmp_path / "store"
    monkeypatch.setenv(BUNDLE_ENV, str(world["blind"]))
    assert retrain.main(_argv(world, store_dir, "--no-promote")) == 0
    printed = capsys.readouterr().out
    store = ModelStore(store_dir)
    assert store.active_version() is None and store.list() == []
    kept = list(store.candidates.iterdir())
    assert len(kept) == 1 and (kept[0] / "manifest.json").is_file()
    assert "--no-promote was given" in printed and f"{BUNDLE_ENV} is set" in printed
    assert (store.reports / f"{kept[0].name}.md").read_text().startswith("# Retrain report")


def test_bad_decisions_file_is_refused_before_training(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "fine", "lang": "en", "decision": "approve"}\n{"text": "x", "decision": "maybe"}\n'
    )
    argv = _argv(world, tmp_path / "store")
    argv[1] = str(bad)
    assert retrain.main(argv) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err
    assert not (tmp_path / "store" / "staging").exists()


def test_the_loop_and_the_store_never_import_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tribune.ml.store, tribune.ml.training.retrain, tribune.ml.training.report, tribune.cli.models;"
        "sys.exit('django' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
