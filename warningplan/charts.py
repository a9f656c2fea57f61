"""Check-ins per phase per week as stacked bars (drawn by insights' chart include)."""

from datetime import date

from django.utils import formats

from insights.charts import Chart, nice_ceiling, number
from insights.metrics import iso_week_label
from insights.periods import monday_of
from warningplan.phases import PHASES


def phases_chart(*, key: str, title: str, desc: str, weeks: list[dict], start: date,
                 end: date, legend: list) -> Chart:
    """One bar per week of the period, green at the foot and red on top; one path per
    phase, however many weeks (ten years are 523)."""
    chart = Chart(key=key, title=title, desc=desc, legend=legend)
    if not weeks:
        chart.empty = True
        return chart
    first = monday_of(start)
    count = (monday_of(end) - first).days // 7 + 1
    top = nice_ceiling(max(sum(w[p] for p in PHASES) for w in weeks))
    for value in (0, top / 2, top):
        chart.y_ticks.append((round(chart.bottom - value / top * chart.plot_height, 1),
                              number(value)))
    slot = chart.plot_width / count
    width = round(max(0.6, slot * 0.8), 2)
    index = {iso_week_label(date.fromordinal(first.toordinal() + 7 * k)): k
             for k in range(count)}
    bars = {phase: [] for phase in PHASES}
    for week in weeks:
        x = round(chart.left + index[week["week"]] * slot + slot * 0.1, 2)
        base = 0
        for phase in PHASES:
            if week[phase]:
                y_low = chart.bottom - base / top * chart.plot_height
                base += week[phase]
                y_high = chart.bottom - base / top * chart.plot_height
                bars[phase].append(f"M{x:g} {y_high:.1f}h{width:g}V{y_low:.1f}h{-width:g}z")
    chart.paths.extend(("".join(d), f"phase-{phase}", True) for phase, d in bars.items() if d)
    chart.x_labels.append((chart.left, _day(first), "start"))
    if count > 1:
        chart.x_labels.append((chart.right, _day(monday_of(end)), "end"))
    return chart


def _day(day: date) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")
