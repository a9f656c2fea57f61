"""Check-ins per phase per week as stacked bars, drawn with insights' chart toolkit."""

from datetime import date

from insights.charts import (
    Chart,
    Plot,
    coord,
    empty_chart,
    make_chart,
    nice_ceiling,
    plot_frame,
    week_axis,
)
from insights.periods import monday_of
from warningplan.phases import PHASES


def phases_chart(*, key: str, title: str, desc: str, weeks: list[dict], start: date,
                 end: date, legend: list) -> Chart:
    """One bar per week of the period, green at the foot and red on top; one path per
    phase, however many weeks (ten years are 523)."""
    if not weeks:
        return empty_chart(key, title, desc)
    first = monday_of(start).toordinal()
    count = (monday_of(end).toordinal() - first) // 7 + 1
    top = nice_ceiling(max(sum(w[p] for p in PHASES) for w in weeks))
    plot = Plot(count, top)
    slot = plot.slot()
    bars = {phase: [] for phase in PHASES}
    for week in weeks:
        year, number = (int(part) for part in week["week"].split("-W"))
        left = (date.fromisocalendar(year, number, 1).toordinal() - first) // 7 * slot
        base = 0
        for phase in PHASES:
            if week[phase]:
                low, base = plot.y(base), base + week[phase]
                bars[phase].append(f"M{coord(left + slot * 0.1)} {coord(low)}V{coord(plot.y(base))}"
                                   f"h{coord(slot * 0.8)}V{coord(low)}z")
    inner = [f'<path class="phase-{phase}" d="{"".join(d)}"/>' for phase, d in bars.items() if d]
    parts = (plot_frame(plot, (0, top / 2, top), inner)
             + week_axis(start, end, year=start.year != end.year))
    return make_chart(key, title, desc, parts, legend)
