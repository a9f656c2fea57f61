from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from checkins.models import CheckIn
from people.models import Person
from rides.models import Ride
from safety.tests.cards import waiting_cards
from timeouts import selectors, services
from timeouts.models import TimeOut, TimeoutProtocol


@pytest.fixture
def protocol(person):
    sam = Person.objects.create(owner=person, name="Sam", relation="partner")
    return TimeoutProtocol.objects.create(owner=person, person=sam, signal_word="pauze",
                                          minutes=25, where="Naar het park", return_below=4)


def test_a_time_out_starts_in_one_tap_from_home(client_person, person, protocol):
    home = client_person.get("/").content.decode()
    assert reverse("timeouts:start") in home
    response = client_person.post(reverse("timeouts:start"))
    assert response["Location"] == reverse("timeouts:overview")
    t = TimeOut.objects.get()
    assert (t.owner, t.started_by, t.minutes) == (person, person, 25)
    assert t.ends_at - t.started_at == timedelta(minutes=25)
    page = client_person.get(reverse("timeouts:overview")).content.decode()
    assert "data-timeout-ends" in page and "Naar het park" in page
    assert "data-timeout-ends" in client_person.get("/").content.decode()


def test_without_an_agreement_a_time_out_lasts_30_minutes(client_person, person):
    assert "Start een time-out (30 minuten)" in client_person.get(
        reverse("timeouts:overview")).content.decode()
    ride = Ride.objects.create(owner=person)
    assert "(30 minuten)" in client_person.get(reverse("rides:step", args=[ride.pk, 1])
                                               ).content.decode()
    client_person.post(reverse("timeouts:start"))
    assert TimeOut.objects.get().minutes == 30
    page = client_person.get(reverse("timeouts:overview")).content.decode()
    assert "allebei onder alarm 5 zitten" in page


def test_a_second_start_while_one_runs_changes_nothing(client_person, person):
    client_person.post(reverse("timeouts:start"))
    response = client_person.post(reverse("timeouts:start"), follow=True)
    assert TimeOut.objects.count() == 1
    assert "loopt al" in response.content.decode()


def test_the_server_clock_decides_when_it_is_over(person):
    now = timezone.now()
    t = services.timeout_start(owner=person, started_by=person, now=now - timedelta(minutes=31))
    assert selectors.current(person, now) is None
    assert selectors.home_context(person, now)["timeout_over"] == t
    # A new one may start: the old one is closed at its end.
    services.timeout_start(owner=person, started_by=person, now=now)
    t.refresh_from_db()
    assert t.ended_at == t.ends_at and t.ended_by is None


def test_ending_early_is_logged_with_who_ended_it(client_person, person):
    client_person.post(reverse("timeouts:start"))
    t = TimeOut.objects.get()
    client_person.post(reverse("timeouts:end", args=[t.pk]))
    t.refresh_from_db()
    assert t.ended_at < t.ends_at and t.ended_by == person
    page = client_person.get(reverse("timeouts:overview")).content.decode()
    assert "Je time-out is voorbij" in page


def test_the_end_prompts_a_checkin_and_compares_it_with_the_return_rule(client_person, person,
                                                                         protocol):
    now = timezone.now()
    services.timeout_start(owner=person, started_by=person, now=now - timedelta(minutes=26))
    home = client_person.get("/").content.decode()
    assert reverse("checkins:checkin") in home.split("Je time-out is voorbij")[1]
    CheckIn.objects.create(owner=person, alarm=3, energy=5, drive=5, enjoyment=5, boredom=5,
                           urge=5)
    page = client_person.get(reverse("timeouts:overview")).content.decode()
    assert "alarm 3" in page and "onder 4" in page


def test_coming_back_closes_it_with_a_look_back(client_person, person):
    t = services.timeout_start(owner=person, started_by=person,
                               now=timezone.now() - timedelta(minutes=40))
    response = client_person.post(reverse("timeouts:returned", args=[t.pk]),
                                  {"lookback": "Wandelen hielp"})
    assert response.status_code == 302
    t.refresh_from_db()
    assert t.returned_by == person and t.lookback == "Wandelen hielp"
    assert selectors.home_context(person, timezone.now())["timeout_over"] is None
    assert "Je time-out is voorbij" not in client_person.get("/").content.decode()


def test_crisis_language_in_the_look_back_brings_the_card(client_person, person):
    t = services.timeout_start(owner=person, started_by=person,
                               now=timezone.now() - timedelta(minutes=40))
    client_person.post(reverse("timeouts:returned", args=[t.pk]),
                       {"lookback": "Ik wil er niet meer zijn, ik wil dood"})
    assert "crisis" in waiting_cards(client_person)
    t.refresh_from_db()
    assert t.lookback.startswith("Ik wil")


def test_a_time_out_from_the_rides_stop_step_belongs_to_the_ride(client_person, person):
    ride = Ride.objects.create(owner=person)
    step = client_person.get(reverse("rides:step", args=[ride.pk, 1])).content.decode()
    assert reverse("timeouts:start") in step
    client_person.post(reverse("timeouts:start"), {"ride": ride.pk})
    t = TimeOut.objects.get()
    ride.refresh_from_db()
    assert t.ride == ride and ride.timeout_minutes == 30


def test_the_agreement_is_made_with_someone_of_ones_own(client_person, person, stranger):
    sam = Person.objects.create(owner=person, name="Sam", relation="partner")
    theirs = Person.objects.create(owner=stranger, name="Geheim", relation="partner")
    url = reverse("timeouts:protocol")
    body = {"person": sam.pk, "signal_word": "pauze", "minutes": "20", "where": "Buiten",
            "return_below": "4"}
    assert client_person.post(url, body).status_code == 302
    protocol = TimeoutProtocol.objects.get(owner=person)
    assert (protocol.person, protocol.minutes, protocol.return_below) == (sam, 20, 4)
    response = client_person.post(url, {**body, "person": theirs.pk})
    assert "person" in response.context["form"].errors


@pytest.mark.parametrize("field, value", [("minutes", "19"), ("minutes", "241"),
                                          ("minutes", "lang"), ("return_below", "11"),
                                          ("signal_word", "x" * 81)])
def test_bad_agreements_get_a_clear_message_and_write_nothing(client_person, field, value):
    body = {"signal_word": "pauze", "minutes": "30", "where": "", "return_below": "5",
            field: value}
    response = client_person.post(reverse("timeouts:protocol"), body)
    assert response.status_code == 200 and field in response.context["form"].errors
    assert not TimeoutProtocol.objects.exists()


def test_stranger_gets_404_on_someone_elses_time_out(client_stranger, person):
    t = services.timeout_start(owner=person, started_by=person)
    ride = Ride.objects.create(owner=person)
    for name in ("end", "returned"):
        assert client_stranger.post(reverse(f"timeouts:{name}", args=[t.pk])).status_code == 404
    assert client_stranger.post(reverse("timeouts:start"), {"ride": ride.pk}).status_code == 404
    t.refresh_from_db()
    assert t.ended_at is None and t.returned_at is None
    assert "data-timeout-ends" not in client_stranger.get(reverse("timeouts:overview")
                                                          ).content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_end_is_queued_as_a_notice_for_the_end_and_skipped_when_ended_early(person):
    from unittest import mock

    from django_tasks_db.models import DBTaskResult

    t = services.timeout_start(owner=person, started_by=person)
    job = DBTaskResult.objects.get()
    assert job.task_path == "timeouts.tasks.timeout_end_notice" and job.args_kwargs["args"] == [t.pk]
    assert job.run_after == t.ends_at
    from timeouts.tasks import timeout_end_notice

    with mock.patch("checkins.push.notice_send") as send:
        send.return_value = mock.Mock(sent=1, failed=0)
        timeout_end_notice.call(t.pk)
        assert send.call_args.kwargs["kind"] == "timeout_end"
        services.timeout_end(timeout=t, user=person)
        send.reset_mock()
        assert timeout_end_notice.call(t.pk) == {"sent": 0}
        send.assert_not_called()
