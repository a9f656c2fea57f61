"""The summary's charts, drawn by the insights charts (SVG, for the page and the PDF)."""

from datetime import date, timedelta

from django.utils.translation import gettext as _

from insights import charts
from insights.presentation import FIELD_LABELS, _per_month_text, _range_legend


def summary_display(summary: dict, since, until) -> dict:
    """What the summary's template draws beyond the JSON: charts and named rows."""
    out = {"selfcheck_rows": _selfcheck_rows(summary["selfchecks"])}
    checkins = summary["checkins"]
    if checkins is None:
        return out
    weeks = checkins["per_week"]
    out["checkins"] = charts.bucket_bars_chart(
        key="checkins-per-week", title=_("Check-ins per week"),
        desc=_("Check-ins per week from %(since)s to %(until)s: %(n)s in all.")
        % {"since": since, "until": until, "n": checkins["n"]},
        series=[([{"start": w["start"], "count": w["n"],
                   "end": (date.fromisoformat(w["start"]) + timedelta(days=6)).isoformat()}
                  for w in weeks], "bar-rides")],
        legend=[])
    fields = []
    for field, trend in summary["trends"].items():
        label = str(FIELD_LABELS[field])
        # mean_sd_chart reads a week's figures under the field's name.
        weeks_in = [{"week": w["week"], "start": w["start"], field: w} for w in trend["weeks"]]
        fields.append({
            "field": field, "label": label, "trend": trend,
            # The insights page's words for a slope: points per month, signed.
            "amplitude_per_month": _per_month_text(trend["amplitude_slope"]),
            "mssd_per_month": _per_month_text(trend["mssd_slope"]),
            "chart": charts.week_range_chart(
                key=f"sum-{field}", weeks=weeks_in, start=since, end=until, field_name=field,
                legend=_range_legend(),
                title=_("%(field)s: peaks and valleys per week") % {"field": label},
                desc=_("Per week on the 0–10 scale: a bar from the lowest to the highest "
                       "check-in, and a dot at the mean."))})
    out["fields"] = fields
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
