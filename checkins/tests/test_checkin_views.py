"""The check-in page (/meten/), the history, one check-in, and the home screen."""

import uuid
from datetime import UTC, datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from checkins.forms import ERROR_NOTHING_CHOSEN, ERROR_RECORDED_AT
from checkins.models import CheckIn, Schedule
from checkins.services import ERROR_FUTURE_TIME
from checkins.tests.conftest import LEVELS
from checkins.views import MSG_ALREADY_SAVED
from safety.tests.cards import waiting_cards
from tests.factories import client_for
from wagenmenner.forms import ERROR_LEVEL

URL = reverse("checkins:checkin")


def in_dutch(message):
    with translation.override("nl"):
        return str(message)


def make_checkin(owner, **extra):
    return CheckIn.objects.create(owner=owner, **{**LEVELS, **extra})


def test_home_has_a_check_in_button(client_person):
    response = client_person.get(reverse("home"))
    assert f'href="{URL}"' in response.content.decode()


def test_the_check_in_page_shows_six_scales_and_conflict(client_person):
    response = client_person.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for name in LEVELS:
        assert html.count(f'name="{name}"') == 11
    assert html.count('name="conflict"') == 2
    assert 'data-wm-checkin-form' in html and 'data-msg-queued="' in html


def test_a_check_in_is_saved_and_leads_home(client_person, person, form_answers):
    response = client_person.post(URL, form_answers)
    assert response.status_code == 302 and response.url == reverse("home")
    saved = CheckIn.objects.get(owner=person)
    assert (saved.alarm, saved.energy, saved.urge, saved.conflict) == (7, 3, 4, True)
    assert saved.note == "Moe na de ruzie over de afwas."
    assert abs(saved.recorded_at - timezone.now()) < timedelta(minutes=1)


def test_only_the_six_levels_are_needed(client_person, person):
    response = client_person.post(URL, {k: str(v) for k, v in LEVELS.items()})
    assert response.status_code == 302
    saved = CheckIn.objects.get(owner=person)
    assert (saved.conflict, saved.substance, saved.note) == (False, "", "")


def test_the_page_gets_json_back_when_offline_js_posts_it(client_person, form_answers):
    response = client_person.post(URL, form_answers, HTTP_X_WM_FETCH="1")
    assert response.status_code == 201
    assert response.json() == {"saved": True, "next": reverse("home")}


def test_the_moment_of_pressing_the_button_is_kept(client_person, person, form_answers):
    pressed = datetime(2026, 1, 5, 8, 30, 12, 345000, tzinfo=UTC)
    client_person.post(URL, {**form_answers, "recorded_at": "2026-01-05T08:30:12.345Z"})
    assert CheckIn.objects.get(owner=person).recorded_at == pressed


def test_a_note_about_ending_life_brings_up_the_crisis_card(client_person, form_answers):
    client_person.post(URL, {**form_answers, "note": "Ik wil er een eind aan maken."})
    assert waiting_cards(client_person) == {"crisis": "text"}


BAD_VALUES = [
    ({"alarm": "11"}, "alarm", ERROR_LEVEL),
    ({"alarm": "-1"}, "alarm", ERROR_LEVEL),
    ({"energy": "abc"}, "energy", ERROR_LEVEL),
    ({"urge": ""}, "urge", ERROR_LEVEL),
    ({"drive": "5.5"}, "drive", ERROR_LEVEL),
    ({"recorded_at": "gisteren"}, "recorded_at", ERROR_RECORDED_AT),
    ({"recorded_at": "2026-13-45T99:00"}, "recorded_at", ERROR_RECORDED_AT),
    ({"recorded_at": (timezone.now() + timedelta(hours=2)).isoformat()}, "recorded_at",
     ERROR_FUTURE_TIME),
]


@pytest.mark.parametrize(("change", "field", "message"), BAD_VALUES)
def test_bad_values_are_refused_with_a_clear_message_and_change_nothing(
        client_person, form_answers, change, field, message):
    response = client_person.post(URL, {**form_answers, **change})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert in_dutch(message) in errors[field] or in_dutch(message) in errors.get("__all__", [])
    assert in_dutch(message) in response.content.decode().replace("&#x27;", "'")
    assert CheckIn.objects.count() == 0


@pytest.mark.parametrize("fetched", [False, True])
def test_a_check_in_sent_empty_is_answered_at_the_top_in_the_person_s_language(
        person, stranger, fetched):
    """Nothing chosen: the server says, above the form and in the person's language, that
    nothing was saved and what to do; each row keeps its own message; nothing is stored."""
    headers = {"X-WM-Fetch": "1"} if fetched else {}
    for user, language in ((person, "nl"), (stranger, "en")):
        response = client_for(user).post(URL, {"key": uuid.uuid4().hex, "conflict": "no"},
                               headers=headers)
        assert response.status_code == 200
        with translation.override(language):
            message, per_row = str(ERROR_NOTHING_CHOSEN), str(ERROR_LEVEL)
        html = response.content.decode().replace("&#x27;", "'")
        assert f'<div class="errorlist" role="alert"><p>{message}</p>' in html, language
        assert html.count(per_row) == 6
    assert CheckIn.objects.count() == 0


def test_one_level_missing_gets_only_its_row_s_message(client_person, form_answers):
    response = client_person.post(URL, {**form_answers, "urge": ""})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == []
    assert CheckIn.objects.count() == 0


def test_a_huge_note_is_refused_and_changes_nothing(client_person, form_answers):
    response = client_person.post(URL, {**form_answers, "note": "x" * 5001})
    assert response.status_code == 200
    assert "5000" in " ".join(response.context["form"].errors["note"])
    assert CheckIn.objects.count() == 0


def test_sending_the_same_form_twice_stores_one_check_in(client_person, person, form_answers):
    data = {**form_answers, "key": str(uuid.uuid4()), "recorded_at": "2026-01-05T08:30:00Z"}
    client_person.post(URL, data)
    response = client_person.post(URL, data, follow=True)
    assert CheckIn.objects.filter(owner=person).count() == 1
    assert in_dutch(MSG_ALREADY_SAVED) in [str(m) for m in response.context["messages"]]
    assert response.redirect_chain[-1][0] == reverse("home")


def test_the_same_form_sent_again_with_other_answers_asks_to_press_again(
        client_person, person, form_answers):
    data = {**form_answers, "key": "vaste-sleutel"}
    client_person.post(URL, data)
    response = client_person.post(URL, {**data, "alarm": "2"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    # A new key is in the form, so the next press saves the new answers.
    assert response.context["form"].data["key"] != "vaste-sleutel"
    client_person.post(URL, response.context["form"].data)
    assert CheckIn.objects.filter(owner=person).count() == 2


def test_the_history_shows_my_check_ins_newest_first_and_not_the_stranger_s(
        client_person, person, stranger):
    make_checkin(person, note="Gisteren rustig", recorded_at=timezone.now() - timedelta(days=1))
    make_checkin(person, note="Vandaag onrustig")
    make_checkin(stranger, note="Notitie van een ander")
    html = client_person.get(reverse("checkins:history")).content.decode()
    assert html.index("Vandaag onrustig") < html.index("Gisteren rustig")
    assert "Notitie van een ander" not in html


def test_the_history_is_paginated(client_person, person):
    for i in range(30):
        make_checkin(person, note=f"nummer {i}")
    first = client_person.get(reverse("checkins:history"))
    second = client_person.get(reverse("checkins:history"), {"page": 2})
    assert len(first.context["page"]) == 25 and len(second.context["page"]) == 5


def test_the_history_page_needs_as_many_queries_for_100_check_ins_as_for_1(
        client_person, person, django_assert_max_num_queries):
    make_checkin(person)
    with django_assert_max_num_queries(8) as one:
        client_person.get(reverse("checkins:history"))
    for _ in range(99):
        make_checkin(person)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client_person.get(reverse("checkins:history"))


def test_one_check_in_shows_its_note_and_can_be_deleted(client_person, person):
    item = make_checkin(person, note="Rustige ochtend")
    assert "Rustige ochtend" in client_person.get(
        reverse("checkins:detail", args=[item.pk])).content.decode()
    response = client_person.post(reverse("checkins:delete", args=[item.pk]))
    assert response.status_code == 302
    assert not CheckIn.objects.filter(pk=item.pk).exists()


def test_deleting_needs_a_post(client_person, person):
    item = make_checkin(person)
    assert client_person.get(reverse("checkins:delete", args=[item.pk])).status_code == 405
    assert CheckIn.objects.filter(pk=item.pk).exists()


def test_a_stranger_gets_404_on_every_check_in_url(client_stranger, person):
    item = make_checkin(person, note="privé")
    assert client_stranger.get(reverse("checkins:detail", args=[item.pk])).status_code == 404
    assert client_stranger.post(reverse("checkins:delete", args=[item.pk])).status_code == 404
    assert CheckIn.objects.filter(pk=item.pk).exists()
    assert "privé" not in client_stranger.get(reverse("checkins:history")).content.decode()


def test_pages_need_a_login(client, person):
    item = make_checkin(person)
    for url in (URL, reverse("checkins:history"), reverse("checkins:schedule"),
                reverse("checkins:detail", args=[item.pk])):
        response = client.get(url)
        assert response.status_code == 302 and "/inloggen/" in response.url


def test_a_due_check_in_shows_on_the_home_screen(client_person, person):
    local_now = timezone.now().astimezone(timezone.get_default_timezone())
    moment = (local_now - timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    Schedule.objects.create(owner=person, mode=Schedule.Mode.FIXED,
                            fixed_times=[moment.strftime("%H:%M")])
    html = client_person.get(reverse("home")).content.decode()
    assert 'id="ci-h"' in html and moment.strftime("%H:%M") in html


def test_the_home_title_counts_the_due_check_in_and_look_backs(client_person, person):
    from rides.models import Ride

    now = timezone.now()
    Schedule.objects.create(owner=person, mode=Schedule.Mode.FIXED, fixed_times=["00:00"])
    for hours in (1, 2, -2):  # two look-backs due, one planned for later
        Ride.objects.create(owner=person, committed_at=now - timedelta(hours=3),
                            lookback_due_at=now - timedelta(hours=hours))
    html = client_person.get(reverse("home")).content.decode()
    assert "<title>(3) Start – Wagenmenner</title>" in html
    CheckIn.objects.create(owner=person, recorded_at=now, **LEVELS)
    Ride.objects.update(lookback_done_at=now)
    html = client_person.get(reverse("home")).content.decode()
    assert "<title>Start – Wagenmenner</title>" in html


def test_a_check_in_after_the_moment_clears_it_from_the_home_screen(client_person, person,
                                                                      form_answers):
    Schedule.objects.create(owner=person, mode=Schedule.Mode.FIXED, fixed_times=["00:00"])
    client_person.post(URL, form_answers)
    assert 'id="ci-h"' not in client_person.get(reverse("home")).content.decode()


def test_without_a_schedule_the_home_screen_shows_no_due_check_in(client_person):
    assert 'id="ci-h"' not in client_person.get(reverse("home")).content.decode()


def test_the_home_screen_check_in_context_costs_one_query(
        person, django_assert_max_num_queries):
    from checkins.selectors import checkins_home_context, schedule_for

    Schedule.objects.create(owner=person, mode=Schedule.Mode.RANDOM, window_start=time(0),
                            window_end=time(23, 59), per_day=5)
    with django_assert_max_num_queries(1):
        context = checkins_home_context(person, timezone.now(), None, schedule_for(person))
    assert set(context) == {"checkin_due", "checkin_next"}
