"""Turns an insights report (selectors.insights_for_period) into what the pages show:
sentences first (insights.sentences), then charts, figures and tables. No queries here."""

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from zoneinfo import ZoneInfo

from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import formats
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from insights import charts, sentences
from insights.charts import number
from insights.metrics import FIELDS, mean
from insights.periods import VIEW_WEEKS, history_weeks, last_weeks
from insights.sentences import date_range, day_month, percent, week_label, whole
from wagenmenner.paths import path as path_of

FIELD_LABELS = {
    "alarm": gettext_lazy("Alarm"),
    "energy": gettext_lazy("Energy"),
    "drive": gettext_lazy("Drive"),
}
HOME_WEEKS = 8  # the home page's chart of alarm peaks and valleys
RANGE_DESC = gettext_lazy("Per week on the 0–10 scale, a bar from the lowest to the highest "
                          "check-in, and a dot at the mean.")
# Up to about two years the page shows every row in the data tables; beyond, the last
# year only (the charts keep every week, the CSV and JSON have all rows). Ten years of
# weeks as table rows were half of a 600 KB page, and most of its rendering time.
TABLE_ALL_WEEKS_UP_TO = 104
TABLE_LAST_WEEKS = 52
TABLE_ALL_BUCKETS_UP_TO = 26  # 4-week rows
TABLE_LAST_BUCKETS = 13
# Beyond two years a week's bar is under a pixel wide on a phone: the charts of the
# levels show 4 weeks to a place instead (the tables, the JSON and the trend keep weeks).
CHART_WEEKS_UP_TO = 104
CHART_PER = 4


def _last_rows(rows: list, all_up_to: int, last: int) -> list:
    return rows if len(rows) <= all_up_to else rows[-last:]


# The figures the fast path of _floatformatter writes: the filter's general path takes
# over beyond (grouping of thousands, and the very small numbers it returns as they are).
_FAST_FROM, _FAST_BELOW = 1e-6, 1000


def _floatformatter(digits: int):
    """``floatformat(value, digits)`` (the template filter) with each distinct value
    formatted once: the week tables have 600 figures, many of them repeats. A float
    of modest size (every mean, SD, MSSD and PAC on the 0–10 scale) is rounded as the
    filter rounds it, half up from its shortest decimal form, without the filter's
    general path (which took 40 µs a figure); anything else goes to the filter."""
    quantum = Decimal(1).scaleb(-digits)
    separator = formats.get_format("DECIMAL_SEPARATOR")
    done: dict = {}

    def fmt(value):
        key = (type(value), value)
        text = done.get(key)
        # Zero goes uncached: -0.0 and 0.0 are equal keys.
        if text is None or not value:
            if type(value) is float and (_FAST_FROM <= abs(value) < _FAST_BELOW or not value):
                # Rounding the double and rounding its shortest decimal form differ only
                # where that form ends in a 5 just after the kept digits (a tie): there
                # the filter rounds half up. Decimal for those alone (2 µs a figure).
                if repr(value).partition(".")[2][digits:] == "5":
                    text = str(Decimal(repr(value)).quantize(quantum, ROUND_HALF_UP))
                else:
                    text = f"{value:.{digits}f}"
                # The filter writes a value that rounds to zero without its minus sign.
                if text[0] == "-" and not text.strip("-0."):
                    text = text[1:]
                text = text.replace(".", separator)
            else:
                text = floatformat(value, digits)
            done[key] = text
        return text

    return fmt


_DASH = "—"


def _cell_writer():
    """A table cell's text, escaped, as the template would write the value: a whole
    number localized, a figure (``figure=True``) to two decimals, nothing as a dash.
    Each distinct value is written once (zero by its repr: 0.0 and -0.0 are equal keys)."""
    fmt = _floatformatter(2)
    texts: dict = {}

    def cell(value, figure=False):
        key = (figure, type(value), value) if value else (figure, repr(value))
        text = texts.get(key)
        if text is None:
            if value is None:
                text = _DASH
            elif figure:
                text = fmt(value) or _DASH
            else:
                text = whole(value) if type(value) is int else formats.localize(value)
            text = texts[key] = escape(str(text))
        return text

    return cell


def _column(values: list, write) -> list[str]:
    """The texts of a table's column, each distinct value written once. A column holds
    one kind of value (whole numbers or figures, and None), so equal keys write alike."""
    texts = {value: write(value) for value in set(values)}
    return [texts[value] for value in values]


def _week_rows_html(weeks: list, year: bool) -> dict[str, SafeString]:
    """The rows of each level's table of weeks. Built here, as a chart's body is: 156
    rows of nine cells as template variables took a tenth of the page's time, and
    format_html's lazy-aware escaping per cell another few milliseconds; written column
    by column (1,400 cells one by one took a tenth of the page again). A week's heading
    (its link and dates) is written once for the three tables. Whole numbers are
    localized as the template would, the other figures to two decimals; every cell is
    escaped."""
    week_url = escape(path_of("insights:week"))
    fmt = _floatformatter(2)
    words = sentences.calendar()

    def count(value):
        if value is None:
            return _DASH
        return escape(whole(value) if type(value) is int else str(formats.localize(value)))

    def figure(value):
        return _DASH if value is None else escape(str(fmt(value) or _DASH))

    heads = [f'<tr><th scope="row" class="nowrap"><a href="{week_url}?week='
             f'{escape(week["week"])}">'
             f'{escape(week_label(week["start"], year=year, words=words))}</a></th>'
             for week in weeks]
    tables = {}
    for field in FIELDS:
        summaries = [week[field] for week in weeks]
        columns = [_column([s[key] for s in summaries], count)
                   for key in ("n", "min", "max", "amplitude")]
        columns += [_column([s[key] for s in summaries], figure)
                    for key in ("mean", "sd", "mssd", "pac")]
        tables[field] = mark_safe("\n".join(  # noqa: S308 (every cell escaped above)
            f"{head}<td>{n}</td><td>{low}</td><td>{high}</td><td>{amplitude}</td>"
            f"<td>{mean}</td><td>{sd}</td><td>{mssd}</td><td>{pac}</td></tr>"
            for head, n, low, high, amplitude, mean, sd, mssd, pac
            in zip(heads, *columns, strict=True)))
    return tables


def _flip_rows_html(pursuits: list, zone) -> SafeString:
    """The rows of the flips table, built here for the reason of ``_week_rows_html``
    (ten years have sixty flips, and format_html's lazy-aware escaping and a reverse()
    per row took 3 ms). The pursuit's name is the person's text: every cell is escaped."""
    fmt = _floatformatter(1)
    words = sentences.calendar()
    # One reverse for every row: the paths differ only in the pursuit's id.
    path = reverse("insights:pursuit_detail", args=[0]).rsplit("/0/", 1)

    def day(moment: str) -> str:  # a moment of the report, as the person's local date
        return escape(day_month(datetime.fromisoformat(moment).astimezone(zone).date(),
                                year=True, words=words))

    rows = [f'<tr><th scope="row"><a href="{escape(path[0])}/{int(p["pursuit_id"])}/'
            f'{escape(path[1])}">{escape(p["name"])}</a></th><td>{day(flip["start"])}</td>'
            f'<td>{day(flip["peak_end"])}</td><td>{day(flip["drop"])}</td>'
            f'<td>{escape(fmt(flip["drive_days"]))}</td></tr>'
            for p in pursuits for flip in p["flips"]]
    return mark_safe("\n".join(rows))  # noqa: S308 (every cell escaped above)


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


def per_four_weeks(weeks: list, start: date) -> list:
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
        for field in FIELDS:
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


def _field_section(field, report, grid, rows_html, places=None) -> dict:
    """A level's words, figures, charts and table; charts by 4 weeks given ``places``."""
    label = str(FIELD_LABELS[field])
    trend = report["trend"][field]
    weeks = report["weeks"]
    amp_slope, mssd_slope = trend["amplitude_slope"], trend["mssd_slope"]
    shown = _last_rows(weeks, TABLE_ALL_WEEKS_UP_TO, TABLE_LAST_WEEKS)
    around = {"grid": grid, "field_name": field}
    named = {"field": label}
    amp = {"n": trend["weeks"], "slope": _per_month_text(amp_slope)}
    mssd = {"slope": _per_month_text(mssd_slope)}
    if places:
        titles = (_("%(field)s: peaks and valleys per 4 weeks"),
                  _("%(field)s: swings per week, on average per 4 weeks"),
                  _("%(field)s: jumps between check-ins per week, on average per 4 weeks"))
        descs = (_("Per 4 weeks on the 0–10 scale, a bar from the lowest to the highest "
                   "check-in, and a dot at the mean."),
                 _("Highest minus lowest check-in per week, on average per 4 weeks, over "
                   "%(n)s weeks with two or more check-ins; dashed: the trend, %(slope)s "
                   "points per month.") % amp,
                 _("Mean squared difference between successive check-ins per week (MSSD: "
                   "how abruptly it changes), on average per 4 weeks; dashed: the trend, "
                   "%(slope)s per month.") % mssd)
    else:
        titles = (_("%(field)s: peaks and valleys per week"), _("%(field)s: swings per week"),
                  _("%(field)s: jumps between check-ins per week"))
        descs = (str(RANGE_DESC),
                 _("Highest minus lowest check-in per week, over %(n)s weeks with two or "
                   "more check-ins; dashed: the trend, %(slope)s points per month.") % amp,
                 _("Mean squared difference between successive check-ins per week (MSSD: "
                   "how abruptly it changes); dashed: the trend, %(slope)s per month.") % mssd)
    return {
        "field": field,
        "label": label,
        "trend": trend,
        "per_four_weeks": bool(places),
        "sentence": sentences.peaks_sentence(report, field),
        "trend_sentence": sentences.trend_sentence(report, field),
        "amplitude_per_month": amp["slope"],
        "mssd_per_month": mssd["slope"],
        "rows_html": rows_html,
        "table_summary": _("Data table: %(field)s per week") % named,
        "table_caption": _("%(field)s per week: the figures of the charts above") % named,
        "rows_shown": len(shown),
        "row_count": len(weeks),
        "range_chart": charts.week_range_chart(
            key=f"range-{field}", legend=_range_legend(), **around,
            title=titles[0] % named, desc=descs[0]),
        "amplitude_chart": charts.week_metric_chart(
            key=f"amp-{field}", metric="amplitude", slope=amp_slope, y_max=10,
            legend=_trend_legend(bool(places)), **around, title=titles[1] % named,
            desc=descs[1]),
        "mssd_chart": charts.week_metric_chart(
            key=f"mssd-{field}", metric="mssd", slope=mssd_slope,
            legend=_trend_legend(bool(places)),
            **around, title=titles[2] % named, desc=descs[2]),
    }


def _bucket_rows(buckets: list, row) -> tuple[SafeString, int]:
    """The shown rows of a table per 4 weeks (the last 13 of a long period), each headed
    by its dates and written by ``row(cell, *bucket)``, and their count."""
    cell, words = _cell_writer(), sentences.calendar()
    rows = []
    for bucket in _last_rows(buckets, TABLE_ALL_BUCKETS_UP_TO, TABLE_LAST_BUCKETS):
        dates = escape(date_range(date.fromisoformat(bucket[0]["start"]),
                                  date.fromisoformat(bucket[0]["end"]), year=True,
                                  words=words))
        rows.append(f'<tr><th scope="row" class="nowrap">{dates}</th>{row(cell, *bucket)}</tr>')
    return mark_safe("".join(rows)), len(rows)  # noqa: S308 (every cell escaped)


def levels_context(report: dict, start, end) -> dict:
    """The headline page: the trends in words, and each level's words, charts and table
    (``selectors.levels_of_period``)."""
    year = start.year != end.year
    long = charts.week_index([], start, end)[1] > CHART_WEEKS_UP_TO
    places = per_four_weeks(report["weeks"], start) if long else None
    # The nine charts of the levels share their places across and their axis.
    grid = charts.week_grid(places or report["weeks"], start, end, year,
                            CHART_PER if places else 1)
    tables = _week_rows_html(_last_rows(report["weeks"], TABLE_ALL_WEEKS_UP_TO,
                                        TABLE_LAST_WEEKS), year)
    (recent_start, recent_end), (before_start, before_end) = sentences.compare_windows(report)
    fields = [_field_section(f, report, grid, tables[f], places) for f in FIELDS]
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
    rows, shown = _bucket_rows(
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
    rows, shown = _bucket_rows(
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
        "flip_rows_html": _flip_rows_html(flips["pursuits"], ZoneInfo(report["period"]["tz"])),
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
