"""The summary's charts, drawn by the insights charts (SVG, for the page and the PDF), and
its tables. Over a long period, as on the insights page, a week table keeps the last year
and the charts go by 4 weeks (a week would be under a pixel wide); the API's JSON keeps
every week."""

import html
from datetime import date, timedelta

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from insights import charts, sentences
from insights.metrics import FIELDS
from insights.periods import monday_of, parse_week
from insights.presentation import (
    CHART_PER,
    CHART_WEEKS_UP_TO,
    FIELD_LABELS,
    _per_month_text,
    _range_legend,
    per_four_weeks,
)
from insights.tables import TABLE_ALL_WEEKS_UP_TO, TABLE_LAST_WEEKS, floatformatter
from therapist.summary import FEW_PER_WEEK

DASH = "—"


def rows_html(rows) -> SafeString:
    """Table rows, the first cell a row header, every cell escaped (a SafeString stays as
    it is). Built here, as the insights page builds its week tables: a year of weeks as
    template variables cost more than all of the summary's reads. Each distinct value is
    escaped once: a year of four tables is 1,600 cells of a few dozen values."""
    texts: dict = {}

    def text(value) -> str:
        key = (type(value), value)
        if key not in texts:
            # conditional_escape without its lazy-string wrapper, as the insights tables do.
            texts[key] = (value.__html__() if hasattr(value, "__html__")
                          else html.escape(str(value)))
        return texts[key]

    return mark_safe("".join(  # noqa: S308 (every cell escaped)
        f'<tr><th scope="row">{text(first)}</th>'
        + "".join(f"<td>{text(cell)}</td>" for cell in rest) + "</tr>"
        for first, *rest in rows))


def week_table(rows: list, cells) -> dict:
    """A week table's rows as HTML (``cells`` makes a row's cells), the last year of a
    long period only, with how many rows are shown of how many."""
    shown = rows if len(rows) <= TABLE_ALL_WEEKS_UP_TO else rows[-TABLE_LAST_WEEKS:]
    return {"html": rows_html(cells(row) for row in shown), "shown": len(shown),
            "total": len(rows), "cut": len(shown) < len(rows)}


def _or_dash(value):
    return DASH if value is None else value


def summary_display(summary: dict, since, until) -> dict:
    """What the summary's template draws beyond the JSON: charts, tables and named rows."""
    out = {"selfcheck_rows": _selfcheck_rows(summary["selfchecks"])}
    checkins = summary["checkins"]
    if checkins is None:
        return out
    weeks = checkins["per_week"]
    few = _("few")
    # A week by its dates, as the insights pages' tables name it (the JSON keeps its ISO code).
    words, year = sentences.calendar(), since.year != until.year

    def week(label: str) -> str:
        return sentences.week_label(parse_week(label, since), year=year, words=words)

    out["checkin_table"] = week_table(weeks, lambda w: (
        week(w["week"]),
        format_html('{} <span class="small">({})</span>', w["n"], few)
        if w["n"] < FEW_PER_WEEK else w["n"]))
    # The weeks with check-ins, each with its figures under each field's name, as a
    # report's weeks are (per_four_weeks and week_range_chart read them so).
    figures_of = [{"start": rows[0]["start"], **dict(zip(FIELDS, rows, strict=True))}
                  for rows in zip(*(summary["trends"][f]["weeks"] for f in FIELDS),
                                  strict=True)]
    by_four = len(weeks) > CHART_WEEKS_UP_TO
    out["by_four"] = by_four
    if by_four:
        places, per = per_four_weeks(figures_of, since), CHART_PER
        title, desc = (_("Check-ins per 4 weeks"),
                       _("Check-ins per 4 weeks from %(since)s to %(until)s: %(n)s in all."))
    else:
        places, per = figures_of, 1
        title, desc = (_("Check-ins per week"),
                       _("Check-ins per week from %(since)s to %(until)s: %(n)s in all."))
    last = monday_of(until) + timedelta(days=6)
    buckets = []  # every week of the period (or 4), also those without a check-in
    for i in range(0, len(weeks), per):
        start = weeks[i]["start"]
        buckets.append({"start": start, "count": sum(w["n"] for w in weeks[i:i + per]),
                        "end": min(date.fromisoformat(start) + timedelta(days=7 * per - 1),
                                   last).isoformat()})
    out["checkins"] = charts.bucket_bars_chart(
        key="checkins-per-week", title=title,
        desc=desc % {"since": since, "until": until, "n": checkins["n"]},
        series=[(buckets, "bar-rides")], legend=[])
    fmt = floatformatter(2)

    def figures(w):
        return (week(w["week"]), w["n"], _or_dash(w["min"]), _or_dash(w["max"]),
                _or_dash(w["amplitude"]), fmt(w["mean"]) or DASH, fmt(w["sd"]) or DASH,
                fmt(w["mssd"]) or DASH)

    fields = []
    grid = charts.week_grid(places, since, until, per=per)
    for field, trend in summary["trends"].items():
        label = str(FIELD_LABELS[field])
        if by_four:
            title = _("%(field)s: peaks and valleys per 4 weeks") % {"field": label}
            desc = _("Per 4 weeks on the 0–10 scale, a bar from the lowest to the highest "
                     "check-in, and a dot at the mean.")
        else:
            title = _("%(field)s: peaks and valleys per week") % {"field": label}
            desc = _("Per week on the 0–10 scale: a bar from the lowest to the highest "
                     "check-in, and a dot at the mean.")
        fields.append({
            "field": field, "label": label, "trend": trend,
            "table": week_table(trend["weeks"], figures),
            # The insights page's words for a slope: points per month, signed.
            "amplitude_per_month": _per_month_text(trend["amplitude_slope"]),
            "mssd_per_month": _per_month_text(trend["mssd_slope"]),
            "chart": charts.week_range_chart(
                key=f"sum-{field}", grid=grid, field_name=field,
                legend=_range_legend(), title=title, desc=desc)})
    out["fields"] = fields
    if summary["phases"]:
        out["phase_table"] = week_table(summary["phases"], lambda p: (
            week(p["week"]), p["green"], p["yellow"], p["orange"], p["red"]))
    return out


def _selfcheck_rows(selfchecks) -> list[dict]:
    from selfcheck import display
    from selfcheck.items import DIMENSIONS

    if not selfchecks or not selfchecks["latest"]:
        return []
    lang = display.language()
    scores, change = selfchecks["latest"]["scores"], selfchecks["change"] or {}
    return [{"title": d.title[lang], "score": scores.get(d.key), "change": change.get(d.key)}
            for d in DIMENSIONS]
