from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from people.models import Person, ReciprocityEntry
from rides.models import Ride
from safety.tests.cards import waiting_cards


@pytest.fixture
def sanne(person):
    return Person.objects.create(owner=person, name="Sanne", relation="partner")


def _entry(owner, person, direction, weight, days_ago=1, what="boodschappen gedaan"):
    return ReciprocityEntry.objects.create(
        owner=owner, person=person, direction=direction, weight=weight, what=what,
        happened_at=timezone.now() - timedelta(days=days_ago))


def test_person_page_says_in_words_how_giving_and_receiving_compare(client_person, person,
                                                                    sanne):
    for _ in range(3):
        _entry(person, sanne, "gave", 3)
    _entry(person, sanne, "received", 1)
    _entry(person, sanne, "gave", 3, days_ago=70)  # before the last 8 weeks
    html = client_person.get(reverse("people:detail", args=[sanne.pk])).content.decode()
    assert "Over de laatste 8 weken gaf je Sanne veel meer dan je ontving." in html
    assert '<svg class="chart"' in html and "<table" in html


def test_people_page_lists_everyone_with_their_sentence(client_person, person, sanne):
    _entry(person, sanne, "received", 3)
    _entry(person, sanne, "received", 3)
    html = client_person.get(reverse("people:list")).content.decode()
    assert "Sanne" in html and "ontving je veel meer van Sanne dan je gaf" in html


def test_an_entry_is_added_in_one_screen_from_the_persons_page(client_person, person, sanne):
    url = reverse("people:reciprocity_create", args=[sanne.pk])
    assert client_person.get(url).status_code == 200
    response = client_person.post(url, {"direction": "asked", "what": "Of ik kon oppassen",
                                        "weight": "2", "happened_at": "2026-03-04T20:00"})
    assert response.status_code == 302
    assert response["Location"] == reverse("people:detail", args=[sanne.pk])
    entry = ReciprocityEntry.objects.get()
    assert (entry.owner, entry.person, entry.direction, entry.weight) == (person, sanne,
                                                                          "asked", 2)
    assert entry.happened_at.isoformat() == "2026-03-04T19:00:00+00:00"  # Amsterdam


@pytest.mark.parametrize("field, value", [("weight", "0"), ("weight", "4"),
                                          ("happened_at", "0001-01-01T00:00"),
                                          ("happened_at", "9999-12-31T23:59"),
                                          ("direction", "stole"), ("what", "")])
def test_bad_input_gets_a_clear_message_and_writes_nothing(client_person, sanne, field, value):
    data = {"direction": "gave", "what": "Iets", "weight": "1",
            "happened_at": "2026-03-04T20:00", field: value}
    response = client_person.post(reverse("people:reciprocity_create", args=[sanne.pk]), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not ReciprocityEntry.objects.exists()


def test_crisis_language_in_an_entry_brings_the_card_after_saving(client_person, sanne):
    client_person.post(reverse("people:reciprocity_create", args=[sanne.pk]),
                       {"direction": "received", "what": "Ze hield me tegen, ik wilde dood",
                        "weight": "3", "happened_at": "2026-03-04T20:00"})
    assert ReciprocityEntry.objects.count() == 1
    assert "crisis" in waiting_cards(client_person)


def test_an_entry_can_be_changed_and_deleted(client_person, person, sanne):
    entry = _entry(person, sanne, "gave", 1)
    url = reverse("people:reciprocity_edit", args=[entry.pk])
    response = client_person.post(url, {"direction": "refused", "what": "Nee gezegd",
                                        "weight": "3", "happened_at": "2026-03-04T20:00"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.direction == "refused" and entry.what == "Nee gezegd"
    client_person.post(reverse("people:reciprocity_delete", args=[entry.pk]))
    assert not ReciprocityEntry.objects.exists()


def test_stranger_gets_404_on_every_ledger_page(client_stranger, person, sanne):
    entry = _entry(person, sanne, "gave", 1)
    for url in (reverse("people:detail", args=[sanne.pk]),
                reverse("people:ledger", args=[sanne.pk]),
                reverse("people:reciprocity_create", args=[sanne.pk]),
                reverse("people:reciprocity_edit", args=[entry.pk]),
                reverse("people:reciprocity_delete", args=[entry.pk])):
        assert client_stranger.get(url).status_code == 404, url
        assert client_stranger.post(url, {"what": "x"}).status_code == 404, url
    assert ReciprocityEntry.objects.get().what == "boodschappen gedaan"
    html = client_stranger.get(reverse("people:list")).content.decode()
    assert "Sanne" not in html


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_person_and_people_pages_keep_a_flat_query_count(client_person, person, sanne):
    pages = [reverse("people:detail", args=[sanne.pk]), reverse("people:list"),
             reverse("people:ledger", args=[sanne.pk])]
    _entry(person, sanne, "gave", 1)
    before = [_queries(client_person, url) for url in pages]
    ReciprocityEntry.objects.bulk_create(
        [ReciprocityEntry(owner=person, person=sanne, direction="gave", weight=2, what="x",
                          happened_at=timezone.now() - timedelta(days=k % 300))
         for k in range(300)])
    Person.objects.create(owner=person, name="Daan", relation="child")
    assert [_queries(client_person, url) for url in pages] == before


def test_look_back_offers_what_the_other_did_for_the_ledger(client_person, person, sanne):
    ride = Ride.objects.create(owner=person, person=sanne, committed_at=timezone.now(),
                               reached_step=7, action="Wandelen")
    url = reverse("rides:lookback", args=[ride.pk])
    page = client_person.get(url)
    assert "ledger_direction" in page.context["form"].fields
    data = {"lookback_text": "Rustig gebleven", "escalated": "no",
            "other_did": "Ze bracht thee", "ledger_direction": "received", "ledger_weight": "2"}
    assert client_person.post(url, data).status_code == 302
    entry = ReciprocityEntry.objects.get()
    assert (entry.person, entry.direction, entry.weight, entry.what, entry.ride) == (
        sanne, "received", 2, "Ze bracht thee", ride)
    # Saving the look-back again changes that entry; it never doubles.
    client_person.post(url, {**data, "ledger_weight": "3"})
    assert ReciprocityEntry.objects.get().weight == 3
    client_person.post(url, {**data, "ledger_direction": ""})
    assert not ReciprocityEntry.objects.exists()


def test_look_back_needs_what_the_other_did_to_put_it_in_the_ledger(client_person, person,
                                                                    sanne):
    ride = Ride.objects.create(owner=person, person=sanne, committed_at=timezone.now(),
                               reached_step=7)
    response = client_person.post(reverse("rides:lookback", args=[ride.pk]),
                                  {"escalated": "no", "ledger_direction": "received",
                                   "ledger_weight": "1"})
    assert response.status_code == 200 and "other_did" in response.context["form"].errors
    assert not ReciprocityEntry.objects.exists()


def test_look_back_without_a_person_offers_no_ledger(client_person, person):
    ride = Ride.objects.create(owner=person, committed_at=timezone.now(), reached_step=7)
    page = client_person.get(reverse("rides:lookback", args=[ride.pk]))
    assert "ledger_direction" not in page.context["form"].fields


@pytest.mark.django_db(transaction=True)
def test_ledger_and_experiment_texts_are_not_in_the_raw_database_file(person):
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file itself")
    from people.models import TrustExperiment

    secret = "geheim-grootboek-0815"
    sanne = Person.objects.create(owner=person, name="Sanne", relation="partner")
    _entry(person, sanne, "gave", 2, what=secret)
    TrustExperiment.objects.create(owner=person, person=sanne, what=secret, expectation=secret,
                                   outcome=secret, belief_before=50, planned_for="2026-03-01")
    connection.close()
    path = connection.settings_dict["NAME"]
    raw = b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal")
                   if Path(f"{path}{suffix}").exists())
    assert raw and secret.encode() not in raw


def test_look_back_with_a_long_story_for_the_ledger_gets_a_clear_message(client_person, person,
                                                                         sanne):
    ride = Ride.objects.create(owner=person, person=sanne, committed_at=timezone.now(),
                               reached_step=7)
    response = client_person.post(reverse("rides:lookback", args=[ride.pk]),
                                  {"escalated": "no", "other_did": "x" * 1500,
                                   "ledger_direction": "received", "ledger_weight": "1"})
    assert response.status_code == 200 and "other_did" in response.context["form"].errors
    assert not ReciprocityEntry.objects.exists()
    ride.refresh_from_db()
    assert ride.lookback_done_at is None
