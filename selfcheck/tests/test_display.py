"""What the result page draws: bar geometry, change in words, where to start."""

from django.urls import reverse
from django.utils import translation

from selfcheck import display, items

ZERO = {d.key: 0.0 for d in items.DIMENSIONS}


def test_bars_run_from_zero_to_the_full_bar_width():
    rows = display.chart_rows({**ZERO, "push_pull": 100.0, "anger_escalation": 50.0}, None, "en")
    widths = {row.key: row.bar_width for row in rows}
    assert widths["push_pull"] == display.BAR_WIDTH
    assert widths["anger_escalation"] == display.BAR_WIDTH / 2
    assert widths["alert_exhausted"] == 0


def test_every_dimension_gets_its_own_row_in_order():
    rows = display.chart_rows(ZERO, None, "nl")
    assert [row.key for row in rows] == [d.key for d in items.DIMENSIONS]
    assert [row.y for row in rows] == [n * display.ROW_HEIGHT for n in range(6)]
    assert rows[-1].bar_y + display.BAR_HEIGHT <= display.chart_height()
    assert rows[0].title == items.DIMENSIONS[0].title["nl"]


def test_a_dimension_without_a_score_has_no_bar_and_no_band():
    rows = display.chart_rows({**ZERO, "push_pull": None}, None, "en")
    row = rows[-1]
    assert (row.score, row.bar_width, row.band) == (None, 0, "")


def test_the_value_label_of_a_full_bar_still_fits_in_the_chart():
    rows = display.chart_rows({**ZERO, "push_pull": 100.0}, None, "en")
    assert rows[-1].value_x + 40 <= display.CHART_WIDTH


def test_the_previous_score_is_marked_on_the_bar():
    rows = display.chart_rows(ZERO, {**ZERO, "push_pull": 25.0}, "en")
    assert rows[-1].previous_x == display.BAR_WIDTH / 4
    assert rows[-1].change == -25.0


def test_change_in_words():
    with translation.override("en"):
        rows = display.chart_rows({**ZERO, "push_pull": 30.0}, ZERO, "en")
        assert rows[-1].change_text == "30.0 higher (more difficulty)"
        assert rows[0].change_text == "no change"
        rows = display.chart_rows(ZERO, {**ZERO, "push_pull": 12.5}, "en")
        assert rows[-1].change_text == "12.5 lower (less difficulty)"
        rows = display.chart_rows({**ZERO, "push_pull": None}, ZERO, "en")
        assert rows[-1].change_text == "—"


def test_bands_are_described_in_the_language():
    rows = display.chart_rows({**ZERO, "push_pull": 80.0}, None, "nl")
    assert rows[-1].band == items.BAND_LABELS["high"]["nl"]


def test_where_to_start_links_the_learn_articles_of_the_dimension():
    [start] = display.start_here({**ZERO, "drive_boredom_craving": 75.0}, "en")
    assert start.title == "Drive, boredom and craving"
    assert start.text == items.DIMENSIONS_BY_KEY["drive_boredom_craving"].start_with["en"]
    assert start.articles[0] == (reverse("learn:article", args=["drive-en-like"]),
                                 "Drive and like")
    assert [url for url, _ in start.articles] == [
        reverse("learn:article", args=[slug]) for slug in
        items.DIMENSIONS_BY_KEY["drive_boredom_craving"].learn_slugs]


def test_where_to_start_links_the_parts_of_the_app_once_each():
    [start] = display.start_here({**ZERO, "anger_escalation": 90.0}, "en")
    urls = [url for url, _ in start.pages]
    assert urls == [reverse("rides:start"), reverse("warningplan:plan"),
                    reverse("charioteer:overview")]


def test_every_learn_slug_of_every_dimension_has_an_article_in_both_languages():
    for lang in items.LANGUAGES:
        for dimension in items.DIMENSIONS:
            [start] = display.start_here({**ZERO, dimension.key: 100.0}, lang)
            assert len(start.articles) == len(dimension.learn_slugs)


def test_nothing_to_start_with_when_no_dimension_reaches_50():
    assert display.start_here({**ZERO, "push_pull": 49.9}, "en") == []


def test_the_language_falls_back_to_dutch():
    with translation.override("de"):
        assert display.language() == "nl"
    with translation.override("en"):
        assert display.language() == "en"
