"""Charts as inline SVG, drawn in Python: pure functions from numbers to markup.

    svg = stacked_columns(chart_id="per-day", title="Comments per day", desc="…",
                          categories=["1 Nov", "2 Nov"],
                          series=[Series("approved", "Approved", [3, 4]), Series("rejected", "Rejected", [1, 0])])

Every chart is ``role="img"`` with a ``<title>`` and ``<desc>`` (its summary),
and every bar has its own ``<title>`` (label and value), so screen readers
and pointer users can read it; pages show the data as a table beside it.
Colours come from classes (``s-<key>``) styled in ``insights/insights.css``,
with a fill attribute as fallback. ``rtl=True`` mirrors the layout (axes,
bars and labels) for right-to-left pages; text is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

FALLBACK_FILLS = ("#2e7d32", "#c62828", "#9e9e9e", "#1565c0", "#ef6c00", "#6a1b9a")
FONT = 12
_KEY = str.maketrans({c: "-" for c in " /\\\"'<>&"})


@dataclass(frozen=True)
class Series:
    """One coloured part of every bar.

    key (str): class suffix (``s-<key>``), e.g. ``"approved"``.
    label (str): the legend text.
    values (Sequence[float]): one value per category.
    """

    key: str
    label: str
    values: Sequence[float]


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above ``value`` (1 for nothing)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power + 1e-9:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


class _Canvas:
    """Collects elements in left-to-right coordinates and mirrors them when ``rtl``."""

    def __init__(self, width: int, rtl: bool) -> None:
        self.width = width
        self.rtl = rtl
        self.parts: list[str] = []

    def x(self, x: float) -> float:
        return self.width - x if self.rtl else x

    def anchor(self, anchor: str) -> str:
        if not self.rtl or anchor == "middle":
            return anchor
        return "end" if anchor == "start" else "start"

    def rect(self, x: float, y: float, w: float, h: float, css: str, fill: str, tip: str = "") -> None:
        left = self.width - x - w if self.rtl else x
        inner = f"<title>{escape(tip)}</title>" if tip else ""
        self.parts.append(
            f'<rect class="{css}" x="{left:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" '
            f'height="{max(h, 0):.1f}" fill="{fill}">{inner}</rect>'
        )

    def text(self, x: float, y: float, content: str, *, anchor: str = "start", css: str = "label") -> None:
        self.parts.append(
            f'<text class="{css}" x="{self.x(x):.1f}" y="{y:.1f}" text-anchor="{self.anchor(anchor)}" '
            f'font-size="{FONT}">{escape(content)}</text>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, css: str = "grid") -> None:
        self.parts.append(
            f'<line class="{css}" x1="{self.x(x1):.1f}" y1="{y1:.1f}" x2="{self.x(x2):.1f}" '
            f'y2="{y2:.1f}" stroke="#ccc"/>'
        )

    def svg(self, *, chart_id: str, title: str, desc: str, height: int) -> str:
        cid = escape(chart_id.translate(_KEY))
        return (
            f'<svg class="chart" id="{cid}" role="img" aria-labelledby="{cid}-title {cid}-desc" '
            f'viewBox="0 0 {self.width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
            f'direction="ltr" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{cid}-title">{escape(title)}</title><desc id="{cid}-desc">{escape(desc)}</desc>'
            + "".join(self.parts)
            + "</svg>"
        )


def _legend(canvas: _Canvas, series: Sequence[Series], y: float) -> None:
    x = 0.0
    for i, s in enumerate(series):
        canvas.rect(x, y - 10, 12, 12, f"s-{s.key.translate(_KEY)}", FALLBACK_FILLS[i % len(FALLBACK_FILLS)])
        canvas.text(x + 16, y, s.label, css="legend")
        x += 28 + 7.5 * len(s.label)


def stacked_columns(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: Sequence[str],
    series: Sequence[Series],
    rtl: bool = False,
    width: int = 720,
    height: int = 280,
) -> str:
    """Vertical stacked bars, one per category (e.g. per day), with a value axis and a legend."""
    for s in series:
        if len(s.values) != len(categories):
            raise ValueError(f"series {s.key!r} has {len(s.values)} values for {len(categories)} categories")
    canvas = _Canvas(width, rtl)
    left, right, top, bottom = 44.0, 8.0, 28.0, 40.0
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    ceiling = nice_ceiling(max(totals, default=0))
    _legend(canvas, series, 14)
    for k in range(5):
        value = ceiling * k / 4
        y = top + plot_h - plot_h * k / 4
        canvas.line(left, y, left + plot_w, y)
        canvas.text(left - 6, y + 4, _number(round(value, 2)), anchor="end", css="tick")
    n = max(len(categories), 1)
    slot = plot_w / n
    bar = max(slot * 0.7, 1.0)
    every = max(1, math.ceil(n / 12))  # at most about 12 labels under the axis
    for i, name in enumerate(categories):
        x = left + slot * i + (slot - bar) / 2
        y = top + plot_h
        for j, s in enumerate(series):
            h = plot_h * s.values[i] / ceiling
            if h > 0:
                fill = FALLBACK_FILLS[j % len(FALLBACK_FILLS)]
                tip = f"{name}, {s.label}: {_number(s.values[i])}"
                canvas.rect(x, y - h, bar, h, f"s-{s.key.translate(_KEY)}", fill, tip)
            y -= h
        if i % every == 0:
            canvas.text(left + slot * i + slot / 2, top + plot_h + 16, name, anchor="middle", css="tick")
    return canvas.svg(chart_id=chart_id, title=title, desc=desc, height=height)


def horizontal_bars(
    *,
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    series: Sequence[Series],
    value_text: Callable[[float], str] = _number,
    maximum: float | None = None,
    row_texts: Sequence[str] | None = None,
    rtl: bool = False,
    width: int = 720,
) -> str:
    """One horizontal (stacked) bar per label, its total written after it.

    maximum (float | None): the value of a full-width bar (e.g. 1 for ratios); the largest total when None.
    row_texts (Sequence[str] | None): what to write after each bar instead of its total (e.g. "no data").
    """
    for s in series:
        if len(s.values) != len(labels):
            raise ValueError(f"series {s.key!r} has {len(s.values)} values for {len(labels)} labels")
    row_h, top, label_w = 26.0, 30.0 if len(series) > 1 else 8.0, 150.0
    # Room after the bars for the longest row text (about 6.5 px a character), so a full bar's text fits.
    longest = max((len(t) for t in row_texts), default=0) if row_texts is not None else 0
    value_w = min(width * 0.45, max(80.0, 6.5 * longest + 12))
    height = int(top + row_h * max(len(labels), 1) + 8)
    canvas = _Canvas(width, rtl)
    if len(series) > 1:
        _legend(canvas, series, 14)
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    full = maximum if maximum else nice_ceiling(max(totals, default=0))
    plot_w = width - label_w - value_w
    for i, name in enumerate(labels):
        y = top + row_h * i
        canvas.text(label_w - 8, y + row_h / 2 + 4, name, anchor="end")
        x = label_w
        for j, s in enumerate(series):
            w = plot_w * min(s.values[i], full) / full
            if w > 0:
                fill = FALLBACK_FILLS[j % len(FALLBACK_FILLS)]
                tip = f"{name}, {s.label}: {value_text(s.values[i])}"
                canvas.rect(x, y + 4, w, row_h - 8, f"s-{s.key.translate(_KEY)}", fill, tip)
            x += w
        after = row_texts[i] if row_texts is not None else value_text(totals[i])
        canvas.text(x + 6, y + row_h / 2 + 4, after, css="value")
    return canvas.svg(chart_id=chart_id, title=title, desc=desc, height=height)
