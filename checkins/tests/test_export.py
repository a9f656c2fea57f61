"""Downloading my own data from the account page: check-ins, rides and escalations."""

import csv
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from checkins.models import CheckIn
from checkins.tests.conftest import LEVELS
from people.models import Escalation
from tests.factories import make_charioteer

KINDS = ("checkins", "rides", "escalations")


def url(kind, fmt):
    return reverse("checkins:export", args=[kind, fmt])


def body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def data(person, stranger):
    mine = make_charioteer(person)
    CheckIn.objects.create(owner=person, note="Eerlijk: ik had zin om te drinken.",
                           substance="wijn", **LEVELS)
    Escalation.objects.create(owner=person, happened_at=timezone.now(), person=mine["person"],
                              ride=mine["ride"], trigger="Opmerking over mijn werk",
                              highest_alarm=9, verbal=True)
    theirs = make_charioteer(stranger)
    CheckIn.objects.create(owner=stranger, note="Geheim van de ander", **LEVELS)
    Escalation.objects.create(owner=stranger, happened_at=timezone.now(),
                              person=theirs["person"], trigger="Trigger van de ander")
    theirs["ride"].situation = "Rit van de ander"
    theirs["ride"].save()
    return mine


def test_the_account_page_links_to_every_export(client_person):
    html = client_person.get(reverse("accounts:settings")).content.decode()
    for kind in KINDS:
        for fmt in ("csv", "json"):
            assert f'href="{url(kind, fmt)}"' in html


def test_the_check_in_export_has_the_decrypted_note_and_nothing_of_the_stranger(client_person,
                                                                              data):
    for fmt in ("csv", "json"):
        text = body(client_person.get(url("checkins", fmt)))
        assert "Eerlijk: ik had zin om te drinken." in text
        assert "Geheim van de ander" not in text
        assert "wm1:" not in text  # no ciphertext


def test_the_json_export_is_a_list_of_plain_values(client_person, data):
    rows = json.loads(body(client_person.get(url("checkins", "json"))))
    [row] = rows
    assert row["alarm"] == 7 and row["substance"] == "wijn" and row["conflict"] is False


def test_the_csv_export_has_a_header_and_one_row_per_check_in(client_person, data):
    rows = list(csv.DictReader(io.StringIO(body(client_person.get(url("checkins", "csv"))))))
    assert len(rows) == 1
    assert rows[0]["note"] == "Eerlijk: ik had zin om te drinken." and rows[0]["alarm"] == "7"


def test_rides_and_escalations_export_with_names_and_text(client_person, data):
    rides = json.loads(body(client_person.get(url("rides", "json"))))
    assert [r["situation"] for r in rides] == ["Ruzie over de afwas"]
    assert rides[0]["person"] == "Sam" and rides[0]["echoes"]
    escalations = list(csv.DictReader(io.StringIO(
        body(client_person.get(url("escalations", "csv"))))))
    assert [e["trigger"] for e in escalations] == ["Opmerking over mijn werk"]
    assert escalations[0]["verbal"] == "true" and escalations[0]["person"] == "Sam"
    for kind in ("rides", "escalations"):
        for fmt in ("csv", "json"):
            text = body(client_person.get(url(kind, fmt)))
            assert "van de ander" not in text


def test_exports_are_attachments_that_are_not_kept(client_person, data):
    response = client_person.get(url("rides", "csv"))
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="wagenmenner-rides-')
    assert response["Cache-Control"] == "no-store"
    assert client_person.get(url("escalations", "json"))["Content-Type"].startswith(
        "application/json")


def test_a_cell_that_a_spreadsheet_would_run_as_a_formula_is_made_plain_text(client_person,
                                                                            person):
    CheckIn.objects.create(owner=person, note="=HYPERLINK(\"http://x\")", **LEVELS)
    rows = list(csv.DictReader(io.StringIO(body(client_person.get(url("checkins", "csv"))))))
    assert rows[0]["note"] == "'=HYPERLINK(\"http://x\")"


def test_an_empty_export_is_still_valid(client_person):
    assert json.loads(body(client_person.get(url("checkins", "json")))) == []
    assert body(client_person.get(url("escalations", "csv"))).startswith("id,happened_at")


@pytest.mark.parametrize("path", ["/account/export/people.csv", "/account/export/checkins.xml",
                                  "/account/export/checkins"])
def test_unknown_kinds_and_formats_are_404(client_person, path):
    assert client_person.get(path).status_code == 404


def test_export_needs_a_login(client, db):
    response = client.get(url("checkins", "csv"))
    assert response.status_code == 302 and "/inloggen/" in response.url


def test_the_ride_export_does_not_query_per_ride(client_person, person,
                                                 django_assert_max_num_queries):
    from rides.models import Ride

    make_charioteer(person)
    for _ in range(20):
        Ride.objects.create(owner=person, situation="nog een rit")
    with django_assert_max_num_queries(10):
        text = body(client_person.get(url("rides", "json")))
    assert text.count('"situation"') == 21
