import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from checkins.models import CheckIn
from insights.metrics import iso_week_label
from insights.tests.helpers import add_checkins, add_escalation, add_pursuit, add_ride, add_rule, ams

URL = reverse("insights:overview")
# Every insights page: the headline and each other part one tap away.
URLS = [reverse(name) for name in ("insights:overview", "insights:alarm_load", "insights:flips",
                                   "insights:rides", "insights:rules", "insights:people")]
PERIOD = {"start": "2026-03-02", "end": "2026-04-26"}


def _history(person, checkins):
    add_checkins(person, ams(2026, 3, 2, 8), checkins, step=timedelta(minutes=160))
    rule = add_rule(person)
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(rule, True)])
    add_escalation(person, ams(2026, 3, 5, 21))
    add_pursuit(person, "Webshop", [(ams(2026, 3, 2, 9), 9), (ams(2026, 3, 20, 9), 2)])


def _all_pages(client, period):
    pages = [client.get(url, period) for url in URLS]
    assert all(page.status_code == 200 for page in pages)
    return [page.content.decode() for page in pages]


def test_insights_pages_show_charts_and_tables_for_the_person(client_person, person):
    _history(person, 200)
    headline, alarm, flips, rides, rules, people = _all_pages(client_person, PERIOD)
    # The headline: three levels, three charts and a table each.
    assert headline.count('role="img"') == 9 and headline.count("<details") == 4
    html = "".join((headline, alarm, flips, rides, rules, people))
    assert html.count('role="img"') >= 15
    assert html.count('<details class="data-table"') == 8
    assert "Webshop" in flips and "ik word bekritiseerd" in rules
    assert all("insights.css" in page for page in (headline, alarm, flips, rides, rules, people))


def test_insights_page_charts_have_a_title_and_description_and_no_inline_styles(
        client_person, person):
    _history(person, 60)
    html = "".join(_all_pages(client_person, PERIOD))
    for svg in re.findall(r"<svg class=\"chart\".*?</svg>", html, flags=re.S):
        # Drawn at the column's width and no viewBox of its own: texts keep their size.
        assert re.match(r'<svg class="chart" width="100%" height="\d+" role="img"', svg)
        assert "<title id=" in svg and "<desc id=" in svg
    assert " style=" not in html
    # Coordinates must not be localised: 12,5 would break the SVG in Dutch.
    assert not re.search(r'(?:x|y|x1|y1|cx|cy)="\d+,\d', html)


def test_insights_page_opens_on_four_weeks_for_a_new_person(client_person):
    response = client_person.get(URL)
    assert response.status_code == 200
    start, end = response.context["start"], response.context["end"]
    assert (end - start).days < 4 * 7 and start.weekday() == 0


@pytest.mark.parametrize("query", [{"start": "gisteren", "end": "2026-04-26"},
                                   {"start": "2026-04-26", "end": "2026-03-02"},
                                   {"start": "2000-01-01", "end": "2026-04-26"}])
def test_insights_page_explains_a_bad_period_and_shows_the_default(client_person, query):
    response = client_person.get(URL, query)
    assert response.status_code == 200
    assert response.context["form"].errors


def test_insights_page_query_count_does_not_grow_from_10_to_500_check_ins(
        client_person, person, django_assert_max_num_queries):
    _history(person, 10)
    # The session and the person (2), the navigation's "is anything shared with me"
    # (sharing), where the history starts (the period choices), the stored weeks.
    with django_assert_max_num_queries(5):
        assert client_person.get(URL, PERIOD).status_code == 200
    add_checkins(person, ams(2026, 3, 3, 9), 490, step=timedelta(minutes=100))
    for day in range(10):
        add_ride(person, ams(2026, 3, 6 + day, 9), escalated=True,
                 rules=[(add_rule(person, f"regel {day}"), False)])
    with django_assert_max_num_queries(5):
        assert client_person.get(URL, PERIOD).status_code == 200


def test_insights_page_asks_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302


def test_insights_pages_show_nothing_of_someone_else(client_person, stranger):
    _history(stranger, 50)
    html = "".join(_all_pages(client_person, PERIOD))
    assert "Webshop" not in html and "ik word bekritiseerd" not in html


def _weeks_of_history(person, weeks):
    """Two check-ins in every week, and a ride every four weeks, from 2026-W10 on."""
    CheckIn.objects.bulk_create([
        CheckIn(owner=person, recorded_at=ams(2026, 3, 2, 9) + timedelta(weeks=w, hours=h),
                alarm=(w + h) % 11, energy=5, drive=(w * 3) % 11, enjoyment=5, boredom=5,
                urge=5)
        for w in range(weeks) for h in (0, 30)])
    for w in range(0, weeks, 4):
        add_ride(person, ams(2026, 3, 3, 20) + timedelta(weeks=w), escalated=w % 8 == 0)


def test_insights_page_over_years_draws_4_weeks_to_a_place_and_the_last_year_in_tables(
        client_person, person):
    _weeks_of_history(person, 130)
    period = {"start": "2026-03-02", "end": "2028-08-27"}  # 130 ISO weeks
    html = client_person.get(URL, period).content.decode()
    # Over two years a week would be under a pixel on a phone: the levels' charts span
    # the whole period by 4 weeks, their first and last on the axis, and say so.
    assert html.count(">2–29 mrt 2026</text>") == 9 and html.count(">14–27 aug 2028</text>") == 9
    assert html.count("<h3>Pieken en dalen per 4 weken</h3>") == 3
    assert html.count("Alarm: pieken en dalen per 4 weken</title>") == 1
    # A series is one path, not an element per week.
    assert html.count('<path class="range"') == 3 and html.count("<path") < 40
    # Each of the three per-week tables has the last 52 weeks, and says so.
    rows = re.findall(r'<th scope="row" class="nowrap"><a href="/inzicht/week/\?week=([0-9W-]+)"', html)
    last_year = [iso_week_label(date(2026, 3, 2) + timedelta(weeks=w)) for w in range(78, 130)]
    assert rows == last_year * 3
    assert html.count("of 130 rows") + html.count("van 130 rijen") == 3
    assert reverse("insights:weeks_csv") + "?start=2026-03-02&amp;end=2028-08-27" in html
    assert " style=" not in html


def test_insights_page_over_a_year_shows_every_week_in_the_tables(client_person, person):
    _weeks_of_history(person, 60)
    html = client_person.get(URL, {"start": "2026-03-02", "end": "2027-04-25"}).content.decode()
    assert html.count('<th scope="row" class="nowrap"><a href="/inzicht/week/?week=') == 3 * 60
    assert "weeks.csv" not in html and "weken.csv" not in html
