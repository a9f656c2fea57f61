"""The insights page speaks first: each section opens with the sentence that
insights.sentences makes from the very figures the JSON API gives for that period, for
each demo person and for a new person with 0, 1 and 3 weeks of check-ins, in Dutch and
in English."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from accounts.models import User
from accounts.services import account_create
from checkins.models import CheckIn
from insights import sentences
from insights.metrics import FIELDS
from insights.periods import local_today, monday_of
from insights.tests.helpers import add_checkins
from wagenmenner.demo import create_demo

PAGE = reverse("insights:overview")
# The other insights pages, one tap away from the headline; each opens on the same period.
PARTS = [reverse(name) for name in ("insights:alarm_load", "insights:flips",
                                    "insights:rides", "insights:rules", "insights:people")]
API = reverse("api:insights")
WORD = {"nl": "(ongeveer|rond)", "en": "(about|around)"}


def _page_and_json(client, user):
    """Every insights page at its opening period (the headline's first), and the JSON of
    that period."""
    response = client.get(PAGE)
    assert response.status_code == 200
    start, end = response.context["start"], response.context["end"]
    pages = [response] + [client.get(url) for url in PARTS]
    assert all((p.context["start"], p.context["end"]) == (start, end) for p in pages)
    data = client.get(API, {"start": start.isoformat(), "end": end.isoformat()}).json()
    return [p.content.decode() for p in pages], data, start, end


# Each sentence on its page: the levels' on the headline, then alarm load, flips, rides,
# rules.
ON_PAGE = [0] * 6 + [1, 2, 3, 4]


def _expected(data) -> list[str]:
    return ([sentences.peaks_sentence(data, f) for f in FIELDS]
            + [sentences.trend_sentence(data, f) for f in FIELDS]
            + [sentences.alarm_load_sentence(data), sentences.flips_sentence(data),
               sentences.rides_sentence(data), sentences.rules_sentence(data)])


def _recent_peak(data, field) -> int | None:
    """Worked out here from the JSON on its own: the mean of the weekly highest values of
    the weeks that start in the last 4 weeks of the period, rounded half up."""
    end = date.fromisoformat(data["period"]["end"])
    first = monday_of(end) - timedelta(weeks=3)
    peaks = [w[field]["max"] for w in data["weeks"]
             if date.fromisoformat(w["start"]) >= first and w[field]["n"]]
    return int(sum(peaks) / len(peaks) + 0.5) if peaks else None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_demo_person_reads_sentences_made_from_the_jsons_figures(client, db, language):
    for login in create_demo(months=6):
        user = User.objects.get(email=login.email)
        User.objects.filter(pk=user.pk).update(language=language)
        client.force_login(user)
        pages, data, start, end = _page_and_json(client, user)
        # A demo life opens on its whole history.
        first = CheckIn.objects.filter(owner=user).order_by("recorded_at").first()
        assert start <= timezone.localtime(first.recorded_at, user.zone).date()
        assert start > timezone.localtime(first.recorded_at, user.zone).date() - timedelta(28)
        assert end == local_today(user)
        with translation.override(language):
            expected = _expected(data)
        for sentence, page in zip(expected, ON_PAGE, strict=True):
            assert escape(sentence) in pages[page], (login.email, sentence)
        for field in FIELDS:
            peak = _recent_peak(data, field)
            assert re.search(rf"{WORD[language]} {peak}\b", expected[FIELDS.index(field)]), (
                login.email, field)
        # Trends per month, never per week, and never the long decimals of the JSON.
        assert "per week" not in " ".join(expected[3:6])
        for html in pages:
            assert not re.search(r"\d[.,]\d{3}", html.split("<details")[0])


def _new_person(weeks: int, language: str):
    user = account_create(email=f"nieuw{weeks}@example.org", password="paard en wagen 77",
                          language=language)
    if weeks:
        now = timezone.now()
        add_checkins(user, now - timedelta(days=7 * weeks) + timedelta(hours=1), weeks * 21,
                     step=timedelta(hours=8))
    return user


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("weeks", [0, 1, 3])
def test_a_new_person_reads_what_is_still_missing(client, db, weeks, language):
    user = _new_person(weeks, language)
    client.force_login(user)
    pages, data, start, end = _page_and_json(client, user)
    # Little history: the 4-week view.
    assert (start, end) == (monday_of(end) - timedelta(weeks=3), end)
    with translation.override(language):
        expected = _expected(data)
        for sentence, page in zip(expected, ON_PAGE, strict=True):
            assert escape(sentence) in pages[page], sentence
        trend_weeks = data["trend"]["alarm"]["weeks"]
        needed = {"nl": f"({trend_weeks} van de 6 die nodig zijn)",
                  "en": f"({trend_weeks} of the 6 needed)"}[language]
        assert needed in sentences.trend_sentence(data, "alarm")
        if weeks == 0:
            assert sentences.peaks_sentence(data, "alarm") == {
                "nl": "Te weinig metingen in de laatste 4 weken om iets te zeggen over je "
                      "alarm (0 van de 8 die nodig zijn).",
                "en": "Too few check-ins in the last 4 weeks to say how your alarm went "
                      "(0 of the 8 needed)."}[language]
        else:
            peak = _recent_peak(data, "alarm")
            assert re.search(rf"{WORD[language]} {peak}\b", sentences.peaks_sentence(data, "alarm"))
    # "Not enough data yet" is said once on a page, not under each chart (a new person
    # has no rides to chart).
    assert pages[3].count('class="note"') == 1
    for html in pages:
        assert html.count('class="note"') <= 1
        assert "not enough data to draw" not in html and "nog niet genoeg" not in html


def test_weeks_are_labelled_by_their_dates_on_the_page_and_the_json_keeps_iso_weeks(
        client_person, person):
    add_checkins(person, timezone.now() - timedelta(days=20), 60, step=timedelta(hours=8))
    pages, data, start, end = _page_and_json(client_person, person)
    html = pages[0]
    with translation.override("nl"):
        # The last week with check-ins (a table row) and the period's last week (the end
        # of the axis): the same week, unless a new local week began in the last hours.
        last = sentences.week_label(data["weeks"][-1]["start"])
        label = sentences.week_label(monday_of(end))
    # In the tables, on the chart axes: dates, with the ISO week only in the link.
    assert f">{last}</a></th>" in html
    assert f'text-anchor="end">{label}</text>' in html
    iso = data["weeks"][-1]["week"]
    assert re.fullmatch(r"\d{4}-W\d{2}", iso) and f"?week={iso}" in html
    assert f">{iso}<" not in html


def test_a_long_rule_is_never_cut_in_the_rules_chart(client_person, person):
    from insights.tests.helpers import add_ride, add_rule

    long_if = ("mijn partner iets zegt over geld terwijl ik moe ben en het al laat is en ik "
               "eigenlijk alleen nog maar wil slapen")
    rule = add_rule(person, if_text=long_if, then_text="zeg ik dat ik er morgen op terugkom")
    add_ride(person, timezone.now() - timedelta(days=1), escalated=False, rules=[(rule, True)])
    html = client_person.get(reverse("insights:rules")).content.decode()
    chart = re.search(r'<svg class="chart"[^>]*aria-labelledby="rules-t.*?</svg>', html, re.S)[0]
    words = " ".join(re.findall(r'<text class="label"[^>]*>([^<]*)</text>', chart))
    assert words == f"Als {long_if}, dan zeg ik dat ik er morgen op terugkom"
    assert "…" not in chart


def test_the_page_opens_on_the_last_year_of_a_long_history_with_everything_one_tap_away(
        client_person, person):
    today = local_today(person)
    add_checkins(person, timezone.now() - timedelta(days=800), 3, step=timedelta(days=300))
    response = client_person.get(PAGE)
    start, end = response.context["start"], response.context["end"]
    assert (start, end) == (monday_of(today) - timedelta(weeks=51), today)
    labels = [(label, query) for label, query, _ in response.context["periods"]]
    assert [label for label, _ in labels][:3] == ["4 weken", "12 weken", "1 jaar"]
    everything = labels[-1]
    assert everything[0].startswith("alles, sinds ")
    first = date.fromisoformat(re.search(r"start=([\d-]+)", everything[1])[1])
    assert first <= today - timedelta(days=800) < first + timedelta(weeks=4)
    assert first.weekday() == 0 and ((monday_of(today) - first).days // 7 + 1) % 4 == 0
    html = response.content.decode()
    assert html.count('aria-current="true"') == 1
    assert client_person.get(PAGE + "?" + everything[1]).status_code == 200
