"""Server-rendered SVG charts (``Chart.html``, drawn by ``{% chart %}``), readable on a phone.

A chart is drawn at the width of its column and a fixed height in CSS pixels, with no
viewBox on the outer <svg>: so its texts are as large as the style sheet says (12 px and
up) on a 320 px phone and on a desktop alike, instead of shrinking with the drawing. The
data sit in an inner <svg> whose horizontal units (0–1000) stretch to the width and whose
vertical units are pixels; lines and dots keep their pixel widths there
(``vector-effect: non-scaling-stroke``, in charts.css). Texts are placed in pixels or in
percentages of the width.

No JavaScript and no inline styles (the CSP forbids them): looks come from CSS classes.
A series over the weeks is one <path>, however long the period: ten years as one element
per week made 3,000 elements and 300 KB of SVG.
"""

import math
import statistics
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from django.utils import formats
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe

from insights.sentences import date_range, day_month, percent, week_label, whole

HEIGHT = 190
TOP, BOTTOM = 26, 158  # the plot's highest and lowest grid line, in px from the top
X_LABEL_Y = 182  # baseline of the labels under the plot
UNITS = 1000  # horizontal units of the plot, stretched to the chart's width
PAD = 6  # px of the inner drawing above and below the plot, so dots at 0 and 10 are whole
MAX_DOTS = 60  # above this many points a line is drawn without dots
LABEL_CHARS = 34  # a bar's label wraps at this many characters: 13 px text in 260 px
LINE, ROW_GAP, BAR = 17, 12, 12  # px: a label line, the space between rows, a bar
INSET = 6  # px between a text and the chart's edge


@dataclass
class Chart:
    key: str  # unique on the page: the ids of title and desc derive from it
    title: str
    desc: str
    height: int = HEIGHT
    body: SafeString = mark_safe("")
    legend: list = field(default_factory=list)  # (css, shape, text)
    empty: bool = False

    def html(self, svg_style: str = "") -> SafeString:
        """The chart as a <figure>: the <svg> with its title and description, then the
        legend. Written here rather than by a template included once per chart (twelve on
        the insights page). ``svg_style`` goes inside the <svg> for the PDF's renderer,
        which reads SVG styles only there."""
        if self.empty:
            return mark_safe("")
        esc = conditional_escape  # as the templates escape: safe strings stay as they are
        key = esc(self.key)
        style = f"<style>{esc(svg_style)}</style>" if svg_style else ""
        legend = ""
        if self.legend:
            items = "".join(
                f'<li><svg class="swatch" width="18" height="14">'
                f"{_SWATCHES.get(shape, _SWATCHES['dot']).format(css=esc(css))}</svg>"
                f"{esc(text)}</li>" for css, shape, text in self.legend)
            legend = f'<ul class="legend" aria-hidden="true">{items}</ul>'
        return mark_safe(  # noqa: S308 (texts escaped here, the body by its makers)
            f'<figure class="chart-figure">\n<svg class="chart" width="100%" '
            f'height="{int(self.height)}" role="img" aria-labelledby="{key}-t {key}-d">\n'
            f'<title id="{key}-t">{esc(self.title)}</title>\n'
            f'<desc id="{key}-d">{esc(self.desc)}</desc>\n'
            f"{style}{self.body}</svg>\n{legend}\n</figure>")


_SWATCHES = {
    "box": '<rect class="{css}" x="2" y="1" width="12" height="12"/>',
    "line": '<line class="{css}" x1="1" x2="17" y1="7" y2="7"/>',
    "dot": ('<line class="{css}" x1="1" x2="17" y1="7" y2="7"/>'
            '<circle class="{css}" cx="9" cy="7" r="3"/>'),
}


def number(value, digits: int = 1) -> str:
    """A number as the interface language writes it (1,5 in Dutch), integers without
    decimals."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return whole(value)
    return formats.number_format(value, digits)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k at or above ``value`` (1 for nothing)."""
    if not value or value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power + 1e-9:
            return step * power
    return 10 * power


def coord(value: float) -> str:
    """A coordinate: 42 rather than 42.0, one decimal at most, to keep long paths short."""
    return f"{round(value, 1):g}"


class Plot:
    """The coordinates of a plot with ``count`` positions across and 0..``top`` up."""

    def __init__(self, count: int, top: float):
        self.count, self.top = count, top
        self.height = BOTTOM - TOP

    def x(self, index: float) -> float:
        """The middle of the index's slot: the first and last week's bar stand whole."""
        return (index + 0.5) * self.slot()

    def y(self, value: float) -> float:
        """In the inner drawing, whose origin lies PAD px above the plot's top line."""
        value = max(0.0, min(float(value), self.top))
        return PAD + (1 - value / self.top) * self.height

    def slot(self) -> float:
        return UNITS / max(1, self.count)

    # The same for many points at once, as the text of path data: ten years are 522 weeks.
    def xs(self, indexes, shift: float = 0.0) -> list[str]:
        return coords((np.asarray(indexes, dtype=np.float64) + 0.5) * self.slot() + shift)

    def ys_array(self, values) -> np.ndarray:
        values = np.clip(np.asarray(values, dtype=np.float64), 0.0, self.top)
        return PAD + (1 - values / self.top) * self.height

    def ys(self, values) -> list[str]:
        return coords(self.ys_array(values))


def coords(values) -> list[str]:
    """Coordinates as ``coord`` writes them, for an array."""
    return [f"{v:g}" for v in np.round(values, 1).tolist()]


def plot_frame(plot: Plot, ticks, inner: list[str], fmt=number) -> list[str]:
    """Grid lines across the whole width, the drawing over them, and each line's value
    just above it at the left, over the drawing (with a halo, charts.css)."""
    lines, labels = [], []
    for value in ticks:
        y = coord(TOP + (1 - value / plot.top) * plot.height)
        lines.append(f'<line class="grid" x1="0" x2="100%" y1="{y}" y2="{y}"/>')
        labels.append(f'<text class="tick" x="{INSET}" y="{coord(float(y) - 4)}">'
                      f"{escape(fmt(value))}</text>")
    return [*lines, _inner(inner), *labels]


def _inner(parts: list[str]) -> str:
    height = BOTTOM - TOP + 2 * PAD
    return (f'<svg class="plot" x="0" y="{TOP - PAD}" width="100%" height="{height}" '
            f'viewBox="0 0 {UNITS} {height}" preserveAspectRatio="none">'
            + "".join(parts) + "</svg>")


def x_axis_labels(first: str, last: str | None) -> list[str]:
    out = [f'<text class="tick" x="{INSET}" y="{X_LABEL_Y}">{escape(first)}</text>']
    if last is not None:
        out.append(f'<text class="tick" x="100%" dx="-{INSET}" y="{X_LABEL_Y}" '
                   f'text-anchor="end">{escape(last)}</text>')
    return out


def plot_points(plot: Plot, indexed: list[tuple[int, float]]) -> list[tuple[int, str, str]]:
    """(index, value) as (index, x, y), the coordinates written out."""
    indexes = [i for i, _ in indexed]
    return list(zip(indexes, plot.xs(indexes), plot.ys([v for _, v in indexed]), strict=True))


def series_line(points: list[tuple[int, str, str]], css: str) -> list[str]:
    """One path through (index, x, y), broken where an index is skipped: a week or a
    bucket without data is a gap, not a straight line across it; and the dots, as
    zero-length strokes that round line caps draw as circles. A long series gets no
    dots, except where a point stands alone (it would not show at all otherwise)."""
    stretches: list[list] = []
    last = None
    for point in points:
        if last is None or point[0] - last > 1:
            stretches.append([])
        stretches[-1].append(point)
        last = point[0]
    out = []
    d = "".join("M" + " ".join(f"{x},{y}" for _, x, y in s) for s in stretches if len(s) > 1)
    if d:
        out.append(f'<path class="{css}" d="{d}"/>')
    dots = points if len(points) <= MAX_DOTS else [s[0] for s in stretches if len(s) == 1]
    if dots:
        out.append(f'<path class="dot {css}" d="'
                   + "".join(f"M{x} {y}h0" for _, x, y in dots) + '"/>')
    return out


def theil_sen_line(points: list[tuple[float, float]], slope: float | None):
    """The Theil–Sen line for a given slope: intercept = median of y − slope·x (Sen 1968).
    Returns (x_first, y_first, x_last, y_last) over the x range, or None."""
    if slope is None or len(points) < 2:
        return None
    intercept = statistics.median(y - slope * x for x, y in points)
    xs = [x for x, _ in points]
    lo, hi = min(xs), max(xs)
    return lo, intercept + slope * lo, hi, intercept + slope * hi


def make_chart(key, title, desc, parts, legend=(), height=HEIGHT) -> Chart:
    return Chart(key=key, title=title, desc=desc, height=height, legend=list(legend),
                 body=mark_safe("\n".join(parts)))  # noqa: S308 (numbers, constants, escaped texts)


def empty_chart(key, title, desc) -> Chart:
    return Chart(key=key, title=title, desc=desc, empty=True)


# --------------------------------------------------------------------------
# Charts over the weeks of a period
# --------------------------------------------------------------------------


def week_index(weeks: list[dict], start: date, end: date,
               per: int = 1) -> tuple[list[int], int]:
    """Each week's (or place of ``per`` weeks') index from the period's first, and the count."""
    first, days = start.toordinal() - start.weekday(), 7 * per
    count = (end.toordinal() - end.weekday() - first) // days + 1
    return [(date.fromisoformat(w["start"]).toordinal() - first) // days for w in weeks], count


def week_axis(start: date, end: date, year: bool, per: int = 1) -> list[str]:
    first, days = start.toordinal() - start.weekday(), 7 * per
    last = first + (end.toordinal() - first) // days * days

    def label(monday: int) -> str:
        if per == 1:
            return week_label(date.fromordinal(monday), year=year)
        sunday = min(monday + days, end.toordinal() - end.weekday() + 7) - 1
        return date_range(date.fromordinal(monday), date.fromordinal(sunday), year=year)
    return x_axis_labels(label(first), label(last) if last > first else None)


@dataclass(frozen=True)
class WeekGrid:
    """Where the weeks (or places of ``per`` weeks) of a period stand across a chart, and
    the dates under it: the same for every chart over those weeks, so a page with nine
    of them works it out once (``week_grid``), the coordinates written out too."""
    weeks: list  # the report's weeks (or places), each with its ISO ``start``
    indexes: list[int]  # each one's place from the period's first
    count: int  # the places across
    per: int
    axis: list[str]
    xs: list[str]  # each one's middle across, as path data writes it
    lefts: list[str]  # the left and right edge of each one's bar (week_range_chart)
    rights: list[str]


BAR_HALF = 0.3  # half a bar's width, in slots


def week_grid(weeks: list[dict], start: date, end: date, year: bool = False,
              per: int = 1) -> WeekGrid:
    indexes, count = week_index(weeks, start, end, per)
    across = Plot(count, 1)  # x does not depend on the height
    half = across.slot() * BAR_HALF
    return WeekGrid(weeks, indexes, count, per, week_axis(start, end, year, per),
                    across.xs(indexes), across.xs(indexes, -half), across.xs(indexes, half))


def week_metric_chart(*, key, title, desc, grid: WeekGrid, field_name, metric, slope,
                      legend, y_max=None) -> Chart:
    """One weekly figure (amplitude or MSSD) with its Theil–Sen trend (per week). Only
    weeks with 2+ check-ins are drawn, the weeks the trend uses; or places of ``per``."""
    slope = None if slope is None else slope * grid.per
    used = [k for k, w in enumerate(grid.weeks)
            if w[field_name]["n"] >= 2 and w[field_name][metric] is not None]
    if not used:
        return empty_chart(key, title, desc)
    values = [grid.weeks[k][field_name][metric] for k in used]
    indexes = [grid.indexes[k] for k in used]
    top = y_max or nice_ceiling(max(values))
    plot = Plot(grid.count, top)
    inner = series_line(list(zip(indexes, [grid.xs[k] for k in used], plot.ys(values),
                                 strict=True)), "series")
    line = theil_sen_line([(float(i), float(v)) for i, v in zip(indexes, values, strict=True)],
                          slope)
    if line:
        x1, y1, x2, y2 = line
        # Unclamped on purpose: the inner drawing cuts the line at its edge, so the
        # slope stays true.
        y = lambda v: PAD + (1 - v / top) * plot.height  # noqa: E731
        inner.append(f'<line class="trend" x1="{coord(plot.x(x1))}" y1="{coord(y(y1))}" '
                     f'x2="{coord(plot.x(x2))}" y2="{coord(y(y2))}"/>')
    parts = plot_frame(plot, (0, top / 2, top), inner) + grid.axis
    return make_chart(key, title, desc, parts, legend)


def week_range_chart(*, key, title, desc, grid: WeekGrid, field_name, legend) -> Chart:
    """Peaks and valleys: per week (or place of ``per`` weeks) a bar from the lowest to
    the highest check-in, and a dot at the mean, on the 0–10 scale."""
    shown = [k for k, w in enumerate(grid.weeks) if w[field_name]["n"]]
    if not shown:
        return empty_chart(key, title, desc)
    plot = Plot(grid.count, 10)
    summaries = [grid.weeks[k][field_name] for k in shown]
    low = plot.ys_array([s["min"] for s in summaries])
    high = plot.ys_array([s["max"] for s in summaries])
    # A week of one value still gets a bar of 3 px, to be seen.
    thin = low - high < 3
    middle = (low + high) / 2
    low, high = np.where(thin, middle + 1.5, low), np.where(thin, middle - 1.5, high)
    bars = "".join(f"M{left} {bottom}V{top}H{right}V{bottom}z" for left, right, bottom, top in zip(
        [grid.lefts[k] for k in shown], [grid.rights[k] for k in shown], coords(low),
        coords(high), strict=True))
    inner = [f'<path class="range" d="{bars}"/>']
    inner += series_line(list(zip([grid.indexes[k] for k in shown], [grid.xs[k] for k in shown],
                                  plot.ys([s["mean"] for s in summaries]), strict=True)),
                         "mean")
    parts = plot_frame(plot, (0, 5, 10), inner) + grid.axis
    return make_chart(key, title, desc, parts, legend)


# --------------------------------------------------------------------------
# Charts per 4 weeks
# --------------------------------------------------------------------------


def _bucket_axis(buckets) -> list[str]:
    def dates(b):
        return date_range(date.fromisoformat(b["start"]), date.fromisoformat(b["end"]))
    return x_axis_labels(dates(buckets[0]), dates(buckets[-1]) if len(buckets) > 1 else None)


def bucket_bars_chart(*, key, title, desc, series, legend) -> Chart:
    """Grouped bars per 4-week bucket; ``series`` is [(buckets, css)] with equal buckets."""
    buckets = series[0][0] if series else []
    if not buckets:
        return empty_chart(key, title, desc)
    top = nice_ceiling(max((b["count"] for rows, _ in series for b in rows), default=0))
    plot = Plot(len(buckets), top)
    slot = plot.slot()
    width = slot * 0.8 / len(series)
    inner = []
    across, base = coord(width), coord(plot.y(0))
    for s, (rows, css) in enumerate(series):
        drawn = [(i, b["count"]) for i, b in enumerate(rows) if b["count"]]
        if not drawn:
            continue
        # The coordinates of all bars at once, as the week charts write theirs: the
        # therapist's summary draws a bar per week, 522 over ten years.
        lefts = coords(np.asarray([i for i, _ in drawn], dtype=np.float64) * slot
                       + slot * 0.1 + s * width)
        tops = plot.ys([count for _, count in drawn])
        bars = "".join(f"M{x} {y}h{across}V{base}h-{across}z"
                       for x, y in zip(lefts, tops, strict=True))
        inner.append(f'<path class="{css}" d="{bars}"/>')
    parts = plot_frame(plot, (0, top / 2, top), inner) + _bucket_axis(buckets)
    return make_chart(key, title, desc, parts, legend)


def bucket_share_chart(*, key, title, desc, buckets, share_key="share") -> Chart:
    """A share (0–100 %) per 4-week bucket; buckets without a share are gaps."""
    plot = Plot(len(buckets), 1)
    points = plot_points(plot, [(i, b[share_key]) for i, b in enumerate(buckets)
                            if b.get(share_key) is not None])
    if not points:
        return empty_chart(key, title, desc)
    parts = plot_frame(plot, (0, 0.5, 1), series_line(points, "series"), fmt=percent) + _bucket_axis(buckets)
    return make_chart(key, title, desc, parts)


# --------------------------------------------------------------------------
# Horizontal bars: rules, next-day energy, flips per pursuit
# --------------------------------------------------------------------------

TRACK = 76  # % of the width for the bar; the value is written after it


def hbar_chart(*, key, title, desc, rows, maximum) -> Chart:
    """One bar per row: ``rows`` is [(label, value or None, text shown after the bar)].
    A label is never cut: it wraps over as many lines as it needs."""
    if not rows:
        return empty_chart(key, title, desc)
    parts, y = [], 2
    for label, value, text in rows:
        lines = textwrap.wrap(" ".join(str(label).split()), LABEL_CHARS) or [""]
        for line in lines:
            y += LINE
            parts.append(f'<text class="label" x="{INSET}" y="{y - 4}">{escape(line)}</text>')
        parts.append(f'<rect class="track" x="{INSET}" y="{y}" width="{TRACK}%" '
                     f'height="{BAR}"/>')
        if value is not None and maximum:
            share = max(0.0, min(1.0, value / maximum))
            if share > 0:
                parts.append(f'<rect class="bar" x="{INSET}" y="{y}" '
                             f'width="{coord(share * TRACK)}%" height="{BAR}"/>')
        parts.append(f'<text class="value" x="100%" dx="-{INSET}" y="{y + BAR - 1}" '
                     f'text-anchor="end">{escape(text)}</text>')
        y += BAR + ROW_GAP
    return make_chart(key, title, desc, parts, height=y - ROW_GAP + 8)


# --------------------------------------------------------------------------
# A pursuit's ratings over time
# --------------------------------------------------------------------------


def ratings_chart(*, key, title, desc, ratings, zone, high=8, low=3) -> Chart:
    """Intensity (0–10) over time, with the drive line (≥ 8) and the boredom line (≤ 3)."""
    if not ratings:
        return empty_chart(key, title, desc)
    plot = Plot(1, 10)
    first, last = ratings[0][0], ratings[-1][0]
    span = max((last - first).total_seconds(), 1)
    # Time runs across: 2 % kept free at both ends, so the first and last dot are whole.
    xs = coords(np.asarray([20 + (moment - first).total_seconds() / span * (UNITS - 40)
                            if len(ratings) > 1 else UNITS / 2 for moment, _ in ratings]))
    points = list(zip(range(len(ratings)), xs, plot.ys([v for _, v in ratings]), strict=True))
    inner = [f'<line class="ref-high" x1="0" x2="{UNITS}" y1="{coord(plot.y(high))}" '
             f'y2="{coord(plot.y(high))}"/>',
             f'<line class="ref-low" x1="0" x2="{UNITS}" y1="{coord(plot.y(low))}" '
             f'y2="{coord(plot.y(low))}"/>', *series_line(points, "series")]
    year = _local(first, zone).year != _local(last, zone).year
    parts = (plot_frame(plot, (0, 5, 10), inner)
             + x_axis_labels(day_month(_local(first, zone), year=year),
                         day_month(_local(last, zone), year=year) if len(ratings) > 1 else None))
    return make_chart(key, title, desc, parts)


def _local(moment: datetime, zone) -> date:
    return moment.astimezone(zone).date()
