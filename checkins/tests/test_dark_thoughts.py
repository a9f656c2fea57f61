"""The optional check-in item "thoughts of death or of not wanting to live" (METHOD 4.3):
off until the person turns it on, nobody watches it, and from 7 on the answer brings up the
crisis card (``crisis_detected: true`` in the API)."""

import json
import re

import pytest
from django.urls import reverse

from checkins.models import CheckIn, Schedule
from checkins.tests.conftest import LEVELS

URL = reverse("checkins:checkin")
API = "/api/v1/checkins"


@pytest.fixture
def asked(person):
    Schedule.objects.create(owner=person, ask_dark_thoughts=True)


def _levels():
    return {k: str(v) for k, v in LEVELS.items()}


def test_the_question_is_off_by_default(client_person):
    html = client_person.get(URL).content.decode()
    assert 'name="dark_thoughts"' not in html


def test_the_person_turns_it_on_on_the_check_in_moments_page(client_person, person):
    page = client_person.get(reverse("checkins:schedule")).content.decode()
    assert 'name="ask_dark_thoughts"' in page
    assert "Niemand kijkt live mee" in page  # the plain line, in the person's language
    client_person.post(reverse("checkins:schedule"), {"mode": "off", "window_start": "09:00",
                                                      "window_end": "21:00", "per_day": "3",
                                                      "ask_dark_thoughts": "on"})
    assert Schedule.objects.get(owner=person).ask_dark_thoughts
    html = client_person.get(URL).content.decode()
    assert len(re.findall(r'type="radio" name="dark_thoughts"', html)) == 11


def test_a_high_score_brings_up_the_crisis_card_in_words_that_fit(client_person, person, asked):
    response = client_person.post(URL, {**_levels(), "conflict": "no", "dark_thoughts": "8"},
                                  follow=True)
    assert CheckIn.objects.get(owner=person).dark_thoughts == 8  # saved first
    html = response.content.decode()
    card = html[html.index('id="crisis-card"'):]
    assert "gedachten over de dood" in card.lower()
    assert 'href="tel:113"' in card


@pytest.mark.parametrize("fetch", [False, True])
def test_a_high_score_on_a_check_in_that_cannot_be_saved_still_brings_up_the_card(
        client_person, person, asked, fetch):
    """Only the thoughts of death answered (the other rows left empty): nothing is saved,
    and the page says so, but the crisis lines come up at once, in both languages."""
    headers = {"HTTP_X_WM_FETCH": "1"} if fetch else {}  # as offline.js posts it
    html = client_person.post(URL, {"dark_thoughts": "9", "conflict": "no"},
                              **headers).content.decode()
    assert not CheckIn.objects.exists()
    card = html[html.index('id="crisis-card"'):html.index("</section>", html.index('id="crisis-card"'))]
    assert "nog niet opgeslagen" in card and "is opgeslagen" not in card
    assert 'href="tel:113"' in card
    assert "Er is niets opgeslagen" in html  # the form's own message stays
    person.language = "en"
    person.save()
    html = client_person.post(URL, {"alarm": "3", "dark_thoughts": "7"}).content.decode()
    assert "Your check-in is not saved yet" in html and 'href="tel:113"' in html


def test_a_low_score_on_a_check_in_that_cannot_be_saved_brings_up_no_card(client_person,
                                                                          asked):
    html = client_person.post(URL, {"dark_thoughts": "6"}).content.decode()
    assert 'id="crisis-card"' not in html


@pytest.mark.parametrize("level", ["", "0", "6"])
def test_a_low_score_or_none_brings_up_no_card(client_person, person, asked, level):
    response = client_person.post(URL, {**_levels(), "conflict": "no", "dark_thoughts": level},
                                  follow=True)
    assert 'id="crisis-card"' not in response.content.decode()
    assert CheckIn.objects.get(owner=person).dark_thoughts == (int(level) if level else None)


def test_the_api_takes_dark_thoughts_and_says_crisis_detected_from_7(api_person):
    low = api_person.post(API, {**LEVELS, "dark_thoughts": 6}, content_type="application/json")
    high = api_person.post(API, {**LEVELS, "dark_thoughts": 7}, content_type="application/json")
    none = api_person.post(API, {**LEVELS}, content_type="application/json")
    assert (low.json()["crisis_detected"], high.json()["crisis_detected"]) == (False, True)
    assert (low.json()["dark_thoughts"], none.json()["dark_thoughts"]) == (6, None)
    listed = api_person.get(API).json()
    assert sorted(c["dark_thoughts"] for c in listed if c["dark_thoughts"] is not None) == [6, 7]


@pytest.mark.parametrize("bad", [11, -1, "7", 7.5, True])
def test_the_api_refuses_a_dark_thoughts_value_outside_0_to_10(api_person, bad):
    response = api_person.post(API, {**LEVELS, "dark_thoughts": bad},
                               content_type="application/json")
    assert response.status_code == 422
    assert not CheckIn.objects.exists()


def test_a_repeat_with_the_same_key_is_still_one_check_in(api_person):
    body = json.dumps({**LEVELS, "dark_thoughts": 9})
    first = api_person.post(API, body, content_type="application/json",
                            HTTP_IDEMPOTENCY_KEY="k-dark")
    again = api_person.post(API, body, content_type="application/json",
                            HTTP_IDEMPOTENCY_KEY="k-dark")
    assert first.content == again.content and CheckIn.objects.count() == 1


def test_a_key_without_the_question_hashes_as_before_it_existed():
    """Keys sent before the question existed (an offline queue) must still match."""
    import hashlib

    from checkins.services import normalise, request_hash

    data = normalise({**LEVELS})
    before = {k: v for k, v in data.items() if k != "dark_thoughts"}
    raw = json.dumps(before, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert request_hash(data) == hashlib.sha256(raw.encode()).hexdigest()
    assert request_hash(data) != request_hash({**data, "dark_thoughts": 0})


def test_it_is_in_the_history_the_detail_and_the_export(client_person, person):
    checkin = CheckIn.objects.create(owner=person, **LEVELS, dark_thoughts=5)
    assert "gedachten over de dood 5" in client_person.get(
        reverse("checkins:history")).content.decode()
    assert "Gedachten over de dood" in client_person.get(
        reverse("checkins:detail", args=[checkin.pk])).content.decode()
    csv = b"".join(client_person.get(
        reverse("checkins:export", args=["checkins", "csv"])).streaming_content).decode()
    header, row = csv.lstrip("\ufeff").splitlines()[:2]
    assert "dark_thoughts" in header.split(",")
    assert row.split(",")[header.split(",").index("dark_thoughts")] == "5"
