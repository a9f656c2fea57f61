from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

from insights import selectors, sentences
from insights.periods import last_weeks, local_today
from insights.tests.helpers import add_checkin, add_checkins


def test_home_shows_alarms_last_eight_weeks_in_a_sentence_and_a_chart(client_person, person):
    add_checkins(person, timezone.now() - timedelta(days=55), 165, step=timedelta(hours=8))
    response = client_person.get(reverse("home"))
    html = response.content.decode()
    card = response.context["insights_home"]
    start, end = last_weeks(local_today(person), 8)
    report = client_person.get(reverse("api:insights"), {
        "start": start.isoformat(), "end": end.isoformat()}).json()
    # The card's figures are the JSON's, read in one query; the card reads the alarm only.
    assert selectors.weeks_report(person, start, end)["weeks"] == report["weeks"]
    assert selectors.weeks_report(person, start, end, fields=("alarm",))["weeks"] == [
        {"week": w["week"], "start": w["start"], "alarm": w["alarm"]} for w in report["weeks"]]
    assert 'id="ins-h"' in html and "Je alarm in de laatste 8 weken" in html
    assert card["sentence"] in html and card["sentence"].startswith("In de laatste 4 weken")
    with translation.override("nl"):
        assert card["sentence"] == sentences.peaks_sentence(report, "alarm")
    chart = html[html.index('<svg class="chart"'):html.index("</svg>", html.index('class="plot"'))]
    assert 'role="img"' in chart and 'aria-labelledby="home-alarm-t home-alarm-d"' in chart
    assert chart.count("M") >= 8  # a bar per week
    assert reverse("insights:overview") in html and reverse("insights:week") in html


def test_home_card_says_what_is_missing_without_check_ins(client_person):
    response = client_person.get(reverse("home"))
    assert response.context["insights_home"]["chart"].empty
    html = response.content.decode()
    assert 'id="ins-h"' in html and "(0 van de 8 die nodig zijn)" in html
    assert '<svg class="chart"' not in html


def test_home_card_counts_only_the_persons_own_check_ins(client_person, stranger):
    for k in range(20):
        add_checkin(stranger, timezone.now() - timedelta(hours=5 * k), alarm=9)
    html = client_person.get(reverse("home")).content.decode()
    assert "(0 van de 8 die nodig zijn)" in html
