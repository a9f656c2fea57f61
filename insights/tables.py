"""The data tables of the insights pages, written as HTML rows here rather than in the
templates: hundreds of cells as template variables were a large part of a page's time.
Every cell is escaped here. No queries."""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from html import escape

import numpy as np
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe

from insights import sentences
from insights.metrics import FIELDS
from insights.sentences import date_range, day_month, week_label, whole
from wagenmenner.paths import path as path_of

# Up to about two years the page shows every row in the data tables; beyond, the last
# year only (the charts keep every week, the CSV and JSON have all rows). Ten years of
# weeks as table rows were half of a 600 KB page, and most of its rendering time.
TABLE_ALL_WEEKS_UP_TO = 104
TABLE_LAST_WEEKS = 52
TABLE_ALL_BUCKETS_UP_TO = 26  # 4-week rows
TABLE_LAST_BUCKETS = 13


def last_rows(rows: list, all_up_to: int, last: int) -> list:
    return rows if len(rows) <= all_up_to else rows[-last:]


# The figures the fast path of floatformatter writes: the filter's general path takes
# over beyond (grouping of thousands, and the very small numbers it returns as they are).
_FAST_FROM, _FAST_BELOW = 1e-6, 1000


def floatformatter(digits: int):
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
                # Rounding the double and rounding its shortest decimal form differ only
                # where that form ends in a 5 just after the kept digits (a tie): there
                # the filter rounds half up. Decimal for those alone (2 µs a figure).
                if repr(value).partition(".")[2][digits:] == "5":
                    text = str(Decimal(repr(value)).quantize(quantum, ROUND_HALF_UP))
                else:
                    text = f"{value:.{digits}f}"
                # The filter writes a value that rounds to zero without its minus sign.
                if text[0] == "-" and not text.strip("-0."):
                    text = text[1:]
                text = text.replace(".", separator)
            else:
                text = floatformat(value, digits)
            done[key] = text
        return text

    return fmt


DASH = "—"


def figure_texts(values: list, digits: int = 2) -> list[str]:
    """``floatformatter(digits)(value) or DASH`` of each value, escaped, for many at once:
    the week tables have 600 figures, and one by one they took most of the tables' time.
    A figure of the report is rounded to 4 decimals: where a value is exactly the double
    of a decimal k·10⁻⁴ (k = rint(value·10⁴), checked), that decimal is its shortest
    form, and the filter's half-up rounding of it is whole-number arithmetic on k. Any
    other value (and None) goes to ``floatformatter``."""
    array = np.array(values, dtype=np.float64)  # None is NaN
    with np.errstate(invalid="ignore"):
        k = np.rint(array * 1e4)
        fast = (np.abs(array) < _FAST_BELOW) & (k / 1e4 == array)
    unit = 10 ** (4 - digits)
    q = (np.abs(np.where(fast, k, 0)).astype(np.int64) + unit // 2) // unit
    # As the filter writes it: a value that rounds to zero has no minus sign.
    minus = ((array < 0) & (q > 0)).tolist()
    wholes, parts = np.divmod(q, 10 ** digits)
    separator = formats.get_format("DECIMAL_SEPARATOR")
    tails = [f"{separator}{part:0{digits}d}" for part in range(10 ** digits)]
    slow = None
    out = []
    for value, ok, negative, whole_part, part in zip(values, fast.tolist(), minus,
                                                     wholes.tolist(), parts.tolist(),
                                                     strict=True):
        if ok:
            out.append(f"-{whole_part}{tails[part]}" if negative
                       else f"{whole_part}{tails[part]}")
        elif value is None:
            out.append(DASH)
        else:
            slow = slow or floatformatter(digits)
            out.append(escape(str(slow(value) or DASH)))
    return out


def cell_writer():
    """A table cell's text, escaped, as the template would write the value: a whole
    number localized, a figure (``figure=True``) to two decimals, nothing as a dash.
    Each distinct value is written once (zero by its repr: 0.0 and -0.0 are equal keys)."""
    fmt = floatformatter(2)
    texts: dict = {}

    def cell(value, figure=False):
        key = (figure, type(value), value) if value else (figure, repr(value))
        text = texts.get(key)
        if text is None:
            if value is None:
                text = DASH
            elif figure:
                text = fmt(value) or DASH
            else:
                text = whole(value) if type(value) is int else formats.localize(value)
            text = texts[key] = escape(str(text))
        return text

    return cell


def column(values: list, write) -> list[str]:
    """The texts of a table's column, each distinct value written once. A column holds
    one kind of value (whole numbers or figures, and None), so equal keys write alike."""
    texts = {value: write(value) for value in set(values)}
    return [texts[value] for value in values]


FIGURE_KEYS = ("mean", "sd", "mssd", "pac")  # a week's figures written to two decimals


def week_rows_html(weeks: list, year: bool, fields=FIELDS) -> dict[str, SafeString]:
    """The rows of each level's table of weeks. Built here, as a chart's body is: 156
    rows of nine cells as template variables took a tenth of the page's time, and
    format_html's lazy-aware escaping per cell another few milliseconds; written column
    by column (1,400 cells one by one took a tenth of the page again). A week's heading
    (its link and dates) is written once for the three tables. Whole numbers are
    localized as the template would, the other figures to two decimals; every cell is
    escaped."""
    week_url = escape(path_of("insights:week"))
    words = sentences.calendar()

    def count(value):
        if value is None:
            return DASH
        return escape(whole(value) if type(value) is int else str(formats.localize(value)))

    heads = [f'<tr><th scope="row" class="nowrap"><a href="{week_url}?week='
             f'{escape(week["week"])}">'
             f'{escape(week_label(week["start"], year=year, words=words))}</a></th>'
             for week in weeks]
    # Every figure of the three tables at once, column after column.
    figures = figure_texts([week[field][key] for field in fields for key in FIGURE_KEYS
                            for week in weeks])
    rows = len(weeks)
    tables = {}
    for f, field in enumerate(fields):
        summaries = [week[field] for week in weeks]
        columns = [column([s[key] for s in summaries], count)
                   for key in ("n", "min", "max", "amplitude")]
        first = f * len(FIGURE_KEYS) * rows
        columns += [figures[first + c * rows:first + (c + 1) * rows]
                    for c in range(len(FIGURE_KEYS))]
        tables[field] = mark_safe("\n".join(  # noqa: S308 (every cell escaped above)
            f"{head}<td>{n}</td><td>{low}</td><td>{high}</td><td>{amplitude}</td>"
            f"<td>{mean}</td><td>{sd}</td><td>{mssd}</td><td>{pac}</td></tr>"
            for head, n, low, high, amplitude, mean, sd, mssd, pac
            in zip(heads, *columns, strict=True)))
    return tables


def flip_rows_html(pursuits: list, zone) -> SafeString:
    """The rows of the flips table, built here for the reason of ``week_rows_html``
    (ten years have sixty flips, and format_html's lazy-aware escaping and a reverse()
    per row took 3 ms). The pursuit's name is the person's text: every cell is escaped."""
    fmt = floatformatter(1)
    words = sentences.calendar()
    # One reverse for every row: the paths differ only in the pursuit's id.
    path = reverse("insights:pursuit_detail", args=[0]).rsplit("/0/", 1)

    def day(moment: str) -> str:  # a moment of the report, as the person's local date
        return escape(day_month(datetime.fromisoformat(moment).astimezone(zone).date(),
                                year=True, words=words))

    rows = [f'<tr><th scope="row"><a href="{escape(path[0])}/{int(p["pursuit_id"])}/'
            f'{escape(path[1])}">{escape(p["name"])}</a></th><td>{day(flip["start"])}</td>'
            f'<td>{day(flip["peak_end"])}</td><td>{day(flip["drop"])}</td>'
            f'<td>{escape(fmt(flip["drive_days"]))}</td></tr>'
            for p in pursuits for flip in p["flips"]]
    return mark_safe("\n".join(rows))  # noqa: S308 (every cell escaped above)


def bucket_rows(buckets: list, row) -> tuple[SafeString, int]:
    """The shown rows of a table per 4 weeks (the last 13 of a long period), each headed
    by its dates and written by ``row(cell, *bucket)``, and their count."""
    cell, words = cell_writer(), sentences.calendar()
    rows = []
    for bucket in last_rows(buckets, TABLE_ALL_BUCKETS_UP_TO, TABLE_LAST_BUCKETS):
        dates = escape(date_range(date.fromisoformat(bucket[0]["start"]),
                                  date.fromisoformat(bucket[0]["end"]), year=True,
                                  words=words))
        rows.append(f'<tr><th scope="row" class="nowrap">{dates}</th>{row(cell, *bucket)}</tr>')
    return mark_safe("".join(rows)), len(rows)  # noqa: S308 (every cell escaped)
