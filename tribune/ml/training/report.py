"""The retrain comparison report, as JSON (for machines) and Markdown (printed, and kept beside the bundles).

Usage::

    data = build_report(meta, current_results, candidate_results, verdict)
    write_report(data, Path("var/models/reports/tfidf-logreg.v1.20261125-1a2b3c4d"))
    print(to_markdown(data))
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tribune.ml.training.compare import KEYS, SetResult
from tribune.ml.training.gate import Verdict


def build_report(
    meta: Mapping[str, Any],
    current: Mapping[str, SetResult],
    candidate: Mapping[str, SetResult],
    verdict: Verdict,
) -> dict[str, Any]:
    """One JSON-ready dict: ``meta`` (versions, counts, gate settings, outcome) plus per-set results."""
    return {
        **meta,
        "sets": {
            name: {"current": current[name].to_json(), "candidate": candidate[name].to_json()}
            for name in current
            if name in candidate
        },
        "verdict": verdict.to_json(),
    }


def _num(value: float) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.4f}"


def _pair(cur: Mapping[str, Any], cand: Mapping[str, Any], metric: str) -> str:
    return f"{_num(cur[metric])} → {_num(cand[metric])}"


def _gate_cell(checks: list[dict[str, Any]]) -> str:
    if not checks:
        return ""
    worse = [c["metric"] for c in checks if c["worse"]]
    if worse:
        return "**worse** (" + ", ".join(worse) + ")"
    if any(c["counted"] for c in checks):
        return "ok"
    return "not counted: " + (checks[0]["note"] or "undefined")


def _mix(result: Mapping[str, Any]) -> str:
    mix = result["mix"]
    if not mix:
        return "no rows"
    return (
        f"approve {mix['approve']:.3f}, review {mix['review']:.3f}, reject {mix['reject']:.3f}; "
        f"automation {result['automation']:.3f}"
    )


def _set_lines(name: str, pair: Mapping[str, Any], checks: list[dict[str, Any]]) -> list[str]:
    cur, cand = pair["current"], pair["candidate"]
    lines = [
        f"### {name} ({cur['rows']} rows)",
        "",
        "| guideline | rows | pos | ROC-AUC | avg precision | F1 @ reject | F1 @ review | gate |",
        "|---|---:|---:|---|---|---|---|---|",
    ]
    for key in KEYS:
        if key not in cur["guidelines"] or key not in cand["guidelines"]:
            continue
        a, b = cur["guidelines"][key], cand["guidelines"][key]
        cell = _gate_cell([c for c in checks if c["set"] == name and c["guideline"] == key])
        lines.append(
            f"| {key} | {a['rows']} | {a['positives']} | {_pair(a, b, 'roc_auc')} | "
            f"{_pair(a, b, 'avg_precision')} | {_pair(a, b, 'f1_reject')} | {_pair(a, b, 'f1_review')} | {cell} |"
        )
    lines += ["", f"- decision mix, current: {_mix(cur)}", f"- decision mix, candidate: {_mix(cand)}"]
    if cur.get("safety") and cand.get("safety"):
        safety = [c for c in checks if c["set"] == name and c["guideline"] == "safety"]
        lines.append(
            "- safety (current → candidate): "
            + "; ".join(
                f"{m.replace('_', ' ')} {_pair(cur['safety'], cand['safety'], m)}"
                for m in ("violations_approved", "clean_approved", "clean_rejected", "reject_precision")
            )
            + (f" ({_gate_cell(safety)})" if safety else "")
        )
    for who, result in (("current", cur), ("candidate", cand)):
        agree = result.get("agreement") or {}
        if agree:
            lines.append(
                f"- against the moderators, {who}: agrees {agree['agree']:.3f}, defers to a human "
                f"{agree['deferred']:.3f}, approved what they rejected {agree['missed']:.3f}, "
                f"rejected what they approved {agree['overruled']:.3f}"
            )
    return [*lines, ""]


def to_markdown(data: Mapping[str, Any]) -> str:
    """The report as Markdown: what was compared, per-set tables (current → candidate), the verdict."""
    counts = data["decisions"]
    gate = data["gate"]
    verdict = data["verdict"]
    tolerance = ", ".join(f"{k} {v}" for k, v in gate["tolerance"].items())
    lines = [
        f"# Retrain report: {data['candidate']}",
        "",
        f"- current bundle: `{data['current']}` ({data['current_path']})",
        f"- candidate: `{data['candidate']}`" + (" (quick: sampled public data)" if data["quick"] else ""),
        (
            f"- moderators' decisions: {counts['total']} comments; {counts['train']} train, "
            f"{counts['validation']} validation, {counts['held_back']} held back (never trained on, "
            f"{counts['held_back_share']:.0%} by comment id hash)"
        ),
        "- decisions by model version: "
        + (", ".join(f"{k or 'unrecorded'} {v}" for k, v in counts["by_model_version"].items()) or "none"),
        f"- public test rows: {data['public_test_rows']} ({data['data']})",
        (
            f"- gate: not worse than current by more than {tolerance}; a guideline counts on a set only "
            f"with >= {gate['min_positives']} positive and >= {gate['min_negatives']} negative rows"
        ),
        "",
        "Columns show current → candidate.",
        "",
    ]
    for name, pair in data["sets"].items():
        lines += _set_lines(name, pair, verdict["checks"])
    counted = sum(c["counted"] for c in verdict["checks"])
    lines += [
        f"## Verdict: {'promote' if verdict['promote'] else 'keep the current bundle'}",
        "",
        f"{verdict['reason']} ({counted} of {len(verdict['checks'])} comparisons counted).",
        "",
        f"**Outcome:** {data['outcome']}",
    ]
    lines += [f"- {note}" for note in data.get("notes", [])]
    return "\n".join(lines) + "\n"


def _strict(value: Any) -> Any:
    """NaN (an undefined metric) becomes null, so the JSON is strict."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _strict(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_strict(v) for v in value]
    return value


def write_report(data: Mapping[str, Any], stem: Path) -> tuple[Path, Path]:
    """Write ``<stem>.json`` (undefined metrics as null) and ``<stem>.md``; returns both paths."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    as_json, as_md = stem.with_name(stem.name + ".json"), stem.with_name(stem.name + ".md")
    as_json.write_text(
        json.dumps(_strict(dict(data)), indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    as_md.write_text(to_markdown(data), encoding="utf-8")
    return as_json, as_md
