"""The SVG renderer: well-formed, accessible, proportional, escaped, mirrored for RTL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tribune.insights.svg import Series, horizontal_bars, nice_ceiling, stacked_columns

NS = {"s": "http://www.w3.org/2000/svg"}


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(markup)


def _bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.find("s:title", NS) is not None]


def _columns(rtl: bool = False) -> str:
    return stacked_columns(
        chart_id="per-day",
        title="Comments per day",
        desc="3 days",
        categories=["1 Nov", "2 Nov", "3 Nov"],
        series=[Series("approved", "Approved", [4, 2, 0]), Series("rejected", "Rejected", [4, 0, 0])],
        rtl=rtl,
    )


@pytest.mark.parametrize(("value", "expected"), [(0, 1), (3, 5), (8, 10), (11, 20), (240, 250), (0.37, 0.5)])
def test_nice_ceiling(value: float, expected: float) -> None:
    assert nice_ceiling(value) == pytest.approx(expected)


def test_columns_are_an_accessible_image_with_title_and_desc() -> None:
    root = _parse(_columns())

    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "per-day-title per-day-desc"
    assert root.find("s:title", NS).text == "Comments per day"  # type: ignore[union-attr]
    assert root.find("s:desc", NS).text == "3 days"  # type: ignore[union-attr]


def test_column_segments_are_proportional_and_named() -> None:
    bars = _bars(_parse(_columns()))

    tips = [b.find("s:title", NS).text for b in bars]  # type: ignore[union-attr]
    assert tips == ["1 Nov, Approved: 4", "1 Nov, Rejected: 4", "2 Nov, Approved: 2"]  # zeros draw nothing
    heights = [float(b.get("height", 0)) for b in bars]
    assert heights[0] == pytest.approx(heights[1])
    assert heights[0] == pytest.approx(2 * heights[2])
    assert {b.get("class") for b in bars} == {"s-approved", "s-rejected"}


def test_rtl_mirrors_the_columns() -> None:
    ltr = [float(b.get("x", 0)) for b in _bars(_parse(_columns()))]
    rtl = [float(b.get("x", 0)) for b in _bars(_parse(_columns(rtl=True)))]
    width = float(_bars(_parse(_columns()))[0].get("width", 0))

    assert ltr[0] < ltr[2]  # the first day on the left ...
    assert rtl[0] > rtl[2]  # ... and on the right in RTL
    assert rtl[0] == pytest.approx(720 - ltr[0] - width)


def test_text_is_escaped() -> None:
    markup = horizontal_bars(
        chart_id="x", title="<b>&", desc='"q"', labels=["<script>"], series=[Series("n", "n", [1])]
    )

    root = _parse(markup)
    assert "<script>" not in markup
    assert root.find("s:title", NS).text == "<b>&"  # type: ignore[union-attr]


def test_horizontal_bars_scale_to_the_maximum_and_write_values() -> None:
    markup = horizontal_bars(
        chart_id="precision",
        title="Precision",
        desc="d",
        labels=["threat", "abuse"],
        series=[Series("precision", "Precision", [1.0, 0.25])],
        value_text=lambda v: f"{v:.0%}",
        maximum=1.0,
        row_texts=["100%", "no data"],
    )

    root = _parse(markup)
    widths = [float(b.get("width", 0)) for b in _bars(root)]
    assert widths[0] == pytest.approx(4 * widths[1])
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "threat" in texts and "no data" in texts


def test_mismatched_series_are_refused() -> None:
    with pytest.raises(ValueError):
        stacked_columns(
            chart_id="x", title="t", desc="d", categories=["a"], series=[Series("k", "K", [1, 2])]
        )
    with pytest.raises(ValueError):
        horizontal_bars(chart_id="x", title="t", desc="d", labels=["a", "b"], series=[Series("k", "K", [1])])


def test_empty_charts_still_render() -> None:
    root = _parse(stacked_columns(chart_id="e", title="t", desc="d", categories=[], series=[]))
    assert root.get("role") == "img" and _bars(root) == []
