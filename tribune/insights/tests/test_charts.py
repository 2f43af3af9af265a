"""The insights charts speak the moderator's language: SVG titles, legends, labels and tables."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import translation

from tribune.insights.charts import duration_text, guideline_rejections_chart, outcomes_chart
from tribune.insights.selectors.activity import DayOutcomes, GuidelineRejections

DAYS = [
    DayOutcomes(day=date(2026, 11, 1), approved=3, rejected=1),
    DayOutcomes(day=date(2026, 11, 2), pending=1),
]


def test_outcomes_chart_in_english() -> None:
    with translation.override("en"):
        chart = outcomes_chart(DAYS, rtl=False)
    assert ">Comments per day by outcome</title>" in chart.svg
    assert "5 comments posted over 2 days" in chart.svg
    assert chart.table.headers == ["Day", "Approved", "Rejected", "Pending", "Total"]


def test_outcomes_chart_in_sorani() -> None:
    with translation.override("ckb"):
        chart = outcomes_chart(DAYS, rtl=True)
    assert ">لێدوانەکان لە ڕۆژێکدا بەپێی ئەنجام</title>" in chart.svg
    assert ">پەسەندکراو</text>" in chart.svg  # the legend
    assert chart.table.caption == "لێدوانەکان لە ڕۆژێکدا بەپێی ئەنجام"
    assert chart.table.headers == ["ڕۆژ", "پەسەندکراو", "ڕەتکراوە", "چاوەڕوان", "کۆ"]


def test_outcomes_summary_takes_the_arabic_plural_form() -> None:
    with translation.override("ar"):
        chart = outcomes_chart(DAYS, rtl=True)
    assert "5 تعليقات نُشرت على مدى أيام عددها 2" in chart.svg  # n=5: the "few" form


def test_guideline_rejections_chart_in_turkish() -> None:
    rows = [GuidelineRejections(guideline="profanity", automatic=2, human=1)]
    with translation.override("tr"):
        chart = guideline_rejections_chart(rows, rtl=False)
    assert ">Kurala göre retler</title>" in chart.svg
    assert ">Küfür</text>" in chart.svg and ">Otomatik</text>" in chart.svg
    assert chart.table.headers == ["Kural", "Otomatik", "Bir moderatör tarafından", "Toplam"]
    assert chart.table.rows == [["Küfür", "2", "1", "3"]]


def test_duration_text_in_kurmanji_and_persian() -> None:
    with translation.override("kmr"):
        assert duration_text(timedelta(minutes=12)) == "12 deq"
    with translation.override("fa"):
        assert duration_text(timedelta(hours=3, minutes=5)) == "3 ساعت 5 دقیقه"
