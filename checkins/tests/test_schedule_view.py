"""The schedule page (/meten/schema/): fixed times or random moments in a window."""

from datetime import time

import pytest
from django.urls import reverse
from django.utils import translation

from checkins import forms
from checkins.models import Schedule

URL = reverse("checkins:schedule")


def in_dutch(message, **params):
    with translation.override("nl"):
        return str(message) % params if params else str(message)


def test_the_schedule_page_opens_with_no_moments(client_person):
    response = client_person.get(URL)
    assert response.status_code == 200
    assert response.context["form"].initial["mode"] == Schedule.Mode.OFF


def test_fixed_times_are_saved_sorted_and_shown_as_coming_moments(client_person, person):
    response = client_person.post(URL, {"mode": "fixed", "times": "20:15, 8:00",
                                         "window_start": "09:00", "window_end": "21:00",
                                         "per_day": "3"})
    assert response.status_code == 302
    schedule = Schedule.objects.get(owner=person)
    assert schedule.fixed_times == ["08:00", "20:15"]
    page = client_person.get(URL)
    assert len(page.context["upcoming"]) >= 2
    assert page.context["form"].initial["times"] == "08:00, 20:15"


def test_random_moments_are_saved_with_their_window(client_person, person):
    client_person.post(URL, {"mode": "random", "times": "", "window_start": "10:00",
                             "window_end": "18:00", "per_day": "4"})
    schedule = Schedule.objects.get(owner=person)
    assert (schedule.window_start, schedule.window_end, schedule.per_day) == (
        time(10), time(18), 4)
    assert len(schedule.plan().fixed_times) == 0


def test_saving_twice_keeps_one_schedule(client_person, person):
    for times in ("08:00", "09:00"):
        client_person.post(URL, {"mode": "fixed", "times": times, "window_start": "09:00",
                                 "window_end": "21:00", "per_day": "3"})
    assert Schedule.objects.get(owner=person).fixed_times == ["09:00"]


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"mode": "fixed", "times": "8:00, abc"}, "times",
     in_dutch(forms.ERROR_TIMES, part="abc")),
    ({"mode": "fixed", "times": ""}, "times", in_dutch(forms.ERROR_NO_TIMES)),
    ({"mode": "random", "window_start": "18:00", "window_end": "09:00"}, "window_end",
     in_dutch(forms.ERROR_WINDOW)),
    ({"mode": "random", "window_start": "09:00", "window_end": "09:30", "per_day": "12"},
     "per_day", in_dutch(forms.ERROR_WINDOW_TOO_SHORT, minutes=10)),
    ({"mode": "random", "per_day": "13"}, "per_day", None),
    ({"mode": "sometimes"}, "mode", None),
])
def test_bad_schedules_are_refused_with_a_message_and_change_nothing(client_person, data, field,
                                                                    message):
    full = {"times": "", "window_start": "09:00", "window_end": "21:00", "per_day": "3", **data}
    response = client_person.post(URL, full)
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    if message:
        assert message in errors
    assert not Schedule.objects.exists()


def test_the_push_block_shows_only_when_the_server_has_vapid_keys(client_person, settings):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = ""
    assert "data-wm-push" not in client_person.get(URL).content.decode()
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = "BPublicKey"
    settings.WAGENMENNER_VAPID_PRIVATE_KEY = "private"
    settings.WAGENMENNER_VAPID_SUBJECT = "mailto:test@example.org"
    html = client_person.get(URL).content.decode()
    assert 'data-vapid="BPublicKey"' in html


def test_without_web_push_the_page_says_reminders_are_off_and_how_to_turn_them_on(
        client_person, settings):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = ""
    html = client_person.get(URL).content.decode()
    assert "Herinneringen staan uit" in html and "wagenmenner vapid-keys" in html
    assert "data-wm-push" not in html


def test_with_web_push_the_page_offers_reminders_instead(client_person, settings):
    settings.WAGENMENNER_VAPID_PUBLIC_KEY = "BPublic"
    settings.WAGENMENNER_VAPID_PRIVATE_KEY = "private"
    settings.WAGENMENNER_VAPID_SUBJECT = "mailto:beheer@example.org"
    html = client_person.get(URL).content.decode()
    assert "data-wm-push" in html and "Herinneringen staan uit<" not in html
