"""Turns an insights report (selectors.insights_for_period) into what the pages show:
charts, figures and sentences. No queries here."""

from django.template.defaultfilters import floatformat
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


def _floatformatter(digits: int):
    """``floatformat(value, digits)`` (the template filter) with each distinct value
    formatted once: the week tables had 600 calls of it, most with repeated values.
    Zero goes uncached, as -0.0 and 0.0 are equal keys but format apart."""
    done: dict = {}

    def fmt(value):
        key = (type(value), value)
        text = done.get(key)
        if text is None or not value:
            text = done[key] = floatformat(value, digits)
        return text

    return fmt


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
    fmt = _floatformatter(2)
    rows = [{"week": w["week"], "start": w["start"], **w[field],
             **{f"{key}_2": fmt(w[field][key]) for key in ("mean", "sd", "mssd", "pac")}}
            for w in shown]
    return {
        "field": field,
        "label": label,
        "trend": trend,
        "amplitude_sentence": trend_sentence(amp_slope),
        "mssd_sentence": trend_sentence(mssd_slope),
        "rows": rows,
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
