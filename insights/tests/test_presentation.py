"""The page's own number formatting must read exactly as Django's filters would, and
a long period's charts by 4 weeks hold the figures of their check-ins."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template.defaultfilters import floatformat
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from insights.metrics import mean, series_summary, weekly_summaries
from insights.presentation import per_four_weeks
from insights.report import to_json_ready
from insights.tables import DASH, figure_texts, flip_rows_html, floatformatter

figures = st.one_of(
    st.floats(min_value=-2000, max_value=2000, allow_nan=False),
    # Figures as the report holds them: rounded to 4 decimals, with halves to round.
    st.integers(-10**7, 10**7).map(lambda k: round(k / 10**4, 4)),
    st.sampled_from([0.0, -0.0, 0.005, -0.005, 0.125, 2.675, 1.005, 999.995, 1000.0, -0.004]),
    st.none(), st.integers(-5000, 5000))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("digits", [1, 2])
@given(values=st.lists(figures, max_size=30))
def testfloatformatter_writes_what_the_floatformat_filter_writes(language, digits, values):
    with translation.override(language):
        fmt = floatformatter(digits)
        # Twice: the second pass reads the formatter's memory.
        for value in values + values:
            assert fmt(value) == floatformat(value, digits), value


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("digits", [1, 2])
@given(values=st.lists(figures, max_size=30))
def test_figure_texts_write_what_the_floatformat_filter_writes(language, digits, values):
    with translation.override(language):
        assert figure_texts(values, digits) == [floatformat(value, digits) or DASH
                                                for value in values]


def test_flip_rows_escape_the_persons_text(db):
    with translation.override("en"):
        html = flip_rows_html([{"pursuit_id": 7, "name": "<b>Zeilen</b> & co", "flips": [
            {"start": "2026-03-01T10:00:00+00:00", "peak_end": "2026-03-20T10:00:00+00:00",
             # 23:30 UTC is already the next day in Amsterdam: the person's date counts.
             "drop": "2026-04-01T23:30:00+00:00", "drive_days": 19.0}]},
            {"pursuit_id": 8, "name": "Niets", "flips": []}], ZoneInfo("Europe/Amsterdam"))
    assert "&lt;b&gt;Zeilen&lt;/b&gt; &amp; co" in html and "<b>" not in html
    assert ("<td>1 Mar 2026</td><td>20 Mar 2026</td><td>2 Apr 2026</td><td>19.0</td>"
            in html)
    assert html.count("<tr>") == 1
    assert '<a href="/inzicht/bezigheden/7/">' in html


@settings(max_examples=40)
@given(start=st.dates(date(2026, 1, 1), date(2026, 3, 1)),
       checkins=st.lists(st.tuples(st.integers(0, 200 * 24), st.integers(0, 10),
                                   st.one_of(st.none(), st.integers(0, 10))), max_size=120))
def test_a_long_periods_charts_by_4_weeks_hold_the_figures_of_their_check_ins(start, checkins):
    """Per 4 weeks from the period's first week: the check-ins' count, lowest, highest
    and mean as series_summary gives them over those check-ins; the mean swing and MSSD
    of the weeks with two or more (the weeks the trend counts)."""
    first = datetime(start.year, start.month, start.day, tzinfo=UTC)
    rows = [{"recorded_at": first + timedelta(hours=h), "alarm": a, "energy": e, "drive": 5}
            for h, a, e in checkins]
    weeks = to_json_ready(weekly_summaries(rows, UTC))
    places = per_four_weeks(weeks, start)
    monday = start - timedelta(days=start.weekday())
    assert [p["start"] for p in places] == sorted({
        (monday + timedelta(weeks=4 * ((r["recorded_at"].date() - monday).days // 28)))
        .isoformat() for r in rows})
    for place in places:
        begin = date.fromisoformat(place["start"])
        inside = sorted((r for r in rows if 0 <= (r["recorded_at"].date() - begin).days < 28),
                        key=lambda r: r["recorded_at"])
        in_weeks = [w for w in weeks if 0 <= (date.fromisoformat(w["start"]) - begin).days < 28]
        for field in ("alarm", "energy"):
            whole = series_summary(r[field] for r in inside if r[field] is not None)
            assert {k: place[field][k] for k in ("n", "min", "max", "mean")} == {
                k: whole[k] for k in ("n", "min", "max", "mean")}
            twice = [w[field] for w in in_weeks if w[field]["n"] >= 2]
            for key in ("amplitude", "mssd"):
                assert place[field][key] == mean(w[key] for w in twice)


@pytest.mark.parametrize("language", ["nl", "en"])
@given(n=st.integers(min_value=-10**7, max_value=10**7))
@settings(max_examples=200, deadline=None)
def test_whole_numbers_are_written_as_number_format_writes_them(language, n):
    from django.utils.formats import localize, number_format

    from insights.charts import number
    from insights.sentences import whole

    with translation.override(language):
        assert whole(n) == number_format(n) == localize(n)
        assert number(float(n)) == number_format(n)
