"""Turns an insights report (selectors.insights_for_period) into what the pages show:
sentences first (insights.sentences), then charts, figures and tables. No queries here."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.utils import formats
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from insights import charts, sentences
from insights.charts import number
from insights.metrics import DARK_THOUGHTS, FIELDS, STORED_FIELDS, mean
from insights.periods import VIEW_WEEKS, history_weeks, last_weeks
from insights.sentences import date_range, day_month, percent, week_label
from insights.tables import (
    TABLE_ALL_WEEKS_UP_TO,
    TABLE_LAST_WEEKS,
    bucket_rows,
    flip_rows_html,
    last_rows,
    week_rows_html,
)

FIELD_LABELS = {
    "alarm": gettext_lazy("Alarm"),
    "energy": gettext_lazy("Energy"),
    "drive": gettext_lazy("Drive"),
    # As the check-in page asks it (issue 11 point 10); only on the person's own pages.
    DARK_THOUGHTS: gettext_lazy("Thoughts of death or of not wanting to live"),
}
HOME_WEEKS = 8  # the home page's chart of alarm peaks and valleys
RANGE_DESC = gettext_lazy("Per week on the 0–10 scale, a bar from the lowest to the highest "
                          "check-in, and a dot at the mean.")
# Beyond two years a week's bar is under a pixel wide on a phone: the charts of the
# levels show 4 weeks to a place instead (the tables, the JSON and the trend keep weeks).
CHART_WEEKS_UP_TO = 104
CHART_PER = 4


# Legends: (css class of the swatch, its shape, text).
def _range_legend():
    return [("range", "box", _("lowest to highest")), ("mean", "dot", _("mean"))]


def _trend_legend(by_four=False):
    return [("series", "dot", _("on average per 4 weeks") if by_four else _("per week")),
            ("trend", "line", _("trend"))]


def _per_month_text(slope) -> str:
    """A weekly slope of the report as a figure per month, signed, one decimal."""
    if slope is None:
        return "—"
    # + 0.0 turns a rounded -0.0 into 0.0: no minus sign before nothing.
    return formats.number_format(sentences.round_half_up(sentences.per_month(slope), 1) + 0.0,
                                 1, force_grouping=False)


def levels_of(report: dict) -> list[str]:
    """The levels a report holds, in their order: the three, and the dark-thoughts row
    where the person's own report has it (``selectors.own_stored_days``)."""
    return [field for field in STORED_FIELDS if field in report["trend"]]


def per_four_weeks(weeks: list, start: date, fields=FIELDS) -> list:
    """The weeks of a report by 4 weeks, counted from the period's first week, for the
    charts of a long period: per level the check-ins, their lowest, highest and mean
    (the weeks' sums, exact from their means, over their count), and the mean swing and
    MSSD of the weeks with two or more check-ins (the weeks the trend counts)."""
    first = start.toordinal() - start.weekday()
    places: dict[int, list] = {}
    for week in weeks:
        place = (date.fromisoformat(week["start"]).toordinal() - first) // (7 * CHART_PER)
        places.setdefault(place, []).append(week)
    out = []
    for place, group in places.items():
        entry = {"start": date.fromordinal(first + 7 * CHART_PER * place).isoformat()}
        for field in fields:
            n = total = 0
            low = high = None
            swings, jumps = [], []
            for week in group:  # one pass: ten years are 1,566 summaries
                s = week[field]
                if not s["n"]:
                    continue
                n += s["n"]
                total += round(s["n"] * s["mean"])
                low = s["min"] if low is None or s["min"] < low else low
                high = s["max"] if high is None or s["max"] > high else high
                if s["n"] >= 2:
                    swings.append(s["amplitude"])
                    jumps.append(s["mssd"])
            entry[field] = {"n": n, "min": low, "max": high, "mean": total / n if n else None,
                            "amplitude": mean(swings), "mssd": mean(jumps)}
        out.append(entry)
    return out


def _level_words(by_four: bool) -> dict:
    """The words of the three levels' sections, each translated once for the page: the
    titles and descriptions of their charts (by 4 weeks or per week), of their tables,
    and the legends."""
    if by_four:
        titles = (_("%(field)s: peaks and valleys per 4 weeks"),
                  _("%(field)s: swings per week, on average per 4 weeks"),
                  _("%(field)s: jumps between check-ins per week, on average per 4 weeks"))
        descs = (_("Per 4 weeks on the 0–10 scale, a bar from the lowest to the highest "
                   "check-in, and a dot at the mean."),
                 _("Highest minus lowest check-in per week, on average per 4 weeks, over "
                   "%(n)s weeks with two or more check-ins; dashed: the trend, %(slope)s "
                   "points per month."),
                 _("Mean squared difference between successive check-ins per week (MSSD: "
                   "how abruptly it changes), on average per 4 weeks; dashed: the trend, "
                   "%(slope)s per month."))
    else:
        titles = (_("%(field)s: peaks and valleys per week"), _("%(field)s: swings per week"),
                  _("%(field)s: jumps between check-ins per week"))
        descs = (str(RANGE_DESC),
                 _("Highest minus lowest check-in per week, over %(n)s weeks with two or "
                   "more check-ins; dashed: the trend, %(slope)s points per month."),
                 _("Mean squared difference between successive check-ins per week (MSSD: "
                   "how abruptly it changes); dashed: the trend, %(slope)s per month."))
    return {"titles": titles, "descs": descs,
            "table_summary": _("Data table: %(field)s per week"),
            "table_caption": _("%(field)s per week: the figures of the charts above"),
            "range_legend": _range_legend(), "trend_legend": _trend_legend(by_four)}


def _field_section(field, report, grid, rows_html, words, places=None) -> dict:
    """A level's words, figures, charts and table; charts by 4 weeks given ``places``."""
    label = str(FIELD_LABELS[field])
    trend = report["trend"][field]
    weeks = report["weeks"]
    amp_slope, mssd_slope = trend["amplitude_slope"], trend["mssd_slope"]
    shown = last_rows(weeks, TABLE_ALL_WEEKS_UP_TO, TABLE_LAST_WEEKS)
    around = {"grid": grid, "field_name": field}
    named = {"field": label}
    amp = {"n": trend["weeks"], "slope": _per_month_text(amp_slope)}
    mssd = {"slope": _per_month_text(mssd_slope)}
    titles, descs = words["titles"], words["descs"]
    return {
        "field": field,
        "label": label,
        "trend": trend,
        "per_four_weeks": bool(places),
        "sentence": (sentences.dark_thoughts_sentence(report) if field == DARK_THOUGHTS
                     else sentences.peaks_sentence(report, field)),
        # Said under the dark-thoughts row's sentence: what these figures are, and are not.
        "note": sentences.dark_thoughts_note() if field == DARK_THOUGHTS else "",
        "trend_sentence": sentences.trend_sentence(report, field),
        "amplitude_per_month": amp["slope"],
        "mssd_per_month": mssd["slope"],
        "rows_html": rows_html,
        "table_summary": words["table_summary"] % named,
        "table_caption": words["table_caption"] % named,
        "rows_shown": len(shown),
        "row_count": len(weeks),
        "range_chart": charts.week_range_chart(
            key=f"range-{field}", legend=words["range_legend"], **around,
            title=titles[0] % named, desc=descs[0]),
        "amplitude_chart": charts.week_metric_chart(
            key=f"amp-{field}", metric="amplitude", slope=amp_slope, y_max=10,
            legend=words["trend_legend"], **around, title=titles[1] % named,
            desc=descs[1] % amp),
        "mssd_chart": charts.week_metric_chart(
            key=f"mssd-{field}", metric="mssd", slope=mssd_slope,
            legend=words["trend_legend"],
            **around, title=titles[2] % named, desc=descs[2] % mssd),
    }


def levels_context(report: dict, start, end) -> dict:
    """The headline page: the trends in words, and each level's words, charts and table
    (``selectors.levels_of_period``)."""
    year = start.year != end.year
    levels = levels_of(report)
    long = charts.week_index([], start, end)[1] > CHART_WEEKS_UP_TO
    places = per_four_weeks(report["weeks"], start, levels) if long else None
    # The nine charts of the levels share their places across and their axis.
    grid = charts.week_grid(places or report["weeks"], start, end, year,
                            CHART_PER if places else 1)
    tables = week_rows_html(last_rows(report["weeks"], TABLE_ALL_WEEKS_UP_TO,
                                        TABLE_LAST_WEEKS), year, levels)
    (recent_start, recent_end), (before_start, before_end) = sentences.compare_windows(report)
    words = _level_words(bool(places))
    fields = [_field_section(f, report, grid, tables[f], words, places) for f in levels]
    return {
        "report": report,
        "fields": fields,
        "recent_dates": date_range(recent_start, recent_end),
        "before_dates": date_range(before_start, before_end),
        # Said once, at the top, instead of under every chart that cannot be drawn.
        "some_charts_missing": any(f[chart].empty for f in fields
                                   for chart in ("range_chart", "amplitude_chart",
                                                 "mssd_chart")),
    }


def alarm_load_context(report: dict) -> dict:
    """Alarm load: its sentence, charts and table (``selectors.alarm_load_of_period``)."""
    alarm = report["alarm_load"]
    after_high, after_other = (alarm["next_day_energy_after_high"],
                               alarm["next_day_energy_after_other"])
    alarm_chart = charts.bucket_share_chart(
        key="alarm-load", buckets=alarm["per_four_weeks"],
        title=_("Alarm load per 4 weeks"),
        desc=_("Share of check-ins with alarm 7 or higher, per 4 weeks. Over the whole "
               "period: %(share)s.") % {"share": _share(alarm["share"])})
    rows, shown = bucket_rows(
        [(load,) for load in alarm["per_four_weeks"]],
        lambda cell, load: f"<td>{cell(load['n'])}</td><td>{cell(load['high'])}</td>"
                           f"<td>{cell(load['share'], True)}</td>")
    return {
        "report": report,
        "alarm_sentence": sentences.alarm_load_sentence(report),
        "alarm_chart": alarm_chart,
        "energy_chart": charts.hbar_chart(
            key="next-day-energy", maximum=10,
            title=_("Energy the next day"),
            desc=_("Mean energy on the day after a day with alarm 7 or higher: %(high)s; "
                   "after other days: %(other)s.")
            % {"high": number(after_high), "other": number(after_other)},
            rows=[(_("after a day with alarm 7 or higher"), after_high, number(after_high)),
                  (_("after other days"), after_other, number(after_other))]
            if after_high is not None or after_other is not None else []),
        "alarm_rows_html": rows,
        "bucket_rows_shown": shown,
        "bucket_count": len(alarm["per_four_weeks"]),
        "some_charts_missing": alarm_chart.empty,
    }


def rides_context(report: dict) -> dict:
    """Rides and escalations: their sentence, charts and table
    (``selectors.rides_of_period``)."""
    rides, escalations = report["rides"], report["escalations"]
    rides_chart = charts.bucket_bars_chart(
        key="rides-escalations",
        title=_("Rides and escalations per 4 weeks"),
        desc=_("Per 4 weeks: rides (%(rides)s in all) and logged escalations "
               "(%(escalations)s in all).")
        % {"rides": rides["total"], "escalations": escalations["total"]},
        series=[(rides["per_four_weeks"], "bar-rides"),
                (escalations["per_four_weeks"], "bar-escalations")]
        if rides["total"] or escalations["total"] else [],
        legend=[("bar-rides", "box", _("rides")),
                ("bar-escalations", "box", _("escalations"))])
    calm_chart = charts.bucket_share_chart(
        key="rides-calm", buckets=rides["per_four_weeks"], share_key="share_no_escalation",
        title=_("Rides without escalation per 4 weeks"),
        desc=_("Of the rides with a look-back, the share that did not escalate, per 4 "
               "weeks. Over the whole period: %(share)s.")
        % {"share": _share(rides["share_no_escalation"])})
    rows, shown = bucket_rows(
        list(zip(rides["per_four_weeks"], escalations["per_four_weeks"], strict=True)),
        lambda cell, ride, escalation: (
            f"<td>{cell(ride['count'])}</td><td>{cell(ride['with_look_back'])}</td>"
            f"<td>{cell(ride['no_escalation'])}</td>"
            f"<td>{cell(ride['share_no_escalation'], True)}</td>"
            f"<td>{cell(escalation['count'])}</td>"))
    return {
        "report": report,
        "rides_sentence": sentences.rides_sentence(report),
        "rides_chart": rides_chart,
        "calm_chart": calm_chart,
        "ride_rows_html": rows,
        "bucket_rows_shown": shown,
        "bucket_count": len(rides["per_four_weeks"]),
        "some_charts_missing": rides_chart.empty or calm_chart.empty,
    }


def flips_context(report: dict) -> dict:
    """Drive → boredom flips: their sentence, chart and table
    (``selectors.flips_of_period``)."""
    flips = report["flips"]
    return {
        "report": report,
        "flips_sentence": sentences.flips_sentence(report),
        "flip_rows_html": flip_rows_html(flips["pursuits"], ZoneInfo(report["period"]["tz"])),
        "flips_chart": charts.hbar_chart(
            key="flips", maximum=max([p["count"] for p in flips["pursuits"]] or [0]) or 1,
            title=_("Drive → boredom flips per pursuit"),
            desc=ngettext("%(count)s flip in the period; its drive phase lasted %(days)s.",
                          "%(count)s flips in the period; mean length of the drive phase: "
                          "%(days)s.", flips["count"])
            % {"count": flips["count"], "days": "—" if flips["mean_drive_days"] is None
               else sentences.days_text(flips["mean_drive_days"])},
            rows=[(p["name"], p["count"], str(p["count"])) for p in flips["pursuits"]
                  if p["count"]]),
    }


def rules_context(report: dict) -> dict:
    """Rule keeping: its sentence, chart and table (``selectors.rules_of_period``)."""
    return {
        "report": report,
        "rules_sentence": sentences.rules_sentence(report),
        "rules_chart": charts.hbar_chart(
            key="rules", maximum=1,
            title=_("Rule keeping per rule"),
            desc=_("For each life rule chosen in a ride: how often it was kept, of the "
                   "look-backs that answered it."),
            rows=[(rule_text(r), r["share"], f"{r['kept']}/{r['applied']}")
                  for r in report["rules"]]),
    }


def _share(share) -> str:
    return "—" if share is None else percent(share)


def rule_text(rule: dict) -> str:
    return _("If %(if)s, then %(then)s") % {"if": rule["if_text"], "then": rule["then_text"]}


def home_card(report: dict, start, end) -> dict:
    """The home page's look at alarm: its peaks and valleys of the last 8 weeks, with the
    sentence of the insights page."""
    return {
        "sentence": sentences.peaks_sentence(report, "alarm"),
        "chart": charts.week_range_chart(
            key="home-alarm", grid=charts.week_grid(report["weeks"], start, end),
            field_name="alarm", legend=_range_legend(),
            title=_("Alarm: peaks and valleys of the last %(n)s weeks") % {"n": HOME_WEEKS},
            desc=str(RANGE_DESC)),
        "this_week": week_label(end - timedelta(days=end.weekday())),
        "weeks": HOME_WEEKS,
    }


def period_choices(today: date, first_day: date | None, shown: tuple[date, date]) -> list:
    """The periods one tap away: the last 4 and 12 weeks and the last year where the
    history is longer, and always everything. Each is (label, query, is the one shown)."""
    everything = history_weeks(today, first_day)
    choices = []
    for weeks in VIEW_WEEKS:
        if weeks < everything:
            label = (_("1 year") if weeks == 52 else
                     ngettext("%(n)s week", "%(n)s weeks", weeks) % {"n": weeks})
            choices.append((label, last_weeks(today, weeks)))
    label = (_("everything, since %(day)s") % {"day": day_month(first_day, year=True)}
             if first_day and first_day < today else
             ngettext("%(n)s week", "%(n)s weeks", everything) % {"n": everything})
    choices.append((label, last_weeks(today, everything)))
    return [(label, urlencode({"start": first.isoformat(), "end": last.isoformat()}),
             (first, last) == tuple(shown)) for label, (first, last) in choices]
