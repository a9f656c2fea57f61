"""The page's own number formatting must read exactly as Django's filters would."""

from zoneinfo import ZoneInfo

import pytest
from django.template.defaultfilters import floatformat
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from insights.presentation import _flip_rows_html, _floatformatter

figures = st.one_of(
    st.floats(min_value=-2000, max_value=2000, allow_nan=False),
    # Figures as the report holds them: rounded to 4 decimals, with halves to round.
    st.integers(-10**7, 10**7).map(lambda k: round(k / 10**4, 4)),
    st.sampled_from([0.0, -0.0, 0.005, -0.005, 0.125, 2.675, 1.005, 999.995, 1000.0, -0.004]),
    st.none(), st.integers(-5000, 5000))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("digits", [1, 2])
@given(values=st.lists(figures, max_size=30))
def test_floatformatter_writes_what_the_floatformat_filter_writes(language, digits, values):
    with translation.override(language):
        fmt = _floatformatter(digits)
        # Twice: the second pass reads the formatter's memory.
        for value in values + values:
            assert fmt(value) == floatformat(value, digits), value


def test_flip_rows_escape_the_persons_text(db):
    with translation.override("en"):
        html = _flip_rows_html([{"pursuit_id": 7, "name": "<b>Zeilen</b> & co", "flips": [
            {"start": "2026-03-01T10:00:00+00:00", "peak_end": "2026-03-20T10:00:00+00:00",
             # 23:30 UTC is already the next day in Amsterdam: the person's date counts.
             "drop": "2026-04-01T23:30:00+00:00", "drive_days": 19.0}]},
            {"pursuit_id": 8, "name": "Niets", "flips": []}], ZoneInfo("Europe/Amsterdam"))
    assert "&lt;b&gt;Zeilen&lt;/b&gt; &amp; co" in html and "<b>" not in html
    assert ("<td>1 Mar 2026</td><td>20 Mar 2026</td><td>2 Apr 2026</td><td>19.0</td>"
            in html)
    assert html.count("<tr>") == 1
