"""Geometry for the server-rendered SVG charts (templates/insights/includes/chart.html).

Plain numbers in, coordinates out: no JavaScript and no inline styles (the CSP forbids
them), so every look comes from CSS classes in insights.css (and charts.css for paths).
A chart has a 360-wide viewBox and is drawn at 100 % width, so it reads on a 360 px phone
and scales up.

A series over the weeks or 4-week buckets is one <path>, however long the period: ten
years as one element per week and bar made 3,000 elements and 300 KB of SVG.
"""

import math
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from insights.periods import monday_of

WIDTH, HEIGHT = 360, 180
LEFT, RIGHT, TOP, BOTTOM = 42, 350, 12, 150
MAX_DOTS = 60  # above this many points a line is drawn without dots
_NO_FILL = ' fill="none"'


@dataclass
class Chart:
    key: str  # unique on the page: ids of title, desc and clip path derive from it
    title: str
    desc: str
    width: int = WIDTH
    height: int = HEIGHT
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = BOTTOM
    y_ticks: list = field(default_factory=list)  # (y, text)
    x_labels: list = field(default_factory=list)  # (x, text, anchor)
    refs: list = field(default_factory=list)  # (y, css) reference lines across the plot
    polylines: list = field(default_factory=list)  # (points, css)
    paths: list = field(default_factory=list)  # (d, css, filled): one per series
    segments: list = field(default_factory=list)  # (x1, y1, x2, y2, css)
    dots: list = field(default_factory=list)  # (x, y, css)
    rects: list = field(default_factory=list)  # (x, y, w, h, css)
    texts: list = field(default_factory=list)  # (x, y, text, css, anchor)
    trend: tuple | None = None  # (x1, y1, x2, y2), clipped to the plot
    legend: list = field(default_factory=list)  # (css, text)
    empty: bool = False

    def body(self) -> SafeString:
        """The chart's shapes as SVG markup. Built here rather than in the template: a
        long period has thousands of shapes, and one template variable per coordinate
        made the page several times slower. Coordinates are numbers and classes are
        constants of this module; only texts can come from the person, and are escaped."""
        out = []
        for y, text in self.y_ticks:
            out.append(f'<line class="grid" x1="{self.left}" x2="{self.right}" y1="{y}" y2="{y}"/>'
                       f'<text class="tick" x="{self.left - 4}" y="{y}" dy="4" '
                       f'text-anchor="end">{escape(text)}</text>')
        out += [f'<line class="{css}" x1="{self.left}" x2="{self.right}" y1="{y}" y2="{y}"/>'
                for y, css in self.refs]
        out += [f'<rect class="{css}" x="{x}" y="{y}" width="{w}" height="{h}"/>'
                for x, y, w, h, css in self.rects]
        out += [f'<line class="{css}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'
                for x1, y1, x2, y2, css in self.segments]
        out += [f'<path class="{css}"{"" if filled else _NO_FILL} d="{d}"/>'
                for d, css, filled in self.paths]
        out += [f'<polyline class="{css}" fill="none" points="{points}"/>'
                for points, css in self.polylines]
        out += [f'<circle class="{css}" cx="{x}" cy="{y}" r="2.5"/>' for x, y, css in self.dots]
        if self.trend:
            x1, y1, x2, y2 = self.trend
            out.append(f'<line class="trend" clip-path="url(#{self.key}-clip)" x1="{x1}" '
                       f'y1="{y1}" x2="{x2}" y2="{y2}"/>')
        out += [f'<text class="{css}" x="{x}" y="{y}" text-anchor="{anchor}">{escape(text)}</text>'
                for x, y, text, css, anchor in self.texts]
        out += [f'<text class="tick" x="{x}" y="{self.height - 8}" text-anchor="{anchor}">'
                f'{escape(text)}</text>' for x, text, anchor in self.x_labels]
        return mark_safe("\n".join(out))  # noqa: S308 (numbers, constants, escaped texts)

    @property
    def plot_width(self) -> float:
        return self.right - self.left

    @property
    def plot_height(self) -> float:
        return self.bottom - self.top


def number(value, digits: int = 1) -> str:
    """A number as the interface language writes it (1,5 in Dutch), integers without
    decimals."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return formats.number_format(int(value))
    return formats.number_format(value, digits)


def percent(share) -> str:
    return "—" if share is None else f"{formats.number_format(share * 100, 0)} %"


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k at or above ``value`` (1 for nothing)."""
    if not value or value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power + 1e-9:
            return step * power
    return 10 * power


def _round(v: float) -> float:
    return round(v, 1)


def _y(chart: Chart, value: float, y_max: float) -> float:
    value = max(0.0, min(float(value), y_max))
    return _round(chart.bottom - value / y_max * chart.plot_height)


def _x(chart: Chart, index: float, count: float) -> float:
    if count <= 1:
        return _round(chart.left + chart.plot_width / 2)
    return _round(chart.left + index / (count - 1) * chart.plot_width)


def _xs(chart: Chart, indexes: list[float], count: float) -> list[float]:
    """``_x`` of many points, as one array sum: a chart over ten years has 523."""
    if count <= 1:
        return [_x(chart, 0, count)] * len(indexes)
    xs = chart.left + np.asarray(indexes, dtype=np.float64) / (count - 1) * chart.plot_width
    return np.round(xs, 1).tolist()


def _ys(chart: Chart, values: list[float], y_max: float) -> list[float]:
    """``_y`` of many points (to within a rounding tie at the tenth: a pixel's
    fraction), as one array sum."""
    clipped = np.clip(np.asarray(values, dtype=np.float64), 0.0, y_max)
    return np.round(chart.bottom - clipped / y_max * chart.plot_height, 1).tolist()


def _y_ticks(chart: Chart, y_max: float, fmt=number) -> None:
    for value in (0, y_max / 2, y_max):
        chart.y_ticks.append((_y(chart, value, y_max), fmt(value)))


def _n(value: float) -> str:
    """A coordinate for path data: 42 rather than 42.0, to keep long paths short."""
    return f"{value:g}"


def _line_with_gaps(points: list[tuple[float, float, float]], css: str) -> list:
    """One path through (index, x, y), broken where an index is skipped: a week or a
    bucket without data is a gap, not a straight line across it. A stretch of a single
    point draws nothing (its dot does, when dots are drawn). [] or [(d, css, False)]."""
    stretches, current, last = [], [], None
    for index, x, y in points:
        if last is not None and index - last > 1:
            stretches.append(current)
            current = []
        current.append(f"{x:g},{y:g}")
        last = index
    if current:
        stretches.append(current)
    d = "".join("M" + " ".join(stretch) for stretch in stretches if len(stretch) > 1)
    return [(d, css, False)] if d else []


def _dots(chart: Chart, points, css: str) -> None:
    if len(points) <= MAX_DOTS:
        chart.dots.extend((x, y, css) for _, x, y in points)


def theil_sen_line(points: list[tuple[float, float]], slope: float | None):
    """The Theil–Sen line for a given slope: intercept = median of y − slope·x (Sen 1968).
    Returns (x_first, y_first, x_last, y_last) over the x range, or None."""
    if slope is None or len(points) < 2:
        return None
    intercept = statistics.median(y - slope * x for x, y in points)
    xs = [x for x, _ in points]
    lo, hi = min(xs), max(xs)
    return lo, intercept + slope * lo, hi, intercept + slope * hi


# --------------------------------------------------------------------------
# Charts over the weeks of a period
# --------------------------------------------------------------------------


def week_index(weeks: list[dict], start: date, end: date) -> tuple[list[int], int]:
    """Each week's index counted from the period's first week, and the number of weeks."""
    first = monday_of(start)
    count = (monday_of(end) - first).days // 7 + 1
    return [(date.fromisoformat(w["start"]) - first).days // 7 for w in weeks], count


def _week_labels(chart: Chart, weeks, indexes, count) -> None:
    if not weeks:
        return
    chart.x_labels.append((_x(chart, indexes[0], count), weeks[0]["week"], "start"))
    if len(weeks) > 1:
        chart.x_labels.append((_x(chart, indexes[-1], count), weeks[-1]["week"], "end"))


def week_metric_chart(*, key, title, desc, weeks, start, end, field_name, metric, slope,
                      y_max=None, css="series") -> Chart:
    """One weekly figure (amplitude or MSSD) with its Theil–Sen trend. Only weeks with
    2+ check-ins are drawn, the same weeks the trend uses (metrics.weekly_trend)."""
    chart = Chart(key=key, title=title, desc=desc)
    indexes, count = week_index(weeks, start, end)
    used = [(i, w[field_name][metric]) for i, w in zip(indexes, weeks, strict=True)
            if w[field_name]["n"] >= 2 and w[field_name][metric] is not None]
    if not used:
        chart.empty = True
        return chart
    top = y_max or nice_ceiling(max(v for _, v in used))
    _y_ticks(chart, top)
    indexes_used = [i for i, _ in used]
    points = list(zip(indexes_used, _xs(chart, indexes_used, count),
                      _ys(chart, [v for _, v in used], top), strict=True))
    chart.paths.extend(_line_with_gaps(points, css))
    _dots(chart, points, css)
    line = theil_sen_line([(float(i), float(v)) for i, v in used], slope)
    if line:
        x1, y1, x2, y2 = line
        # Unclamped on purpose: the clip path cuts the line at the plot's edge, so its
        # slope stays true.
        chart.trend = (_x(chart, x1, count), _round(chart.bottom - y1 / top * chart.plot_height),
                       _x(chart, x2, count), _round(chart.bottom - y2 / top * chart.plot_height))
    _week_labels(chart, [w for w in weeks if w[field_name]["n"] >= 2], indexes_used, count)
    return chart


def mean_sd_chart(*, key, title, desc, weeks, start, end, field_name, legend) -> Chart:
    """Per week: the lowest to highest check-in (peaks and valleys), mean ± SD, and the
    mean, on the 0–10 scale."""
    chart = Chart(key=key, title=title, desc=desc, legend=legend)
    indexes, count = week_index(weeks, start, end)
    _y_ticks(chart, 10)
    shown = [(i, w[field_name]) for i, w in zip(indexes, weeks, strict=True)
             if w[field_name]["mean"] is not None]
    if not shown:
        chart.empty = True
        return chart
    summaries = [s for _, s in shown]
    xs = _xs(chart, [i for i, _ in shown], count)
    # A vertical bar per week: move to its foot, draw up to its top.
    chart.paths.append(("".join(
        f"M{x:g} {low:g}V{high:g}" for x, low, high in zip(
            xs, _ys(chart, [s["min"] for s in summaries], 10),
            _ys(chart, [s["max"] for s in summaries], 10), strict=True)), "range", False))
    with_sd = [(x, s["mean"], s["sd"]) for x, s in zip(xs, summaries, strict=True)
               if s["sd"] is not None]
    if with_sd:
        chart.paths.append(("".join(
            f"M{x:g} {low:g}V{high:g}" for (x, _, _), low, high in zip(
                with_sd, _ys(chart, [m - sd for _, m, sd in with_sd], 10),
                _ys(chart, [m + sd for _, m, sd in with_sd], 10), strict=True)), "sd", False))
    points = list(zip([i for i, _ in shown], xs,
                      _ys(chart, [s["mean"] for s in summaries], 10), strict=True))
    chart.paths.extend(_line_with_gaps(points, "mean"))
    _dots(chart, points, "mean")
    _week_labels(chart, [w for w in weeks if w[field_name]["mean"] is not None],
                 [p[0] for p in points], count)
    return chart


# --------------------------------------------------------------------------
# Charts per 4 weeks
# --------------------------------------------------------------------------


def _bucket_labels(chart: Chart, buckets, count) -> None:
    if buckets:
        chart.x_labels.append((_x(chart, 0, count), _short_date(buckets[0]["start"]), "start"))
    if len(buckets) > 1:
        chart.x_labels.append((_x(chart, count - 1, count), _short_date(buckets[-1]["start"]),
                               "end"))


def _short_date(value) -> str:
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def bucket_bars_chart(*, key, title, desc, series, legend) -> Chart:
    """Grouped bars per 4-week bucket; ``series`` is [(buckets, css)] with equal buckets."""
    chart = Chart(key=key, title=title, desc=desc, legend=legend)
    buckets = series[0][0] if series else []
    if not buckets:
        chart.empty = True
        return chart
    top = nice_ceiling(max((b["count"] for rows, _ in series for b in rows), default=0))
    _y_ticks(chart, top)
    slot = chart.plot_width / len(buckets)
    width = max(0.6, slot * 0.8 / len(series))
    for s, (rows, css) in enumerate(series):
        bars = []
        for i, b in enumerate(rows):
            if b["count"]:
                # A bar per bucket: from its top left corner, across, down to the axis, back.
                x, y = _round(chart.left + i * slot + slot * 0.1 + s * width), _y(chart, b["count"], top)
                bars.append(f"M{_n(x)} {_n(y)}h{_n(_round(width))}V{_n(chart.bottom)}"
                            f"h{_n(-_round(width))}z")
        if bars:
            chart.paths.append(("".join(bars), css, True))
    # Bars sit in slots, so the labels go to the first and last slot's left edge.
    chart.x_labels.append((chart.left, _short_date(buckets[0]["start"]), "start"))
    if len(buckets) > 1:
        chart.x_labels.append((chart.right, _short_date(buckets[-1]["start"]), "end"))
    return chart


def bucket_share_chart(*, key, title, desc, buckets, share_key="share", css="series") -> Chart:
    """A share (0–100 %) per 4-week bucket; buckets without a share are gaps."""
    chart = Chart(key=key, title=title, desc=desc)
    count = len(buckets)
    shown = [(i, b[share_key]) for i, b in enumerate(buckets) if b.get(share_key) is not None]
    points = list(zip([i for i, _ in shown], _xs(chart, [i for i, _ in shown], count),
                      _ys(chart, [v for _, v in shown], 1), strict=True))
    if not points:
        chart.empty = True
        return chart
    _y_ticks(chart, 1, fmt=percent)
    chart.paths.extend(_line_with_gaps(points, css))
    _dots(chart, points, css)
    _bucket_labels(chart, buckets, count)
    return chart


# --------------------------------------------------------------------------
# Horizontal bars: rules, next-day energy, flips per pursuit
# --------------------------------------------------------------------------

ROW = 38


def hbar_chart(*, key, title, desc, rows, maximum, css="bar") -> Chart:
    """One bar per row: ``rows`` is [(label, value or None, text shown after the bar)]."""
    chart = Chart(key=key, title=title, desc=desc, left=8, right=300, top=6,
                  height=6 + ROW * max(1, len(rows)) + 4)
    chart.bottom = chart.height - 4
    if not rows:
        chart.empty = True
        return chart
    for i, (label, value, text) in enumerate(rows):
        y = chart.top + i * ROW
        chart.texts.append((chart.left, y + 12, _truncate(label, 44), "label", "start"))
        chart.rects.append((chart.left, y + 18, chart.plot_width, 12, "track"))
        if value is not None and maximum:
            width = max(0.0, min(1.0, value / maximum)) * chart.plot_width
            if width > 0:
                chart.rects.append((chart.left, y + 18, _round(width), 12, css))
        chart.texts.append((chart.right + 6, y + 29, text, "value", "start"))
    return chart


def _truncate(text: str, length: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"


# --------------------------------------------------------------------------
# A pursuit's ratings over time
# --------------------------------------------------------------------------


def ratings_chart(*, key, title, desc, ratings, zone, high=8, low=3) -> Chart:
    """Intensity (0–10) over time, with the drive line (≥ 8) and the boredom line (≤ 3)."""
    chart = Chart(key=key, title=title, desc=desc)
    _y_ticks(chart, 10)
    chart.refs = [(_y(chart, high, 10), "ref-high"), (_y(chart, low, 10), "ref-low")]
    if not ratings:
        chart.empty = True
        return chart
    first = ratings[0][0]
    span = max((ratings[-1][0] - first).total_seconds(), 1)
    points = []
    for i, (moment, intensity) in enumerate(ratings):
        offset = (moment - first).total_seconds() / span
        x = _round(chart.left + offset * chart.plot_width) if len(ratings) > 1 else _x(chart, 0, 1)
        points.append((i, x, _y(chart, intensity, 10)))
    chart.polylines.append((" ".join(f"{x},{y}" for _, x, y in points), "series"))
    _dots(chart, points, "series")
    chart.x_labels.append((points[0][1], _local_short(first, zone), "start"))
    if len(ratings) > 1:
        chart.x_labels.append((points[-1][1], _local_short(ratings[-1][0], zone), "end"))
    return chart


def _local_short(moment: datetime, zone) -> str:
    return formats.date_format(moment.astimezone(zone).date(), "SHORT_DATE_FORMAT")
