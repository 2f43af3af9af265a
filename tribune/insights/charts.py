"""Turn selector results into what the insights page shows: an SVG chart plus its data table.

chart = outcomes_chart(comments_per_day(scope=scope), rtl=False)
chart.svg, chart.table.caption, chart.table.headers, chart.table.rows
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tribune.insights.selectors.activity import DayDeciders, DayOutcomes, GuidelineRejections
from tribune.insights.selectors.agreement import Agreement
from tribune.insights.selectors.timing import WaitMedian
from tribune.insights.svg import Series, horizontal_bars, stacked_columns
from tribune.insights.tuning import BUCKETS, WorkloadMoves
from tribune.ml.labels import Decision
from tribune.moderation.enums import DecidedBy, Guideline


@dataclass(frozen=True)
class Table:
    """The chart's numbers for people who cannot see it (or want exact values)."""

    caption: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Chart:
    svg: SafeString
    table: Table


def _chart(
    draw: Callable[..., str],
    *,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    caption: str | None = None,
    **drawing: Any,
) -> Chart:
    """``draw(**drawing)``'s SVG with the table of its numbers, captioned with its title unless ``caption``."""
    table = Table(caption=drawing["title"] if caption is None else caption, headers=headers, rows=rows)
    return Chart(mark_safe(draw(**drawing)), table)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def duration_text(value: timedelta | None) -> str:
    """A wait in the largest sensible unit: "35 ms", "4.2 s", "12 min", "3 h 5 min", "2 d 4 h"."""
    if value is None:
        return "–"
    seconds = value.total_seconds()
    if seconds < 1:
        return _("%(n)d ms") % {"n": round(seconds * 1000)}
    if seconds < 60:
        return _("%(n).1f s") % {"n": seconds}
    minutes = int(seconds // 60)
    if minutes < 60:
        return _("%(n)d min") % {"n": minutes}
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _("%(h)d h %(m)d min") % {"h": hours, "m": minutes}
    days, hours = divmod(hours, 24)
    return _("%(d)d d %(h)d h") % {"d": days, "h": hours}


def _day(day: date) -> str:
    return date_format(day, "MONTH_DAY_FORMAT")


def guideline_label(code: str) -> str:
    return str(Guideline(code).label) if code in Guideline.values else code


def language_label(code: str) -> str:
    names = dict(settings.LANGUAGES)
    return str(names.get(code, code)) if code else _("Language not identified")


def outcomes_chart(rows: Sequence[DayOutcomes], *, rtl: bool) -> Chart:
    total = sum(r.total for r in rows)
    series = [
        Series("approved", _("Approved"), [r.approved for r in rows]),
        Series("rejected", _("Rejected"), [r.rejected for r in rows]),
        Series("pending", _("Pending"), [r.pending for r in rows]),
    ]
    desc = ngettext(
        "%(n)d comment posted over %(days)d days, by the day it was posted and its status now.",
        "%(n)d comments posted over %(days)d days, by the day they were posted and their status now.",
        total,
    ) % {"n": total, "days": len(rows)}
    return _chart(
        stacked_columns,
        chart_id="chart-outcomes",
        title=_("Comments per day by outcome"),
        desc=desc,
        categories=[_day(r.day) for r in rows],
        series=series,
        rtl=rtl,
        headers=[_("Day"), _("Approved"), _("Rejected"), _("Pending"), _("Total")],
        rows=[[_day(r.day), str(r.approved), str(r.rejected), str(r.pending), str(r.total)] for r in rows],
    )


def deciders_chart(rows: Sequence[DayDeciders], *, rtl: bool) -> Chart:
    auto, human = sum(r.automatic for r in rows), sum(r.human for r in rows)
    share = auto / (auto + human) if auto + human else None
    desc = _("%(auto)d comments decided automatically and %(human)d by moderators: %(share)s automatic.") % {
        "auto": auto,
        "human": human,
        "share": percent(share),
    }
    return _chart(
        stacked_columns,
        chart_id="chart-deciders",
        title=_("Decided automatically or by moderators, per day"),
        desc=desc,
        categories=[_day(r.day) for r in rows],
        series=[
            Series("auto", _("Automatically"), [r.automatic for r in rows]),
            Series("human", _("By a moderator"), [r.human for r in rows]),
        ],
        rtl=rtl,
        caption=desc,
        headers=[_("Day"), _("Automatically"), _("By a moderator"), _("Automatic share")],
        rows=[
            [_day(r.day), str(r.automatic), str(r.human), percent(r.automatic / r.total if r.total else None)]
            for r in rows
        ],
    )


def guideline_rejections_chart(rows: Sequence[GuidelineRejections], *, rtl: bool) -> Chart:
    total = sum(r.total for r in rows)
    labels = [guideline_label(r.guideline) for r in rows]
    desc = _("Rejected comments per guideline they broke (%(n)d citations), automatic and by moderators.") % {
        "n": total
    }
    return _chart(
        horizontal_bars,
        chart_id="chart-rejections-guideline",
        title=_("Rejections by guideline"),
        desc=desc,
        labels=labels,
        series=[
            Series("auto", _("Automatically"), [r.automatic for r in rows]),
            Series("human", _("By a moderator"), [r.human for r in rows]),
        ],
        rtl=rtl,
        headers=[_("Guideline"), _("Automatically"), _("By a moderator"), _("Total")],
        rows=[
            [label, str(r.automatic), str(r.human), str(r.total)]
            for label, r in zip(labels, rows, strict=True)
        ],
    )


def language_rejections_chart(rows: Sequence[tuple[str, int]], *, rtl: bool) -> Chart:
    labels = [language_label(code) for code, _n in rows]
    counts = [n for _code, n in rows]
    desc = _(
        "Rejected comments per language (%(n)d in all): the language identified in the comment, or its "
        "article's language when the text was too short to tell."
    ) % {"n": sum(counts)}
    return _chart(
        horizontal_bars,
        chart_id="chart-rejections-language",
        title=_("Rejections by language"),
        desc=desc,
        labels=labels,
        series=[Series("rejected", _("Rejected"), counts)],
        rtl=rtl,
        headers=[_("Language"), _("Rejected")],
        rows=[[label, str(n)] for label, n in zip(labels, counts, strict=True)],
    )


def waits_chart(rows: Sequence[WaitMedian], *, rtl: bool) -> Chart:
    names = {DecidedBy.SYSTEM: _("Automatically"), DecidedBy.MODERATOR: _("By a moderator")}
    labels = [str(names.get(r.decided_by, r.decided_by)) for r in rows]  # type: ignore[call-overload]
    minutes = [r.median.total_seconds() / 60 if r.median else 0.0 for r in rows]
    texts = [duration_text(r.median) for r in rows]
    desc = "; ".join(
        _("%(who)s: median %(wait)s over %(n)d decisions") % {"who": label, "wait": text, "n": r.decisions}
        for label, text, r in zip(labels, texts, rows, strict=True)
    )
    return _chart(
        horizontal_bars,
        chart_id="chart-waits",
        title=_("Median time from posting to decision"),
        desc=desc,
        labels=labels,
        series=[Series("wait", _("Median wait in minutes"), minutes)],
        row_texts=texts,
        rtl=rtl,
        headers=[_("Decided"), _("Decisions"), _("Median wait")],
        rows=[[label, str(r.decisions), text] for label, text, r in zip(labels, texts, rows, strict=True)],
    )


def agreement_chart(agreement: Agreement, *, rtl: bool) -> Chart:
    rows = agreement.guidelines
    labels = [guideline_label(g.guideline) for g in rows]
    desc = _(
        "Of the comments the model suspected of a guideline and a moderator decided, the share the "
        "moderator rejected for that guideline. %(n)d comments decided by moderators."
    ) % {"n": agreement.human_decided}
    return _chart(
        horizontal_bars,
        chart_id="chart-agreement",
        title=_("Precision of the model's suspicions, per guideline"),
        desc=desc,
        labels=labels,
        series=[Series("precision", _("Precision"), [g.precision or 0.0 for g in rows])],
        maximum=1.0,
        row_texts=[
            _("no data")
            if g.precision is None
            else _("%(percent)s: %(confirmed)d of %(suspected)d suspicions confirmed")
            % {"percent": percent(g.precision), "confirmed": g.confirmed, "suspected": g.suspected}
            for g in rows
        ],
        rtl=rtl,
        caption=_("Model and moderators per guideline"),
        headers=[
            _("Guideline"),
            _("Suspected by the model"),
            _("Confirmed by a moderator"),
            _("Precision"),
            _("Missed by the model"),
            _("Caught"),
            _("Rejected automatically"),
            _("Overturned by a moderator"),
        ],
        rows=[
            [
                label,
                str(g.suspected),
                str(g.confirmed),
                percent(g.precision),
                str(g.missed),
                percent(g.caught),
                str(g.auto_rejected),
                f"{g.overturned} ({percent(g.overturn_rate)})",
            ]
            for label, g in zip(labels, rows, strict=True)
        ],
    )


def bucket_label(where: Decision) -> str:
    names = {
        Decision.APPROVE: _("Approved automatically"),
        Decision.REVIEW: _("Sent to a moderator"),
        Decision.REJECT: _("Rejected automatically"),
    }
    return names[where]


def workload_chart(moves: WorkloadMoves, *, rtl: bool) -> Chart:
    """Where the sampled comments land now and under the proposal."""
    names = {b: bucket_label(b) for b in BUCKETS}
    keys = {Decision.APPROVE: "approved", Decision.REVIEW: "pending", Decision.REJECT: "rejected"}
    labels = [_("Now"), _("Proposed")]
    desc = _("Of %(n)d recent comments: moderators would review %(after)d instead of %(before)d.") % {
        "n": moves.total,
        "after": moves.after(Decision.REVIEW),
        "before": moves.before(Decision.REVIEW),
    }
    return _chart(
        horizontal_bars,
        chart_id="chart-workload",
        title=_("Where recent comments would go"),
        desc=desc,
        labels=labels,
        series=[Series(keys[b], str(names[b]), [moves.before(b), moves.after(b)]) for b in BUCKETS],
        rtl=rtl,
        caption=desc,
        headers=[_("Policy"), *(str(names[b]) for b in BUCKETS)],
        rows=[
            [labels[0], *(str(moves.before(b)) for b in BUCKETS)],
            [labels[1], *(str(moves.after(b)) for b in BUCKETS)],
        ],
    )
