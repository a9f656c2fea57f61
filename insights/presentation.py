"""Turns an insights report (selectors.insights_for_period) into what the pages show:
charts, figures and sentences. No queries here."""

from decimal import ROUND_HALF_UP, Decimal
from html import escape

from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import formats
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from insights import charts
from insights.charts import number, percent
from insights.metrics import FIELDS

FIELD_LABELS = {
    "alarm": gettext_lazy("Alarm"),
    "energy": gettext_lazy("Energy"),
    "drive": gettext_lazy("Drive"),
}
# Below this many units per week a slope reads as "about the same".
STEADY = 0.02
# Up to about two years the page shows every row in the data tables; beyond, the last
# year only (the charts keep every week, the CSV and JSON have all rows). Ten years of
# weeks as table rows were half of a 600 KB page, and most of its rendering time.
TABLE_ALL_WEEKS_UP_TO = 104
TABLE_LAST_WEEKS = 52
TABLE_ALL_BUCKETS_UP_TO = 26  # 4-week rows
TABLE_LAST_BUCKETS = 13


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
                rounded = Decimal(repr(value)).quantize(quantum, ROUND_HALF_UP)
                # The filter writes a value that rounds to zero without its minus sign.
                text = str(rounded if rounded else abs(rounded)).replace(".", separator)
            else:
                text = floatformat(value, digits)
            done[key] = text
        return text

    return fmt


_DASH = "—"


def _week_rows_html(weeks: list, field: str) -> SafeString:
    """The rows of a field's table of weeks. Built here, as a chart's body is: 156 rows
    of nine cells as template variables took a tenth of the page's time, and
    format_html's lazy-aware escaping per cell another few milliseconds. Whole numbers
    are localized as the template would, the other figures to two decimals; every
    cell is escaped."""
    week_url = escape(reverse("insights:week"))
    fmt = _floatformatter(2)
    texts: dict = {}

    def cell(value, figure=False):
        key = (figure, type(value), value)
        text = texts.get(key)
        if text is None or not value:
            if value is None:
                text = _DASH
            else:
                text = (fmt(value) or _DASH) if figure else formats.localize(value)
            text = texts[key] = escape(str(text))
        return text

    rows = []
    for week in weeks:
        s = week[field]
        label = escape(week["week"])
        rows.append(
            f'<tr><th scope="row" class="nowrap"><a href="{week_url}?week={label}">{label}</a></th>'
            f"<td>{cell(s['n'])}</td><td>{cell(s['min'])}</td><td>{cell(s['max'])}</td>"
            f"<td>{cell(s['amplitude'])}</td><td>{cell(s['mean'], True)}</td>"
            f"<td>{cell(s['sd'], True)}</td><td>{cell(s['mssd'], True)}</td>"
            f"<td>{cell(s['pac'], True)}</td></tr>")
    return mark_safe("\n".join(rows))  # noqa: S308 (every cell escaped above)


_FLIP_ROW = ('<tr><th scope="row"><a href="{}">{}</a></th><td>{}</td><td>{}</td><td>{}</td>'
             "<td>{}</td></tr>")


def _flip_rows_html(pursuits: list) -> SafeString:
    """The rows of the flips table, built here for the reason of ``_week_rows_html``
    (ten years have sixty flips). Dates are the ISO dates of the report; the pursuit's
    name is the person's text, escaped by format_html."""
    fmt = _floatformatter(1)
    return format_html_join("\n", _FLIP_ROW, (
        (reverse("insights:pursuit_detail", args=[p["pursuit_id"]]), p["name"],
         flip["start"][:10], flip["peak_end"][:10], flip["drop"][:10], fmt(flip["drive_days"]))
        for p in pursuits if p["flips"] for flip in p["flips"]))


def trend_sentence(slope) -> str:
    if slope is None:
        return _("not enough weeks with two or more check-ins yet")
    if abs(slope) < STEADY:
        return _("about the same over the weeks")
    if slope < 0:
        return _("getting smaller over the weeks")
    return _("getting larger over the weeks")


def _field_section(field, report, start, end) -> dict:
    label = str(FIELD_LABELS[field])
    trend = report["trend"][field]
    weeks = report["weeks"]
    amp_slope, mssd_slope = trend["amplitude_slope"], trend["mssd_slope"]
    shown = _last_rows(weeks, TABLE_ALL_WEEKS_UP_TO, TABLE_LAST_WEEKS)
    return {
        "field": field,
        "label": label,
        "trend": trend,
        "amplitude_sentence": trend_sentence(amp_slope),
        "mssd_sentence": trend_sentence(mssd_slope),
        "rows_html": _week_rows_html(shown, field),
        "rows_shown": len(shown),
        "row_count": len(weeks),
        "amplitude_chart": charts.week_metric_chart(
            key=f"amp-{field}", weeks=weeks, start=start, end=end, field_name=field,
            metric="amplitude", slope=amp_slope, y_max=10,
            title=_("%(field)s: amplitude per week") % {"field": label},
            desc=_("Highest minus lowest check-in per week, over %(n)s weeks with two or "
                   "more check-ins; dashed: Theil–Sen trend, %(slope)s per week.")
            % {"n": trend["weeks"], "slope": number(amp_slope, 3)}),
        "mssd_chart": charts.week_metric_chart(
            key=f"mssd-{field}", weeks=weeks, start=start, end=end, field_name=field,
            metric="mssd", slope=mssd_slope,
            title=_("%(field)s: MSSD per week") % {"field": label},
            desc=_("Mean squared successive difference per week (how abruptly it changes "
                   "from one check-in to the next); dashed: Theil–Sen trend, %(slope)s per "
                   "week.") % {"slope": number(mssd_slope, 3)}),
        "mean_chart": charts.mean_sd_chart(
            key=f"mean-{field}", weeks=weeks, start=start, end=end, field_name=field,
            title=_("%(field)s: mean ± SD, lowest and highest per week") % {"field": label},
            desc=_("Per week on the 0–10 scale: a light bar from the lowest to the highest "
                   "check-in, a darker bar for the mean plus and minus one standard "
                   "deviation, and a line through the means."),
            legend=[("range", _("lowest to highest")), ("sd", _("mean ± SD")),
                    ("mean", _("mean"))]),
    }


def insights_page_context(report: dict, start, end) -> dict:
    alarm = report["alarm_load"]
    rides, escalations = report["rides"], report["escalations"]
    flips = report["flips"]
    rules = report["rules"]
    return {
        "report": report,
        "fields": [_field_section(f, report, start, end) for f in FIELDS],
        "alarm_chart": charts.bucket_share_chart(
            key="alarm-load", buckets=alarm["per_four_weeks"],
            title=_("Alarm load per 4 weeks"),
            desc=_("Share of check-ins with alarm 7 or higher, per 4 weeks. Over the whole "
                   "period: %(share)s.") % {"share": percent(alarm["share"])}),
        "energy_chart": charts.hbar_chart(
            key="next-day-energy", maximum=10,
            title=_("Energy the next day"),
            desc=_("Mean energy on the day after a day with alarm 7 or higher: %(high)s; "
                   "after other days: %(other)s.")
            % {"high": number(alarm["next_day_energy_after_high"]),
               "other": number(alarm["next_day_energy_after_other"])},
            rows=[(_("after a day with alarm 7 or higher"), alarm["next_day_energy_after_high"],
                   number(alarm["next_day_energy_after_high"])),
                  (_("after other days"), alarm["next_day_energy_after_other"],
                   number(alarm["next_day_energy_after_other"]))]),
        "rides_chart": charts.bucket_bars_chart(
            key="rides-escalations",
            title=_("Rides and escalations per 4 weeks"),
            desc=_("Per 4 weeks: rides (%(rides)s in all) and logged escalations "
                   "(%(escalations)s in all).")
            % {"rides": rides["total"], "escalations": escalations["total"]},
            series=[(rides["per_four_weeks"], "bar-rides"),
                    (escalations["per_four_weeks"], "bar-escalations")],
            legend=[("bar-rides", _("rides")), ("bar-escalations", _("escalations"))]),
        "calm_chart": charts.bucket_share_chart(
            key="rides-calm", buckets=rides["per_four_weeks"], share_key="share_no_escalation",
            title=_("Rides without escalation per 4 weeks"),
            desc=_("Of the rides with a look-back, the share that did not escalate, per 4 "
                   "weeks. Over the whole period: %(share)s.")
            % {"share": percent(rides["share_no_escalation"])}),
        "alarm_rows": _last_rows(alarm["per_four_weeks"], TABLE_ALL_BUCKETS_UP_TO,
                                 TABLE_LAST_BUCKETS),
        "escalation_rows": _last_rows([
            {**r, "escalations": e["count"]}
            for r, e in zip(rides["per_four_weeks"], escalations["per_four_weeks"], strict=True)],
            TABLE_ALL_BUCKETS_UP_TO, TABLE_LAST_BUCKETS),
        "bucket_count": len(rides["per_four_weeks"]),
        "flip_rows_html": _flip_rows_html(flips["pursuits"]),
        "flips_chart": charts.hbar_chart(
            key="flips", maximum=max([p["count"] for p in flips["pursuits"]] or [0]) or 1,
            title=_("Drive → boredom flips per pursuit"),
            desc=_("%(count)s flips in the period; mean length of the drive phase: %(days)s "
                   "days.") % {"count": flips["count"], "days": number(flips["mean_drive_days"])},
            rows=[(p["name"], p["count"], str(p["count"])) for p in flips["pursuits"]
                  if p["count"]]),
        "rules_chart": charts.hbar_chart(
            key="rules", maximum=1,
            title=_("Rule keeping per rule"),
            desc=_("For each life rule chosen in a ride: how often it was kept, of the "
                   "look-backs that answered it."),
            rows=[(f"{r['if_text']} → {r['then_text']}", r["share"],
                   f"{r['kept']}/{r['applied']}") for r in rules]),
    }
