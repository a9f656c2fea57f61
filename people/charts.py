"""The ledger's balance over the weeks as an SVG chart (drawn by insights' chart include)."""

from django.utils import formats

from insights.charts import MAX_DOTS, Chart, nice_ceiling, number


def balance_chart(*, key: str, title: str, desc: str, weeks: list[dict],
                  legend: list) -> Chart:
    """The running balance (given − received, by weight) at the end of each week, on an
    axis symmetric around 0 so that "gave more" and "received more" look equally big."""
    chart = Chart(key=key, title=title, desc=desc, legend=legend)
    if not any(w["gave"] or w["received"] for w in weeks):
        chart.empty = True
        return chart
    top = nice_ceiling(max(abs(w["balance"]) for w in weeks))
    middle = chart.top + chart.plot_height / 2

    def y(value: float) -> float:
        return round(middle - value / top * chart.plot_height / 2, 1)

    for value in (top, 0, -top):
        chart.y_ticks.append((y(value), number(value)))
    chart.refs.append((y(0), "ref-low"))
    step = chart.plot_width / max(1, len(weeks) - 1)
    xs = [round(chart.left + k * step, 1) for k in range(len(weeks))]
    points = [(x, y(w["balance"])) for x, w in zip(xs, weeks, strict=True)]
    chart.polylines.append((" ".join(f"{x:g},{yy:g}" for x, yy in points), "series"))
    if len(points) <= MAX_DOTS:
        chart.dots.extend((x, yy, "series") for x, yy in points)
    chart.x_labels.append((xs[0], _day(weeks[0]["start"]), "start"))
    if len(weeks) > 1:
        chart.x_labels.append((xs[-1], _day(weeks[-1]["start"]), "end"))
    return chart


def _day(day) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")
