"""The insights pages: the headline (peaks and valleys) at /inzicht/ and each other part
one tap away. Each page reads only its part of the report, with the very figures of
``insights_for_period`` (the JSON API's); every page has the period choice and the pages'
navigation, which keeps a chosen period."""

import random
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from insights import selectors
from insights.selectors import insights_for_period
from insights.tests.helpers import (
    add_checkin,
    add_escalation,
    add_pursuit,
    add_ride,
    add_rule,
    ams,
)
from insights.views import PAGES
from people.models import Person, ReciprocityEntry, TrustExperiment
from timeouts.models import TimeOut

URLS = [reverse(page.name) for page in PAGES]
PERIOD = {"start": "2026-03-02", "end": "2026-04-26"}
START, END = date(2026, 3, 2), date(2026, 4, 26)
PARTS = {
    selectors.levels_of_period: ("period", "weeks", "trend"),
    selectors.alarm_load_of_period: ("period", "alarm_load", "phases"),
    selectors.flips_of_period: ("period", "flips"),
    selectors.rides_of_period: ("period", "rides", "escalations"),
    selectors.rules_of_period: ("period", "rules"),
    selectors.people_of_period: ("period", "reciprocity", "trust", "timeouts"),
}
TITLES = {
    "/inzicht/": "Inzicht – Wagenmenner",
    "/inzicht/alarmbelasting/": "Alarmbelasting en fasen – Inzicht – Wagenmenner",
    "/inzicht/omslagen/": "Omslagen – Inzicht – Wagenmenner",
    "/inzicht/ritten/": "Ritten en escalaties – Inzicht – Wagenmenner",
    "/inzicht/regels/": "Regels – Inzicht – Wagenmenner",
    "/inzicht/mensen/": "Mensen en time-outs – Inzicht – Wagenmenner",
}


def _random_life(person, rng: random.Random):
    """Check-ins, rides with rules, escalations, pursuits, the ledger, trust experiments and
    time-outs spread over the period and just outside it."""
    first = ams(2026, 2, 20, 0)
    for _ in range(rng.randint(0, 150)):
        add_checkin(person, first + timedelta(minutes=rng.randint(0, 75 * 24 * 60)),
                    alarm=rng.randint(0, 10), energy=rng.randint(0, 10),
                    drive=rng.randint(0, 10))
    rules = [add_rule(person, f"als {k}", f"dan {k}") for k in range(rng.randint(0, 3))]
    for _ in range(rng.randint(0, 12)):
        chosen = rng.sample(rules, rng.randint(0, len(rules)))
        add_ride(person, first + timedelta(hours=rng.randint(0, 75 * 24)),
                 escalated=rng.choice([True, False, None]),
                 rules=[(rule, rng.choice([True, False, None])) for rule in chosen])
    for _ in range(rng.randint(0, 6)):
        add_escalation(person, first + timedelta(hours=rng.randint(0, 75 * 24)))
    for k in range(rng.randint(0, 3)):
        add_pursuit(person, f"Zeilkamp {k}", sorted(
            (first + timedelta(days=rng.randint(0, 70)), rng.randint(0, 10))
            for _ in range(rng.randint(1, 8))))
    daan = Person.objects.create(owner=person, name="Daantje Vreemdeling")
    for _ in range(rng.randint(0, 5)):
        ReciprocityEntry.objects.create(owner=person, person=daan,
                                   happened_at=first + timedelta(days=rng.randint(0, 70)),
                                   direction=rng.choice(ReciprocityEntry.Direction.values),
                                   weight=rng.choice(ReciprocityEntry.Weight.values))
    for _ in range(rng.randint(0, 3)):
        TrustExperiment.objects.create(
            owner=person, person=daan, what="een sleutel", expectation="dat het misgaat",
            planned_for=date(2026, 3, 9) + timedelta(days=rng.randint(-20, 60)),
            belief_before=rng.randint(0, 100))
    for _ in range(rng.randint(0, 3)):
        started = first + timedelta(days=rng.randint(0, 70))
        TimeOut.objects.create(owner=person, started_at=started, minutes=30,
                               ends_at=started + timedelta(minutes=30),
                               ended_at=started + timedelta(minutes=30))


@pytest.mark.parametrize("seed", range(4))
def test_each_page_reads_its_part_of_the_report_with_the_same_figures(person, stranger, seed):
    rng = random.Random(seed)
    _random_life(person, rng)
    _random_life(stranger, rng)
    for who in (person, stranger):
        report = insights_for_period(who, START, END)
        for of_period, keys in PARTS.items():
            part = of_period(who, START, END)
            assert tuple(part) == keys, of_period.__name__
            assert part == {key: report[key] for key in keys}, (of_period.__name__, seed)


def test_the_pages_together_read_what_the_whole_report_reads(person):
    """Split, no read is done twice on one page, and together the pages cover every key
    of the report."""
    assert {key for keys in PARTS.values() for key in keys} == set(
        insights_for_period(person, START, END))
    assert [page.of_period for page in PAGES] == list(PARTS)


@pytest.mark.parametrize("url", URLS)
def test_each_page_has_its_title_the_pages_navigation_and_the_period_choice(
        client_person, person, url):
    html = client_person.get(url).content.decode()
    assert f"<title>{TITLES[url]}</title>" in html
    nav = re.search(r'<nav class="insight-pages" aria-label="Onderdelen van Inzicht">(.*?)</nav>',
                    html, re.S)[1]
    # Plain links, the page itself marked; without a chosen period no query.
    assert re.findall(r'<a href="([^"]+)"', nav) == URLS
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', nav) == [url]
    assert 'class="period-choices"' in html and 'name="start"' in html


@pytest.mark.parametrize("url", URLS)
def test_the_pages_navigation_keeps_a_chosen_period(client_person, url):
    html = client_person.get(url, PERIOD).content.decode()
    nav = re.search(r'<nav class="insight-pages".*?</nav>', html, re.S)[0]
    query = "?start=2026-03-02&amp;end=2026-04-26"
    assert re.findall(r'<a href="([^"]+)"', nav) == [f"{u}{query}" for u in URLS]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize(("query", "message"), [
    ({"start": "gisteren", "end": "2026-04-26"}, "Schrijf de datum als JJJJ-MM-DD."),
    ({"start": "2026-04-26", "end": "2026-03-02"}, "De einddatum ligt vóór de begindatum."),
    ({"start": "1800-01-01", "end": "2026-04-26"}, "Kies datums tussen de jaren 1900 en 2199."),
])
def test_a_bad_period_gets_the_plain_message_on_each_page(client_person, url, query, message):
    response = client_person.get(url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert '<details class="choose-period" open>' in html
    # The default period is shown, and the navigation does not carry the bad input.
    nav = re.search(r'<nav class="insight-pages".*?</nav>', html, re.S)[0]
    assert "?" not in nav


@pytest.mark.parametrize("url", URLS)
def test_each_page_asks_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


# Each page: the person (1), the navigation's "is anything shared with me" (1), where the
# history starts (1), and its own reads.
QUERIES = dict(zip(URLS, (3 + 1, 3 + 2, 3 + 2, 3 + 1, 3 + 2, 3 + 4), strict=True))


@pytest.mark.parametrize("url", URLS)
def test_each_pages_query_count_does_not_grow_with_history(client_person, person, url):
    rng = random.Random(7)
    _random_life(person, rng)
    with CaptureQueriesContext(connection) as few:
        assert client_person.get(url, PERIOD).status_code == 200
    for _ in range(3):
        _random_life(person, rng)
    with CaptureQueriesContext(connection) as many:
        assert client_person.get(url, PERIOD).status_code == 200
    own = [q["sql"] for q in many.captured_queries if "session" not in q["sql"]]
    assert len(many) == len(few), own
    assert len(own) <= QUERIES[url], own


@pytest.mark.parametrize("url", URLS)
def test_each_page_shows_nothing_of_someone_else(client_person, person, stranger, url):
    _random_life(stranger, random.Random(3))
    add_pursuit(stranger, "Webshop", [(ams(2026, 3, 2, 9), 9), (ams(2026, 3, 20, 9), 2)])
    rule = add_rule(stranger, "ik word bekritiseerd", "ik wacht")
    add_ride(stranger, ams(2026, 3, 4, 20), escalated=False, rules=[(rule, True)])
    html = client_person.get(url, PERIOD).content.decode()
    assert "Webshop" not in html and "ik word bekritiseerd" not in html
    assert "Daantje Vreemdeling" not in html and "Zeilkamp" not in html
    assert client_person.get(url, PERIOD).context["report"] == {
        key: value for key, value in insights_for_period(person, START, END).items()
        if key in PARTS[PAGES[URLS.index(url)].of_period]}
