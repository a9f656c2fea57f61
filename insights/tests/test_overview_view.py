import re
from datetime import timedelta

import pytest
from django.urls import reverse

from insights.tests.helpers import add_checkins, add_escalation, add_pursuit, add_ride, add_rule, ams

URL = reverse("insights:overview")
PERIOD = {"start": "2026-03-02", "end": "2026-04-26"}


def _history(person, checkins):
    add_checkins(person, ams(2026, 3, 2, 8), checkins, step=timedelta(minutes=160))
    rule = add_rule(person)
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(rule, True)])
    add_escalation(person, ams(2026, 3, 5, 21))
    add_pursuit(person, "Webshop", [(ams(2026, 3, 2, 9), 9), (ams(2026, 3, 20, 9), 2)])


def test_insights_page_shows_charts_and_tables_for_the_person(client_person, person):
    _history(person, 200)
    response = client_person.get(URL, PERIOD)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') >= 10
    assert html.count("<details") >= 6
    assert "Webshop" in html and "ik word bekritiseerd" in html
    assert "insights.css" in html


def test_insights_page_charts_have_a_title_and_description_and_no_inline_styles(
        client_person, person):
    _history(person, 60)
    html = client_person.get(URL, PERIOD).content.decode()
    for svg in re.findall(r"<svg class=\"chart\".*?</svg>", html, flags=re.S):
        assert 'viewBox="0 0 360' in svg and 'width="100%"' in svg
        assert "<title id=" in svg and "<desc id=" in svg
    assert " style=" not in html
    # Coordinates must not be localised: 12,5 would break the SVG in Dutch.
    assert not re.search(r'(?:x|y|x1|y1|cx|cy)="\d+,\d', html)


def test_insights_page_defaults_to_the_last_twelve_weeks(client_person):
    response = client_person.get(URL)
    assert response.status_code == 200
    start, end = response.context["start"], response.context["end"]
    assert (end - start).days <= 12 * 7 and start.weekday() == 0


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
    with django_assert_max_num_queries(12):
        assert client_person.get(URL, PERIOD).status_code == 200
    add_checkins(person, ams(2026, 3, 3, 9), 490, step=timedelta(minutes=100))
    for day in range(10):
        add_ride(person, ams(2026, 3, 6 + day, 9), escalated=True,
                 rules=[(add_rule(person, f"regel {day}"), False)])
    with django_assert_max_num_queries(12):
        assert client_person.get(URL, PERIOD).status_code == 200


def test_insights_page_asks_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302


def test_insights_page_shows_nothing_of_someone_else(client_person, stranger):
    _history(stranger, 50)
    html = client_person.get(URL, PERIOD).content.decode()
    assert "Webshop" not in html and "ik word bekritiseerd" not in html
