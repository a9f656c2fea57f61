"""Check-ins per phase per week as stacked bars, drawn with insights' chart toolkit."""

from datetime import date

import numpy as np

from insights.charts import (
    Chart,
    Plot,
    coord,
    coords,
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
    # Per week its slot, and per phase the bar's foot and head, as arrays: ten years of
    # weeks are 2,000 bars.
    mondays = [date.fromisocalendar(*(int(part) for part in w["week"].split("-W")), 1)
               for w in weeks]
    left = coords((np.array([d.toordinal() for d in mondays]) - first) // 7 * slot
                  + slot * 0.1)
    counts = np.array([[w[p] for p in PHASES] for w in weeks], dtype=np.float64)
    heads = np.cumsum(counts, axis=1)
    n = len(PHASES)  # week i's phase k at [i * n + k] of these
    feet, heads = (coords(plot.ys_array(heads - counts).ravel()),
                   coords(plot.ys_array(heads).ravel()))
    width = coord(slot * 0.8)
    bars = {phase: [] for phase in PHASES}
    for k, phase in enumerate(PHASES):
        for i in np.flatnonzero(counts[:, k]).tolist():
            foot, head = feet[i * n + k], heads[i * n + k]
            bars[phase].append(f"M{left[i]} {foot}V{head}h{width}V{foot}z")
    inner = [f'<path class="phase-{phase}" d="{"".join(d)}"/>' for phase, d in bars.items() if d]
    parts = (plot_frame(plot, (0, top / 2, top), inner)
             + week_axis(start, end, year=start.year != end.year))
    return make_chart(key, title, desc, parts, legend)

