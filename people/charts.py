"""The ledger's balance over the weeks as an SVG chart, drawn with insights' chart toolkit."""

from insights.charts import (
    Chart,
    Plot,
    coord,
    empty_chart,
    make_chart,
    nice_ceiling,
    number,
    plot_frame,
    plot_points,
    series_line,
    x_axis_labels,
)
from insights.sentences import day_month


def balance_chart(*, key: str, title: str, desc: str, weeks: list[dict],
                  legend: list) -> Chart:
    """The running balance (given − received, by weight) at the end of each week, on an
    axis symmetric around 0 so that "gave more" and "received more" look equally big."""
    if not any(w["gave"] or w["received"] for w in weeks):
        return empty_chart(key, title, desc)
    top = nice_ceiling(max(abs(w["balance"]) for w in weeks))
    # The plot runs 0..2·top; a balance b sits at b + top, so 0 is the middle line.
    plot = Plot(len(weeks), 2 * top)
    inner = [f'<line class="ref-low" x1="0" x2="1000" y1="{coord(plot.y(top))}" '
             f'y2="{coord(plot.y(top))}"/>',
             *series_line(plot_points(plot, [(k, w["balance"] + top)
                                             for k, w in enumerate(weeks)]), "series")]
    year = weeks[0]["start"].year != weeks[-1]["start"].year
    parts = (plot_frame(plot, (0, top, 2 * top), inner, fmt=lambda v: _signed(v - top))
             + x_axis_labels(day_month(weeks[0]["start"], year=year),
                             day_month(weeks[-1]["start"], year=year) if len(weeks) > 1 else None))
    return make_chart(key, title, desc, parts, legend)


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + number(value)
