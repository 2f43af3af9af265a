"""``tribune score``: the fixed JSONL contract other tools depend on."""

from __future__ import annotations

import json
from pathlib import Path

from tribune.cli import main
from tribune.ml import SCORE_KEYS


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(content)
    return path


def test_one_line_out_per_line_in_same_order(tmp_path: Path) -> None:
    lines = [
        {"id": "c1", "text": "Thanks for the report on the air base.", "article": "Rockets hit an air base."},
        {"text": "You are a moron", "lang": "en"},
        {"id": 7, "text": "Visit my channel www.cheap-deals.example now!"},
    ]
    source = _write(tmp_path, "\n".join(json.dumps(x) for x in lines).encode() + b"\n\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(source), "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["c1", 2, 7]
    for row in rows:
        assert set(row) == {"id", "decision", "guidelines", "scores", "language"}
        assert row["decision"] in {"approve", "reject", "review"}
        assert list(row["scores"]) == [str(k) for k in SCORE_KEYS]
        assert all(0.0 <= v <= 1.0 for v in row["scores"].values())
    assert rows[1]["decision"] in {"reject", "review"} and "personal_attack" in rows[1]["guidelines"]
    assert "promotion" in rows[2]["guidelines"]


def test_bad_input_is_refused_whole_with_line_numbers(tmp_path: Path, capsys) -> None:
    source = _write(tmp_path, b'{"text": "ok"}\nnot json\n\xff\xfe\n{"id": 3}\n')
    out = tmp_path / "out.jsonl"
    assert main(["score", str(source), "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 2: not valid JSON" in err
    assert "line 3: not valid UTF-8" in err
    assert "line 4: 'text' must be a string" in err
    assert not out.exists()


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["score", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
